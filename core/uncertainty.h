// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "defaultranges.h"
#include "diagnostic.h"
#include "estimate.h"
#include "perturbation.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace aicarbon {

class Catalog;
struct Scenario;

enum class Sampling
{
    LatinHypercube, ///< one draw per equal-probability stratum of each input (McKay et al. 1979)
    Plain, ///< independent draws
};

struct UncertaintyOptions
{
    std::size_t draws = 10'000; ///< Monte Carlo draws, ≥ 2
    std::uint64_t seed = 20191; ///< equal seeds give identical results on every platform
    Sampling sampling = Sampling::LatinHypercube;
    bool includeDefaultRanges = true; ///< add engine ranges for defaulted inputs (§13.2)
    std::size_t sobolSamples = 4096; ///< N of the Saltelli A/B matrices; 0 = no Sobol indices
};

/// The outputs the propagation reports.
enum class Metric
{
    WallClockHours,
    FacilityEnergyKwh,
    TotalEmissionsKg, ///< location-based operational + embodied
    MarketBasedKg,
    TotalCost,
};
inline constexpr std::size_t kMetricCount = 5;

/// Stable key of a metric in JSON and CSV output ("total_kgco2e").
const char* metricKey(Metric metric);

/// Distribution of one output over the draws.
struct Interval
{
    double central = 0.0; ///< the deterministic estimate
    double mean = 0.0;
    double p5 = 0.0;
    double p50 = 0.0;
    double p95 = 0.0;
};

/// Whether two 90% intervals (p5–p95) share any value: then the difference between the
/// two scenarios is within the uncertainty.
inline bool intervalsOverlap(const Interval& a, const Interval& b)
{
    return a.p5 <= b.p95 && b.p5 <= a.p95;
}

/// Total emissions with one input at its low and at its high bound, the others central.
struct TornadoRow
{
    std::string pointer;
    double atLowKg = 0.0;
    double atHighKg = 0.0;
    double swingKg = 0.0; ///< |atHigh − atLow|
};

/// Variance-based (Sobol) sensitivity of total emissions to one input.
struct SobolIndex
{
    std::string pointer;
    double firstOrder = 0.0; ///< S_i, share of the variance explained by the input alone
    double totalOrder = 0.0; ///< S_Ti, including its interactions
};

struct UncertaintyResult
{
    Estimate central; ///< the point estimate, with one assumption per range used
    std::vector<RangedInput> ranges; ///< inputs that were varied, in sampling order
    std::array<Interval, kMetricCount> metrics {};
    std::vector<TornadoRow> tornado; ///< largest swing first
    std::vector<SobolIndex> sobol; ///< largest first-order index first
    std::size_t draws = 0;
    std::vector<Diagnostic> diagnostics; ///< errors from resolving the scenario at a bound

    bool valid() const { return central.valid() && !hasErrors(diagnostics); }
    const Interval& metric(Metric m) const { return metrics[static_cast<std::size_t>(m)]; }
};

/// The half of propagate() that reads the catalog: the central estimate, the ranged inputs
/// and their effects on the resolved inputs. Running it needs no catalog, so the draws
/// may run on another thread than the one owning the Catalog.
struct UncertaintyPlan
{
    UncertaintyResult result; ///< central, ranges and diagnostics; no intervals yet
    std::optional<Perturbation> perturbation; ///< nullopt: nothing to propagate
};

UncertaintyPlan planUncertainty(const Scenario& scenario, const Catalog& catalog,
                                const UncertaintyOptions& options = {});
/// The Monte Carlo draws, tornado and Sobol indices of a plan. Thread-safe for distinct
/// plans. Returns nullopt as soon as `cancelled` is seen set (checked every few
/// thousand evaluations).
std::optional<UncertaintyResult> runUncertainty(UncertaintyPlan plan, const UncertaintyOptions& options = {},
                                                const std::atomic<bool>* cancelled = nullptr);

/// Propagates the scenario's input ranges (and, optionally, the default ranges) through
/// the engine by Monte Carlo (methodology §13): resolves once, then perturbs the resolved
/// inputs per draw and calls computeFigures(). Deterministic for a given seed.
UncertaintyResult propagate(const Scenario& scenario, const Catalog& catalog,
                            const UncertaintyOptions& options = {});

} // namespace aicarbon
