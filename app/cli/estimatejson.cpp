// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimatejson.h"
#include "catalog.h"
#include "estimate.h"
#include "uncertainty.h"

namespace aicarbon::cli {

namespace {

using nlohmann::ordered_json;

ordered_json orNull(double value, bool known)
{
    return known ? ordered_json(value) : ordered_json(nullptr);
}

const char* originName(Origin origin)
{
    switch (origin) {
    case Origin::User:
        return "scenario";
    case Origin::Catalog:
        return "catalog";
    case Origin::Default:
        return "default";
    case Origin::Derived:
        break;
    }
    return "derived";
}

ordered_json resultsJson(const Estimate& e)
{
    const Figures& f = e.figures;
    const bool priced = e.inputs.pricePerDeviceHour > 0.0 || e.inputs.carbonPricePerTonne > 0.0;
    ordered_json r;
    r["training_flops"] = orNull(f.trainingFlops, f.trainingFlops > 0.0);
    r["device_hours"] = f.finalRun.deviceTime.hours();
    r["wall_clock_hours"] = f.wallClock.hours();
    r["total_device_hours"] = f.total.deviceTime.hours();
    r["device_count"] = e.inputs.deviceCount;
    r["mfu"] = orNull(f.mfu, f.mfu > 0.0);
    r["average_power_w"] = {{"device", e.inputs.devicePower.watts()}, {"host", e.inputs.hostPower.watts()}};
    r["pue"] = e.inputs.pue;
    r["carbon_intensity_g_per_kwh"] = e.inputs.intensity.gramsPerKilowattHour();
    r["energy_kwh"] = {{"it", f.total.itEnergy.kilowattHours()},
                       {"facility", f.total.facilityEnergy.kilowattHours()},
                       {"final_run", f.finalRun.facilityEnergy.kilowattHours()},
                       {"search", f.search.facilityEnergy.kilowattHours()},
                       {"development", f.development.facilityEnergy.kilowattHours()}};
    r["emissions_kgco2e"] = {{"operational", f.total.operational.kilograms()},
                             {"embodied", f.total.embodied.kilograms()},
                             {"total", f.totalEmissions.kilograms()},
                             {"market_based", f.total.marketBased.kilograms()},
                             {"final_run", f.finalRun.operational.kilograms()},
                             {"search", f.search.operational.kilograms()},
                             {"development", f.development.operational.kilograms()}};
    r["search"] = {{"trials", e.searchBudget.trials},
                   {"equivalent_runs", e.searchBudget.equivalentRuns},
                   {"mean_trial_fraction", e.searchBudget.meanTrialFraction()}};
    r["cost"] = orNull(f.totalCost, priced);
    r["cost_breakdown"] = {{"compute", f.computeCost}, {"carbon", f.carbonCost}, {"currency", e.currency}};
    const ComputeBreakdown& c = e.compute;
    r["compute"] = {
        {"parameters", orNull(c.parameters, c.parameters > 0)},
        {"tokens", orNull(c.tokens, c.tokens > 0)},
        {"flops_per_parameter_token", c.flopsPerParameterToken},
        {"simple_flops", orNull(c.simpleFlops, c.simpleFlops > 0)},
        {"non_embedding_parameters", orNull(c.nonEmbeddingParameters, c.nonEmbeddingParameters > 0)},
        {"architecture_flops", orNull(c.architectureFlops, c.architectureFlops > 0)}};
    ordered_json equivalents = ordered_json::array();
    for (const EquivalentValue& q : e.equivalents)
        equivalents.push_back(
            {{"id", q.id}, {"name", q.name}, {"count", q.count}, {"unit", q.unit}, {"source", q.source}});
    r["equivalents"] = std::move(equivalents);
    return r;
}

ordered_json rangesJson(const UncertaintyResult& u)
{
    ordered_json out = ordered_json::array();
    for (const RangedInput& r : u.ranges)
        out.push_back({{"input", r.pointer},
                       {"value", r.central},
                       {"low", r.range.low},
                       {"high", r.range.high},
                       {"distribution", std::string(toString(r.range.distribution))},
                       {"origin", r.isDefault ? "default" : "scenario"},
                       {"source", r.source}});
    return out;
}

ordered_json sensitivityJson(const UncertaintyResult& u)
{
    ordered_json tornado = ordered_json::array();
    for (const TornadoRow& t : u.tornado)
        tornado.push_back({{"input", t.pointer},
                           {"total_kgco2e_at_low", t.atLowKg},
                           {"total_kgco2e_at_high", t.atHighKg},
                           {"swing_kgco2e", t.swingKg}});
    ordered_json sobol = ordered_json::array();
    for (const SobolIndex& s : u.sobol)
        sobol.push_back({{"input", s.pointer}, {"first_order", s.firstOrder}, {"total_order", s.totalOrder}});
    return {{"metric", "total_kgco2e"}, {"tornado", std::move(tornado)}, {"sobol", std::move(sobol)}};
}

} // namespace

nlohmann::ordered_json uncertaintyToJson(const UncertaintyResult& u, std::uint64_t seed)
{
    ordered_json o = estimateToJson(u.central);
    if (!o.contains("results"))
        return o;
    ordered_json metrics = ordered_json::object();
    for (std::size_t m = 0; m < kMetricCount; ++m) {
        const Interval& i = u.metrics[m];
        metrics[metricKey(Metric(m))] = {
            {"central", i.central}, {"mean", i.mean}, {"p5", i.p5}, {"p50", i.p50}, {"p95", i.p95}};
    }
    o["results"]["uncertainty"] = {{"draws", u.draws},           {"seed", seed},
                                   {"interval", "p5-p95 (90%)"}, {"metrics", std::move(metrics)},
                                   {"ranges", rangesJson(u)},    {"sensitivity", sensitivityJson(u)}};
    return o;
}

nlohmann::ordered_json estimateToJson(const Estimate& e)
{
    ordered_json o;
    o["name"] = e.name;
    o["valid"] = e.valid();
    if (e.valid())
        o["results"] = resultsJson(e);
    ordered_json assumptions = ordered_json::array();
    for (const Assumption& a : e.assumptions) {
        ordered_json item {{"key", a.key}, {"name", a.name}};
        item["value"] = a.value ? ordered_json(*a.value) : ordered_json(a.text);
        item["unit"] = a.unit;
        item["source"] = a.source;
        item["origin"] = originName(a.origin);
        assumptions.push_back(std::move(item));
    }
    o["assumptions"] = std::move(assumptions);
    ordered_json warnings = ordered_json::array();
    ordered_json errors = ordered_json::array();
    for (const Diagnostic& d : e.diagnostics) {
        ordered_json item {{"code", d.code}, {"path", d.path}, {"message", d.message}};
        (d.severity == Severity::Error ? errors : warnings).push_back(std::move(item));
    }
    o["warnings"] = std::move(warnings);
    o["errors"] = std::move(errors);
    o["data_version"] = e.dataVersion;
    return o;
}

ordered_json documentJson(const char* format, const Catalog& catalog)
{
    return {{"format", format},
            {"version", 1},
            {"tool_version", AICARBON_VERSION},
            {"data_version", catalog.dataVersion()}};
}

} // namespace aicarbon::cli
