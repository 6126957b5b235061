// SPDX-License-Identifier: GPL-3.0-or-later
#include "uncertainty.h"
#include "numberformat.h"
#include "perturbation.h"
#include "sampling.h"
#include "scenario.h"
#include "scenarioinputs.h"

#include <algorithm>
#include <optional>

namespace aicarbon {

namespace {

constexpr const char* kIntensityPointer = "/facility/carbon_intensity_g_per_kwh";
constexpr std::uint64_t kSobolStream = 0x5ab0115ULL; ///< separates the Sobol draws from the main ones

using MetricValues = std::array<double, kMetricCount>;

/// A cancellation request seen through a possibly absent flag.
struct CancelFlag
{
    const std::atomic<bool>* flag = nullptr;
    bool raised() const noexcept { return flag && flag->load(std::memory_order_relaxed); }
};
constexpr std::size_t kCancelCheckInterval = 2048; ///< evaluations between looks at the flag

MetricValues metricsOf(const Figures& f) noexcept
{
    return {f.wallClock.hours(), f.total.facilityEnergy.kilowattHours(), f.totalEmissions.kilograms(),
            f.total.marketBased.kilograms(), f.totalCost};
}

std::vector<RangedInput> userRanges(const Scenario& s, std::vector<Diagnostic>& diagnostics)
{
    std::vector<RangedInput> out;
    Scenario copy = s;
    for (const auto& [pointer, range] : s.ranges) {
        const std::optional<double>* field = numericInput(copy, pointer);
        if (!field || !*field) {
            diagnostics.push_back(Diagnostic::warning("range-ignored", pointer,
                                                      "a range needs a numeric input with a value; ignored"));
            continue;
        }
        out.push_back({pointer, pointer, **field, range, false, "scenario"});
    }
    return out;
}

/// The resolved inputs with one input set to `value`, or nullopt (with diagnostics).
std::optional<ResolvedInputs> resolvedAt(const Scenario& s, const Catalog& catalog,
                                         const std::string& pointer, double value,
                                         std::vector<Diagnostic>& diagnostics)
{
    Scenario copy = s;
    copy.ranges.clear();
    *numericInput(copy, pointer) = value;
    Estimate e = estimate(copy, catalog);
    for (Diagnostic& d : e.diagnostics) {
        if (d.severity == Severity::Error) {
            d.message = "with " + pointer + " at its bound " + formatNumber(value) + ": " + d.message;
            diagnostics.push_back(std::move(d));
        }
    }
    return e.valid() ? std::optional<ResolvedInputs>(e.inputs) : std::nullopt;
}

std::optional<Perturbation> buildPerturbation(const Scenario& s, const Catalog& catalog,
                                              const ResolvedInputs& central,
                                              const std::vector<RangedInput>& ranges,
                                              std::vector<Diagnostic>& diagnostics)
{
    std::vector<FieldEffect> effects;
    for (std::size_t i = 0; i < ranges.size(); ++i) {
        const RangedInput& r = ranges[i];
        if (!(r.range.high > r.range.low))
            continue;
        const auto atLow = resolvedAt(s, catalog, r.pointer, r.range.low, diagnostics);
        const auto atHigh = resolvedAt(s, catalog, r.pointer, r.range.high, diagnostics);
        if (!atLow || !atHigh)
            return std::nullopt;
        for (const FieldEffect& e : effectsOf(i, r.range.low, r.range.high, central, *atLow, *atHigh)) {
            // Giving the intensity explicitly drops a provider's CFE share; that is not the
            // intensity's own effect.
            if (!(r.pointer == kIntensityPointer && e.field == ResolvedField::CarbonFreeFraction))
                effects.push_back(e);
        }
    }
    return Perturbation(central, std::move(effects));
}

/// Quantile p of v[0, n) (linear interpolation between order statistics, Hyndman–Fan
/// type 7), selecting only within [first, last), which must hold that order statistic
/// and its successor or end where everything after `last` is larger. Reorders v.
double quantile(double* v, std::size_t n, double p, std::size_t first, std::size_t last)
{
    const double h = p * double(n - 1);
    const auto k = static_cast<std::size_t>(h);
    std::nth_element(v + first, v + k, v + last);
    const double upper = k + 1 < last ? *std::min_element(v + k + 1, v + last) : (last < n ? v[last] : v[k]);
    return v[k] + (h - double(k)) * (upper - v[k]);
}

/// Mean and p5/p50/p95: the median first, then each tail only within its half.
Interval summarize(double* v, std::size_t n, double central)
{
    double sum = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        sum += v[i];
    Interval out {central, sum / double(n), 0.0, 0.0, 0.0};
    const auto median = static_cast<std::size_t>(0.5 * double(n - 1));
    out.p50 = quantile(v, n, 0.50, 0, n);
    out.p5 = quantile(v, n, 0.05, 0, median);
    out.p95 = quantile(v, n, 0.95, median + 1, n);
    return out;
}

/// Stratum order per input for Latin hypercube sampling: column j holds a random
/// permutation of 0..n−1 (Fisher–Yates with the portable generator).
std::vector<std::uint32_t> latinStrata(std::size_t n, std::size_t inputs, Random& rng)
{
    std::vector<std::uint32_t> strata(n * inputs);
    for (std::size_t j = 0; j < inputs; ++j) {
        std::uint32_t* column = strata.data() + j * n;
        for (std::size_t k = 0; k < n; ++k)
            column[k] = static_cast<std::uint32_t>(k);
        for (std::size_t k = n - 1; k > 0; --k)
            std::swap(column[k], column[rng.below(static_cast<std::uint32_t>(k + 1))]);
    }
    return strata;
}

class Sampler
{
public:
    Sampler(const std::vector<RangedInput>& ranges, const Perturbation& perturbation, CancelFlag cancel)
        : m_ranges(ranges)
        , m_perturbation(perturbation)
        , m_cancel(cancel)
        , m_values(ranges.size())
    {
        for (std::size_t j = 0; j < ranges.size(); ++j)
            m_values[j] = ranges[j].central;
    }

