// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoveryfile.h"
#include "diagnostictext.h"
#include "scenariofile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace aicarbon {

namespace {

const QString kFormat = QStringLiteral("aicarbon-recovery");
constexpr int kVersion = 1;

QString firstError(const std::vector<Diagnostic>& diagnostics)
{
    for (const Diagnostic& d : diagnostics) {
        if (d.severity == Severity::Error)
            return diagnosticLine(d);
    }
    return {};
}

} // namespace

QByteArray recoveryJson(const std::string& projectJson, const QString& originalPath, const QDateTime& savedAt)
{
    const QJsonObject project = QJsonDocument::fromJson(QByteArray::fromStdString(projectJson)).object();
    const QJsonObject envelope {{QStringLiteral("format"), kFormat},
                                {QStringLiteral("version"), kVersion},
                                {QStringLiteral("file"), originalPath},
                                {QStringLiteral("saved_at"), savedAt.toString(Qt::ISODate)},
                                {QStringLiteral("project"), project}};
    return QJsonDocument(envelope).toJson(QJsonDocument::Indented);
}

std::optional<RecoveredProject> parseRecovery(const QByteArray& bytes, const QString& fileName,
                                              QString& error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonObject envelope = document.object();
    if (parseError.error != QJsonParseError::NoError) {
        error = QCoreApplication::translate("Autosave", "%1: invalid JSON at byte %2: %3")
                    .arg(fileName)
                    .arg(parseError.offset)
                    .arg(parseError.errorString());
        return std::nullopt;
    }
    if (envelope.value(QStringLiteral("format")).toString() != kFormat
        || envelope.value(QStringLiteral("version")).toInt() != kVersion
        || !envelope.value(QStringLiteral("project")).isObject()) {
        error = QCoreApplication::translate("Autosave", "%1: not an aicarbon recovery file (version %2)")
                    .arg(fileName)
                    .arg(kVersion);
        return std::nullopt;
    }
    const QByteArray project = QJsonDocument(envelope.value(QStringLiteral("project")).toObject()).toJson();
    ScenarioFile parsed = parseScenarioText(project.toStdString(), fileName.toStdString());
    if (!parsed.ok() || !parsed.isProject) {
        error = parsed.ok()
            ? QCoreApplication::translate("Autosave", "%1: the recovered work is not a project").arg(fileName)
            : firstError(parsed.diagnostics);
        return std::nullopt;
    }
    return RecoveredProject {
        QString::fromStdString(parsed.projectName), std::move(parsed.scenarios),
        envelope.value(QStringLiteral("file")).toString(),
        QDateTime::fromString(envelope.value(QStringLiteral("saved_at")).toString(), Qt::ISODate)};
}

} // namespace aicarbon
