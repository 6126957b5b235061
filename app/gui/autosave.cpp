// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosave.h"

#include "recoveryfile.h"
#include "scenariodocument.h"
#include "textfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>

namespace aicarbon {

AutosaveController::AutosaveController(ScenarioDocument* document, const QString& recoveryPath,
                                       int intervalMs, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_path(recoveryPath)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &AutosaveController::autosaveNow);
    connect(document, &ScenarioDocument::changed, this, &AutosaveController::onDocumentChanged);
    connect(document, &ScenarioDocument::modifiedChanged, this, &AutosaveController::onModifiedChanged);
    if (!m_path.isEmpty())
        m_timer->start();
}

int AutosaveController::intervalMs() const
{
    return m_timer->interval();
}

void AutosaveController::onDocumentChanged()
{
    m_pending = true;
}

// Saved, undone to the saved state, or replaced after the user discarded the changes:
// the recovery copy keeps nothing the user could lose.
void AutosaveController::onModifiedChanged(bool modified)
{
    if (modified)
        return;
    m_pending = false;
    removeRecovery();
}

bool AutosaveController::autosaveNow()
{
    if (m_path.isEmpty() || !m_pending || !m_document->isModified())
        return false;
    try {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        const QByteArray json =
            recoveryJson(m_document->toJson(), m_document->filePath(), QDateTime::currentDateTime());
        writeFileAtomically(m_path.toStdString(), json.toStdString());
    } catch (const FileError& e) {
        Q_EMIT autosaveFailed(QString::fromUtf8(e.what()));
        return false;
    }
    m_pending = false;
    Q_EMIT autosaved(m_path);
    return true;
}

void AutosaveController::removeRecovery()
{
    if (!m_path.isEmpty())
        QFile::remove(m_path);
}

QString AutosaveController::offerRecovery(const DecisionFunction& decide)
{
    QFile file(m_path);
    if (m_path.isEmpty() || !file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return moveAside(file.errorString());
    QString error;
    std::optional<RecoveredProject> recovered = parseRecovery(file.readAll(), m_path, error);
    file.close();
    if (!recovered)
        return moveAside(error);
    if (decide(describeRecovery(*recovered)) == Decision::Discard) {
        removeRecovery();
        return {};
    }
    m_document->setProject(recovered->projectName, std::move(recovered->scenarios), recovered->originalPath);
    // Not what is on disk: mark it modified so that closing asks to save it.
    m_document->undoStack()->resetClean();
    m_pending = true;
    autosaveNow(); // keep the copy until the work is saved or discarded
    return {};
}

QString AutosaveController::describeRecovery(const RecoveredProject& recovered) const
{
    const int count = int(recovered.scenarios.size());
    const QString scenarios = tr("%Ln scenario(s)", nullptr, count);
    const QString origin = recovered.originalPath.isEmpty()
        ? tr("It was never saved.")
        : tr("It belongs to %1.").arg(QDir::toNativeSeparators(recovered.originalPath));
    return tr("AI Carbon Planner did not close cleanly last time. Unsaved work on “%1” (%2), saved at %3, "
              "was recovered. %4\n\nRestore it, or discard it? Discard deletes the recovered copy at %5.")
        .arg(recovered.projectName, scenarios, QLocale().toString(recovered.savedAt, QLocale::ShortFormat),
             origin, QDir::toNativeSeparators(m_path));
}

// Like an unreadable user catalog: renamed with a timestamp beside the original, never
// deleted, and the user is told where it went.
QString AutosaveController::moveAside(const QString& reason)
{
    const QString aside = m_path + QStringLiteral(".unreadable-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!QFile::rename(m_path, aside))
        return tr("Unsaved work from the last session could not be read (%1), nor moved aside; it is still "
                  "at %2.")
            .arg(reason, QDir::toNativeSeparators(m_path));
    return tr("Unsaved work from the last session could not be read (%1). It was moved aside, unchanged, "
              "to\n%2")
        .arg(reason, QDir::toNativeSeparators(aside));
}

AutosaveController::DecisionFunction AutosaveController::askWithDialog(QWidget* parent)
{
    return [parent](const QString& description) {
        QMessageBox box(QMessageBox::Question, tr("Recover unsaved work"), description, QMessageBox::NoButton,
                        parent);
        QPushButton* restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
        box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.setDefaultButton(restore);
        box.exec();
        return box.clickedButton() == restore ? Decision::Restore : Decision::Discard;
    };
}

} // namespace aicarbon
