// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputrange.h"
#include "precision.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

// A scenario is what the user states about a planned run; every field is optional
// unless noted, and the engine fills what is missing from the catalog or from a
// documented default (see docs/methodology.md and docs/scenario-format.md).

namespace aicarbon {

/// What is trained, and how much compute that takes.
struct WorkloadSpec
{
    std::string model; ///< catalog model id; empty = none
    std::optional<double> parameters; ///< N, trained (active) parameters
    std::optional<double> tokens; ///< D, training tokens
    std::optional<double> datasetTokens; ///< tokens in the dataset (with epochs)
    std::optional<double> epochs;
    std::optional<double> steps; ///< optimizer steps (with batchSize and sequenceLength)
    std::optional<double> batchSize; ///< sequences per step
    std::optional<double> sequenceLength; ///< tokens per sequence
    std::optional<double> trainingFlops; ///< total FLOPs of the final run; overrides k·N·D
    std::optional<double> flopsPerParameterToken; ///< k; 6 by default, 8 with recomputation

    bool operator==(const WorkloadSpec&) const = default;
};

/// The devices the run uses.
struct HardwareSpec
{
    std::string device; ///< catalog device id; empty = none (then peakTflops and tdpW)
    std::optional<double> count; ///< number of devices, a positive integer
    std::optional<Precision> precision;
    std::optional<double> mfu; ///< model FLOPs utilization, (0, 1]
    std::optional<double> averagePowerW; ///< measured average draw per device, W
    std::optional<double> powerUtilization; ///< [0, 1] between idle and TDP
    std::optional<double> hostPowerW; ///< CPU, DRAM, network share per device, W
    std::optional<double> peakTflops; ///< dense peak at the precision; overrides the catalog
    std::optional<double> tdpW; ///< overrides the catalog TDP

    bool operator==(const HardwareSpec&) const = default;
};

/// Accounting mode: the run's duration is known instead of derived from FLOPs.
struct RuntimeSpec
{
    std::optional<double> wallClockHours;
    std::optional<double> deviceHours;

    bool operator==(const RuntimeSpec&) const = default;
};

/// Where the run happens.
struct FacilitySpec
{
    std::string region; ///< catalog region or cloud region id ("FR", "US-CA", "aws:us-east-1")
    std::optional<int> year; ///< grid-intensity year; latest of the primary source if unset
    std::optional<double> pue; ///< power usage effectiveness, ≥ 1
    std::string intensitySource; ///< catalog source id of the grid series; empty = primary
    std::optional<double> carbonIntensityGPerKwh; ///< overrides the region
    std::optional<double> carbonFreeEnergyFraction; ///< [0, 1], for the market-based figure

    bool operator==(const FacilitySpec&) const = default;
};

enum class SearchMethod
{
    Trials, ///< trials × meanTrialFraction, or equivalentRuns
    Grid, ///< product of gridSizes, each trial a full run × meanTrialFraction
    Random, ///< trials, each × meanTrialFraction
    SuccessiveHalving, ///< configurations, eta, minFraction
    Hyperband, ///< eta, minFraction (all brackets)
};

/// Hyperparameter search before the final run.
struct SearchSpec
{
    SearchMethod method = SearchMethod::Trials;
    std::optional<double> trials;
    std::optional<double> meanTrialFraction; ///< mean share of a full run per trial
    std::optional<double> equivalentRuns; ///< total search compute in full runs
    std::vector<double> gridSizes; ///< values per hyperparameter (grid)
    std::optional<double> configurations; ///< n (successive halving)
    std::optional<double> eta; ///< reduction factor η > 1 (3 by default)
    std::optional<double> minFraction; ///< smallest budget as a share of a full run
    bool resume = false; ///< promoted trials continue from their checkpoint

    bool operator==(const SearchSpec&) const = default;
};

struct DevelopmentSpec
{
    std::optional<double> multiplier; ///< ≥ 1: seeds, ablations, failed runs

    bool operator==(const DevelopmentSpec&) const = default;
};

struct EmbodiedSpec
{
    bool include = false;
    std::optional<double> lifetimeYears;
    std::optional<double> perDeviceKgCo2e; ///< overrides the catalog

    bool operator==(const EmbodiedSpec&) const = default;
};

struct CostSpec
{
    std::optional<double> pricePerDeviceHour;
    std::optional<double> carbonPricePerTonne;
    std::string currency; ///< free text, e.g. "USD"; empty = unstated

    bool operator==(const CostSpec&) const = default;
};

struct Scenario
{
    std::string name;
    std::string description;
    WorkloadSpec workload;
    HardwareSpec hardware;
    RuntimeSpec runtime;
    FacilitySpec facility;
    SearchSpec search;
    DevelopmentSpec development;
    EmbodiedSpec embodied;
    CostSpec cost;
    /// Uncertainty of numeric inputs, keyed by the input's JSON pointer ("/hardware/mfu");
    /// the central value stays in the input's own field. Empty = a point estimate.
    std::map<std::string, InputRange> ranges;

    bool operator==(const Scenario&) const = default;
};

} // namespace aicarbon
