// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <optional>
#include <string_view>
#include <vector>

namespace aicarbon {

/// The sections of the scenario editor, in display order.
enum class EditorSection
{
    Scenario,
    Workload,
    Runtime,
    Hardware,
    Location,
    Search,
    Embodied,
    Cost,
};

/// One optional numeric input of a scenario: how the editor labels it, where it lives
/// in the scenario (accessors and JSON pointer), and what the engine uses when it is
/// left open (an assumption key of the estimate, else a documented default). Texts
/// are untranslated source strings of the "ScenarioEditor" context.
struct EditorFieldSpec
{
    const char* name; ///< undo merge key, e.g. "hardware.mfu"
    const char* path; ///< JSON pointer of its diagnostics, e.g. "/hardware/mfu"
    EditorSection section;
    const char* label;
    const char* unit;
    const char* help; ///< what it means
    const char* assumptionKey; ///< Estimate::assumption key of the value in use; "" = none
    std::optional<double> fallback; ///< documented default when no assumption says more
    const char* fallbackSource; ///< where that default comes from; "" = none
    const char* emptyText; ///< placeholder when there is no value in use; "" = "not set"
    bool integer = false; ///< parse whole numbers only (the field is an int)
    std::optional<double> (*get)(const Scenario&) = nullptr;
    void (*set)(Scenario&, std::optional<double>) = nullptr;
};

/// Every optional numeric field of a scenario, in display order within its section.
const std::vector<EditorFieldSpec>& editorFields();
/// The field named `name`, or nullptr.
const EditorFieldSpec* editorField(std::string_view name);

/// JSON pointer of each section's own diagnostics ("/hardware"), for messages that
/// name no single field.
const char* sectionPath(EditorSection section);
/// The section a JSON pointer belongs to ("/development/multiplier" → Search).
EditorSection sectionOfPath(std::string_view path);

/// Stable names and JSON pointers of the non-numeric inputs.
namespace EditorPath {
inline constexpr const char* kName = "/name";
inline constexpr const char* kModel = "/workload/model";
inline constexpr const char* kDevice = "/hardware/device";
inline constexpr const char* kPrecision = "/hardware/precision";
inline constexpr const char* kRegion = "/facility/region";
inline constexpr const char* kIntensitySource = "/facility/carbon_intensity_source";
inline constexpr const char* kMethod = "/search/method";
inline constexpr const char* kGridSizes = "/search/grid_sizes";
} // namespace EditorPath

} // namespace aicarbon
