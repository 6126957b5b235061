// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"
#include "units.h"

#include <cstddef>
#include <span>
#include <string>
#include <vector>

// What-if sweeps: one scenario moved to every region or onto every device of the catalog,
// estimated with the engine. Plain functions over value structs, no widgets.

namespace aicarbon {

class Catalog;

/// One variant of a swept scenario, with the figures the what-if views show.
struct SweepPoint
{
    std::string id; ///< region, cloud region or device id
    std::string name; ///< display name ("Québec", "aws us-east-1 (Ashburn)", "H100 SXM5 80 GB")
    std::string group; ///< cloud provider ("gcp") or device vendor; empty for a grid region
    std::string country; ///< ISO 3166-1 alpha-2; empty when unknown
    std::string aliases; ///< other names the region is known by (its English name when `name` is translated)
    std::string basis; ///< grid-intensity basis: "lifecycle" or "direct"; empty when given by the user
    double intensityGPerKwh = 0.0;
    double pue = 1.0;
    Duration wallClock;
    Energy facilityEnergy;
    Mass totalEmissions;
    double totalCost = 0.0;
};

/// The variants that could be estimated; `skipped` counts those the engine rejected
/// (e.g. no intensity for the scenario's year, no peak at its precision).
struct Sweep
{
    std::vector<SweepPoint> points;
    std::size_t skipped = 0;

    /// True when the points use both lifecycle and direct grid intensities.
    bool mixesIntensityBases() const;
};

/// `scenario` run in region `regionId` (grid or cloud region), with the catalog's
/// intensity for it (a scenario's own intensity override is dropped).
Scenario movedToRegion(const Scenario& scenario, const std::string& regionId);
/// `scenario` run on device `deviceId`, with the catalog's peak, TDP and power.
Scenario movedToDevice(const Scenario& scenario, const std::string& deviceId);

/// Every region and cloud region of the catalog, ranked by total emissions (lowest
/// first; ties keep catalog order). About 0.2 ms per region.
Sweep sweepRegions(const Scenario& scenario, const Catalog& catalog);
/// Every device of the catalog except CPUs, in catalog order.
Sweep sweepDevices(const Scenario& scenario, const Catalog& catalog);

/// A point to minimise in both coordinates.
struct ParetoPoint
{
    double x = 0.0;
    double y = 0.0;
};

/// Indices of the points no other point dominates (another point is at most as large in
/// both coordinates and smaller in one), ordered by increasing x. Equal points are all
/// kept; points with a non-finite coordinate are ignored.
std::vector<std::size_t> paretoFront(std::span<const ParetoPoint> points);

} // namespace aicarbon
