// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace aicarbon {

/// Unsaved work that autosave kept: the project, the file it belongs to (empty when it
/// was never saved) and when it was written.
struct RecoveredProject
{
    QString projectName;
    std::vector<Scenario> scenarios;
    QString originalPath;
    QDateTime savedAt;
};

/// The recovery file: {"format": "aicarbon-recovery", "version": 1, "file", "saved_at",
/// "project"}, where "project" is the document as the project writer (projectToJson)
/// writes it.
QByteArray recoveryJson(const std::string& projectJson, const QString& originalPath,
                        const QDateTime& savedAt);

/// Reads a recovery file's contents; on any problem returns nothing and sets `error` to a
/// message naming `fileName` and what was wrong.
std::optional<RecoveredProject> parseRecovery(const QByteArray& bytes, const QString& fileName,
                                              QString& error);

} // namespace aicarbon