    /// Runs the Monte Carlo draws and summarizes every metric.
    std::array<Interval, kMetricCount> run(const UncertaintyOptions& o, const MetricValues& central);
    /// Total emissions with input i at `value`, the others central.
    double emissionsWith(std::size_t i, double value);
    /// Total emissions at `values` (one per input).
    double emissionsAt(const double* values) const noexcept
    {
        return computeFigures(m_perturbation.apply(values)).totalEmissions.kilograms();
    }
    double valueAt(std::size_t input, double u) const noexcept
    {
        return quantileOf(m_ranges[input].range, m_ranges[input].central, u);
    }
    std::size_t inputs() const { return m_ranges.size(); }
    const std::vector<RangedInput>& ranges() const { return m_ranges; }
    /// True when the caller asked to stop; polled every kCancelCheckInterval evaluations.
    bool stopAt(std::size_t evaluation) const noexcept
    {
        return evaluation % kCancelCheckInterval == 0 && m_cancel.raised();
    }

private:
    const std::vector<RangedInput>& m_ranges;
    const Perturbation& m_perturbation;
    CancelFlag m_cancel;
    std::vector<double> m_values;
};

std::array<Interval, kMetricCount> Sampler::run(const UncertaintyOptions& o, const MetricValues& central)
{
    const std::size_t n = o.draws;
    const std::size_t d = m_ranges.size();
    Random rng(o.seed);
    const std::vector<std::uint32_t> strata =
        o.sampling == Sampling::LatinHypercube ? latinStrata(n, d, rng) : std::vector<std::uint32_t> {};
    std::vector<double> samples(kMetricCount * n);
    std::vector<double> x(d);
    for (std::size_t k = 0; k < n; ++k) {
        if (stopAt(k))
            return {};
        for (std::size_t j = 0; j < d; ++j) {
            const double u =
                strata.empty() ? rng.uniform() : (double(strata[j * n + k]) + rng.uniform()) / double(n);
            x[j] = valueAt(j, u);
        }
        const MetricValues m = metricsOf(computeFigures(m_perturbation.apply(x.data())));
        for (std::size_t i = 0; i < kMetricCount; ++i)
            samples[i * n + k] = m[i];
    }
    std::array<Interval, kMetricCount> out;
    for (std::size_t i = 0; i < kMetricCount; ++i)
        out[i] = summarize(samples.data() + i * n, n, central[i]);
    return out;
}

double Sampler::emissionsWith(std::size_t i, double value)
{
    const double saved = m_values[i];
    m_values[i] = value;
    const double out = emissionsAt(m_values.data());
    m_values[i] = saved;
    return out;
}

std::vector<TornadoRow> tornado(Sampler& sampler)
{
    std::vector<TornadoRow> rows;
    for (std::size_t i = 0; i < sampler.inputs(); ++i) {
        const RangedInput& r = sampler.ranges()[i];
        const double low = sampler.emissionsWith(i, r.range.low);
        const double high = sampler.emissionsWith(i, r.range.high);
        rows.push_back({r.pointer, low, high, std::abs(high - low)});
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const TornadoRow& a, const TornadoRow& b) { return a.swingKg > b.swingKg; });
    return rows;
}

double variance(const std::vector<double>& a, const std::vector<double>& b)
{
    double sum = 0.0;
    double squares = 0.0;
    for (const auto* v : {&a, &b}) {
        for (const double y : *v) {
            sum += y;
            squares += y * y;
        }
    }
    const double n = double(a.size() + b.size());
    return squares / n - (sum / n) * (sum / n);
}

/// First-order and total Sobol indices of total emissions: Saltelli et al. 2010, Table 2,
/// Jansen (1999) estimators on the radial A, B, A_B^(i) design.
std::vector<SobolIndex> sobol(const Sampler& sampler, std::size_t n, std::uint64_t seed)
{
    const std::size_t d = sampler.inputs();
    Random rng(seed ^ kSobolStream);
    std::vector<double> a(n * d);
    std::vector<double> b(n * d);
    for (std::size_t k = 0; k < n * d; ++k) {
        a[k] = sampler.valueAt(k % d, rng.uniform());
        b[k] = sampler.valueAt(k % d, rng.uniform());
    }
    std::vector<double> fA(n);
    std::vector<double> fB(n);
    for (std::size_t k = 0; k < n; ++k) {
        fA[k] = sampler.emissionsAt(&a[k * d]);
        fB[k] = sampler.emissionsAt(&b[k * d]);
    }
    const double v = variance(fA, fB);
    std::vector<SobolIndex> out;
    std::vector<double> mixed(d);
    for (std::size_t i = 0; i < d; ++i) {
        double first = 0.0;
        double total = 0.0;
        if (sampler.stopAt(0))
            return {};
        for (std::size_t k = 0; k < n; ++k) {
            std::copy_n(&a[k * d], d, mixed.begin());
            mixed[i] = b[k * d + i];
            const double fAB = sampler.emissionsAt(mixed.data());
            first += (fB[k] - fAB) * (fB[k] - fAB);
            total += (fA[k] - fAB) * (fA[k] - fAB);
        }
        const double scale = v > 0.0 ? 1.0 / (2.0 * double(n) * v) : 0.0;
        out.push_back({sampler.ranges()[i].pointer, v > 0.0 ? 1.0 - first * scale : 0.0, total * scale});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const SobolIndex& x, const SobolIndex& y) { return x.firstOrder > y.firstOrder; });
    return out;
}

