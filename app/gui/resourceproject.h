// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenariofile.h"

#include <QString>

namespace aicarbon {

/// Reads and parses a project bundled in the resources (":/first-start.json",
/// ":/lessons/<id>.json"). A resource that cannot be read gives an "unreadable-file"
/// diagnostic; diagnostics name the file by its base name.
ScenarioFile readResourceProject(const QString& resourcePath);

} // namespace aicarbon
