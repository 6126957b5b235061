// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QTimer;
class QWidget;

namespace aicarbon {

class ScenarioDocument;
struct RecoveredProject;

/// Keeps unsaved work safe: every interval, when the document changed since the last
/// autosave and has unsaved changes, writes it atomically to a recovery file. Saving (with
/// nothing else unsaved), discarding the changes and a clean exit remove that file; one
/// still there at the next start means the last run did not end cleanly, and
/// offerRecovery() offers it back. A recovery file that cannot be read is moved aside,
/// never deleted.
class AutosaveController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutosaveController)

public:
    enum class Decision
    {
        Restore,
        Discard
    };
    /// Asked with a description of the recovered work; tests answer without a dialog.
    using DecisionFunction = std::function<Decision(const QString& description)>;

    /// `recoveryPath` empty: autosave is off. `intervalMs`: time between autosaves (> 0).
    AutosaveController(ScenarioDocument* document, const QString& recoveryPath, int intervalMs,
                       QObject* parent = nullptr);

    QString recoveryPath() const { return m_path; }
    int intervalMs() const;
    /// Writes the recovery file if there is something new to keep; true when written.
    bool autosaveNow();
    /// Removes the recovery file (nothing unsaved is left to keep).
    void removeRecovery();
    /// If a recovery file exists, asks `decide`: Restore puts the recovered project in the
    /// document (modified, with its original file name), Discard deletes the file. Returns
    /// what the user must be told, or an empty string: an unreadable recovery file is
    /// moved aside and the message says where.
    QString offerRecovery(const DecisionFunction& decide);
    /// A decision function asking with a message box over `parent`.
    static DecisionFunction askWithDialog(QWidget* parent);

Q_SIGNALS:
    void autosaved(const QString& path);
    void autosaveFailed(const QString& reason);

private Q_SLOTS:
    void onDocumentChanged();
    void onModifiedChanged(bool modified);

private:
    QString describeRecovery(const RecoveredProject& recovered) const;
    QString moveAside(const QString& reason);

    ScenarioDocument* m_document;
    QString m_path;
    QTimer* m_timer;
    bool m_pending = false; ///< changed since the last autosave
};

} // namespace aicarbon