void noteRanges(UncertaintyResult& r)
{
    for (const RangedInput& in : r.ranges) {
        const std::string text = formatNumber(in.range.low) + " to " + formatNumber(in.range.high) + ", "
            + std::string(toString(in.range.distribution)) + " around " + formatNumber(in.central);
        r.central.assumptions.push_back({"range:" + in.pointer,
                                         in.name + " (range)",
                                         std::nullopt,
                                         text,
                                         "",
                                         in.source,
                                         in.isDefault ? Origin::Default : Origin::User,
                                         {}});
    }
}

} // namespace

const char* metricKey(Metric metric)
{
    switch (metric) {
    case Metric::WallClockHours:
        return "wall_clock_hours";
    case Metric::FacilityEnergyKwh:
        return "facility_energy_kwh";
    case Metric::TotalEmissionsKg:
        return "total_kgco2e";
    case Metric::MarketBasedKg:
        return "market_based_kgco2e";
    case Metric::TotalCost:
        break;
    }
    return "cost";
}

UncertaintyPlan planUncertainty(const Scenario& scenario, const Catalog& catalog,
                                const UncertaintyOptions& options)
{
    UncertaintyPlan plan;
    UncertaintyResult& r = plan.result;
    r.central = estimate(scenario, catalog);
    if (!r.central.valid())
        return plan;
    r.ranges = userRanges(scenario, r.diagnostics);
    if (options.includeDefaultRanges) {
        for (RangedInput& d : defaultRanges(scenario, r.central, catalog))
            r.ranges.push_back(std::move(d));
    }
    plan.perturbation = buildPerturbation(scenario, catalog, r.central.inputs, r.ranges, r.diagnostics);
    if (plan.perturbation)
        noteRanges(r);
    return plan;
}

std::optional<UncertaintyResult> runUncertainty(UncertaintyPlan plan, const UncertaintyOptions& options,
                                                const std::atomic<bool>* cancelled)
{
    UncertaintyResult r = std::move(plan.result);
    if (!plan.perturbation)
        return r;
    const CancelFlag cancel {cancelled};
    Sampler sampler(r.ranges, *plan.perturbation, cancel);
    r.draws = std::max<std::size_t>(options.draws, 2);
    UncertaintyOptions o = options;
    o.draws = r.draws;
    r.metrics = sampler.run(o, metricsOf(r.central.figures));
    r.tornado = tornado(sampler);
    if (options.sobolSamples > 1 && !r.ranges.empty())
        r.sobol = sobol(sampler, options.sobolSamples, options.seed);
    if (cancel.raised())
        return std::nullopt;
    return r;
}

UncertaintyResult propagate(const Scenario& scenario, const Catalog& catalog,
                            const UncertaintyOptions& options)
{
    return *runUncertainty(planUncertainty(scenario, catalog, options), options);
}

} // namespace aicarbon
