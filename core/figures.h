// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "units.h"

// The numeric heart of the engine: resolved inputs (plain numbers, no strings, no
// catalog) in, figures out. No allocation, no I/O: sweeps, uncertainty draws and
// interactive charts call computeFigures() millions of times.

namespace aicarbon {

/// Inputs after the catalog and the defaults have been applied. Invariants (checked by
/// the resolver): deviceCount ≥ 1; pue ≥ 1; 0 ≤ carbonFreeFraction ≤ 1; searchRuns ≥ 0;
/// developmentMultiplier ≥ 1; either fixedDeviceHours > 0 (accounting mode) or
/// trainingFlops > 0 with peakFlopsPerSecond > 0 and 0 < mfu ≤ 1.
struct ResolvedInputs
{
    double trainingFlops = 0.0; ///< FLOPs of the final run; 0 = unknown (accounting mode)
    double peakFlopsPerSecond = 0.0; ///< dense peak per device at the precision; 0 = unknown
    double mfu = 0.0; ///< model FLOPs utilization, used when not in accounting mode
    double deviceCount = 1.0;
    double fixedDeviceHours = 0.0; ///< > 0: accounting mode, device-hours of the final run
    Power devicePower; ///< average draw per device
    Power hostPower; ///< host share per device
    double pue = 1.0;
    CarbonIntensity intensity; ///< location-based
    double carbonFreeFraction = 0.0; ///< for the market-based figure
    double searchRuns = 0.0; ///< search compute in full runs
    double developmentMultiplier = 1.0; ///< on final run + search
    double embodiedKgPerDeviceHour = 0.0; ///< 0 when embodied emissions are left out
    double pricePerDeviceHour = 0.0;
    double carbonPricePerTonne = 0.0;
};

/// One part of the project's footprint.
struct ComponentFigures
{
    Duration deviceTime; ///< device-hours (summed over devices)
    Energy itEnergy; ///< devices + hosts
    Energy facilityEnergy; ///< IT × PUE
    Mass operational; ///< location-based
    Mass marketBased; ///< operational × (1 − carbon-free fraction)
    Mass embodied; ///< amortised manufacturing emissions
};

struct Figures
{
    double trainingFlops = 0.0; ///< final run; 0 when unknown
    double mfu = 0.0; ///< as given, or implied by the duration in accounting mode; 0 = unknown
    Duration wallClock; ///< of the final run
    ComponentFigures finalRun;
    ComponentFigures search;
    ComponentFigures development;
    ComponentFigures total; ///< sum of the three above
    Mass totalEmissions; ///< location-based operational + embodied, all components
    double computeCost = 0.0; ///< price × total device-hours
    double carbonCost = 0.0; ///< carbon price × total emissions in tonnes
    double totalCost = 0.0;
};

/// Time → energy → emissions → cost for resolved inputs (docs/methodology.md, §2–§8).
Figures computeFigures(const ResolvedInputs& in) noexcept;

} // namespace aicarbon
