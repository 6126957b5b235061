// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogrecords.h"
#include "estimate.h"
#include "scenario.h"
#include "units.h"

#include <optional>
#include <string>
#include <vector>

// Published training footprints beside this engine's estimate from the same inputs
// (docs/methodology.md, "Published footprints").

namespace aicarbon {

class Catalog;

/// A published footprint, the engine's estimate from the study's own inputs and, where
/// the model preset and the device's peak FLOP/s allow, a planning-mode estimate.
struct PublishedComparison
{
    PublishedFootprintRecord record;
    std::string studyLabel; ///< "Strubell et al. 2019" (references.bib), or the key
    Scenario scenario; ///< accounting mode: the study's devices, duration, power, PUE, grid
    Estimate estimate;
    std::optional<Energy> reportedEnergy; ///< facility energy; absent when not published
    Mass reportedCo2e;
    std::optional<Mass> reportedNetCo2e; ///< market-based / net, where published
    Energy estimatedEnergy; ///< facility energy of `estimate`
    Mass estimatedCo2e; ///< location-based operational emissions of `estimate`
    Mass estimatedNetCo2e; ///< market-based operational emissions of `estimate`
    /// Planning mode (FLOPs from the preset's parameters × tokens at the default MFU);
    /// absent when no preset with parameters and tokens or no device peak exists.
    std::optional<Scenario> planningScenario;
    std::optional<Estimate> planningEstimate;
    std::optional<Mass> planningCo2e;
};

/// (estimate − reported) / reported, a fraction (0.05 = 5% above the report). NaN when
/// `reported` is 0.
double relativeDifference(double estimated, double reported);

/// The study's inputs as an accounting-mode scenario: device count and duration (or
/// device-hours), average power per device (a total is split evenly over the devices),
/// PUE, grid intensity and, with a net intensity, the carbon-free fraction 1 − net/gross.
Scenario publishedScenario(const PublishedFootprintRecord& record, const std::string& studyLabel);
/// The same run planned from the model preset: FLOPs = k·N·D at the engine's default MFU
/// on the row's device, with its power, PUE and grid. nullopt when the preset lacks
/// parameters or tokens, or the device has no dense peak.
std::optional<Scenario> planningScenario(const PublishedFootprintRecord& record,
                                         const std::string& studyLabel, const Catalog& catalog);
/// "Strubell et al. 2019": the first "% match" text of the study's references.bib entry up
/// to its first comma; the key itself when the entry is missing.
std::string studyLabel(const std::string& studyKey);

/// Every row of the catalog's published_footprints table, compared.
std::vector<PublishedComparison> comparePublishedFootprints(const Catalog& catalog);
/// One row, compared.
PublishedComparison comparePublishedFootprint(const PublishedFootprintRecord& record, const Catalog& catalog);

} // namespace aicarbon
