// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "scenario.h"

#include <string>
#include <string_view>
#include <vector>

// The scenario and project file formats (docs/scenario-format.md): JSON with
// "format": "aicarbon-scenario" or "aicarbon-project" and "version": 1.

namespace aicarbon {

inline constexpr int kScenarioFormatVersion = 1;
inline constexpr std::string_view kScenarioFormat = "aicarbon-scenario";
inline constexpr std::string_view kProjectFormat = "aicarbon-project";

struct ScenarioFile
{
    bool isProject = false;
    std::string projectName;
    std::vector<Scenario> scenarios;
    std::vector<Diagnostic> diagnostics; ///< errors: nothing usable was read

    bool ok() const { return !hasErrors(diagnostics); }
};

/// Parses a scenario or project document. `fileName` is used in messages and as the
/// default scenario name. Syntax errors carry line and column; other problems carry
/// the JSON pointer. Unknown keys are warnings. Never throws.
ScenarioFile parseScenarioText(std::string_view text, const std::string& fileName);

/// Reads and parses a file; an unreadable file is an error diagnostic. Never throws.
ScenarioFile readScenarioFile(const std::string& path);

/// Serialises a single scenario document (2-space indentation, keys in format order).
std::string scenarioToJson(const Scenario& scenario);
/// Serialises a project document holding several scenarios.
std::string projectToJson(const std::string& name, const std::vector<Scenario>& scenarios);

} // namespace aicarbon
