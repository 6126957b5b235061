// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodstext.h"
#include "bibliography.h"
#include "estimate.h"
#include "numberformat.h"
#include "scenario.h"
#include "sciformat.h"
#include "texescape.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

namespace aicarbon {

namespace {

const char* strategyName(SearchMethod method)
{
    switch (method) {
    case SearchMethod::Grid:
        return "grid search";
    case SearchMethod::Random:
        return "random search";
    case SearchMethod::SuccessiveHalving:
        return "successive halving";
    case SearchMethod::Hyperband:
        return "Hyperband";
    case SearchMethod::Trials:
        break;
    }
    return "independent trials";
}

std::vector<std::string> strategyCitations(SearchMethod method)
{
    if (method == SearchMethod::SuccessiveHalving)
        return {"jamieson-2016", "li-2018"};
    if (method == SearchMethod::Hyperband)
        return {"li-2018"};
    return {};
}

/// Writes one format; remembers which assumptions have been stated and what was cited.
class MethodsWriter
{
public:
    MethodsWriter(const Catalog& catalog, TextFormat format)
        : m_catalog(catalog)
        , m_format(format)
    { }

    MethodsText finish() { return {m_out, m_citations}; }

    void intro(const std::vector<Estimate>& estimates, const std::string& toolVersion);
    /// How the intervals were computed (methodology §13), when there are any.
    void uncertaintyMethod(const UncertaintyOptions& options, std::size_t draws);
    void scenario(const Estimate& e, const Scenario* s, const UncertaintyResult* u);

private:
    bool latex() const { return m_format == TextFormat::Latex; }
    void text(const std::string& plain)
    {
        m_out += latex() ? latexSymbols(latexChemistry(latexEscape(plain))) : markdownEscape(plain);
    }
    void raw(const std::string& latexText, const std::string& markdownText)
    {
        m_out += latex() ? latexText : markdownText;
    }
    void number(double value) { m_out += methodsNumber(value, m_format); }
    void citeKeys(const std::vector<std::string>& keys);
    void source(const Assumption& a);
    /// The assumption with `key`, marked as stated; nullptr when the estimate has none.
    const Assumption* use(const std::string& key);
    /// "VALUE UNIT (source)" of an assumption, when present.
    bool state(const std::string& key, const std::string& unit);
    /// `lead` then state(key, unit), when the estimate has that assumption.
    bool phrase(const std::string& lead, const std::string& key, const std::string& unit);

    void compute();
    void hardware();
    void power();
    void facility();
    void intensity();
    void search(const Scenario* s);
    void embodied();
    void cost();
    void results();
    void interval();
    void others();

    const Catalog& m_catalog;
    TextFormat m_format;
    std::string m_out;
    std::vector<std::string> m_citations;
    const Estimate* m_estimate = nullptr;
    const UncertaintyResult* m_uncertainty = nullptr; ///< of the current scenario, if any
    std::set<std::string> m_used;
    std::string m_dataVersion; ///< stated in the opening paragraph
};

void MethodsWriter::citeKeys(const std::vector<std::string>& keys)
{
    if (keys.empty())
        return;
    std::string list;
    for (const std::string& key : keys) {
        list += (list.empty() ? "" : latex() ? "," : "; ") + key;
        if (std::find(m_citations.begin(), m_citations.end(), key) == m_citations.end())
            m_citations.push_back(key);
    }
    raw("~\\cite{" + list + "}", " [" + list + "]");
}

void MethodsWriter::source(const Assumption& a)
{
    const std::vector<std::string> keys = citationKeys(a.source, m_catalog);
    if (!keys.empty())
        citeKeys(keys);
    else if (a.origin == Origin::User)
        text(" (as given)");
    else if (a.origin == Origin::Default)
        text(a.source.starts_with("default") ? " (" + a.source + ")" : " (default: " + a.source + ")");
    else if (a.origin == Origin::Catalog && !a.source.empty())
        text(" (" + a.source + ")");
}

const Assumption* MethodsWriter::use(const std::string& key)
{
    const Assumption* a = m_estimate->assumption(key);
    if (a)
        m_used.insert(key);
    return a;
}

bool MethodsWriter::state(const std::string& key, const std::string& unit)
{
    const Assumption* a = use(key);
    if (!a)
        return false;
    if (a->value)
        number(*a->value);
    else
        text(a->text);
    text(unit.empty() ? "" : " " + unit);
    source(*a);
    return true;
}

bool MethodsWriter::phrase(const std::string& lead, const std::string& key, const std::string& unit)
{
    if (!m_estimate->assumption(key))
        return false;
    text(lead);
    return state(key, unit);
}

void MethodsWriter::intro(const std::vector<Estimate>& estimates, const std::string& toolVersion)
{
    m_dataVersion = estimates.empty() ? std::string("unknown") : estimates.front().dataVersion;
    text("We estimated the training time, energy, greenhouse-gas emissions (CO2e) and cost with AI Carbon "
         "Planner "
         + toolVersion + " and its reference catalog, data version " + m_dataVersion
         + ". Energy is device-time × average power × PUE, and emissions are energy × grid carbon intensity");
    citeKeys({"strubell-2019", "patterson-2021"});
    text(".");
    m_out += '\n';
}

void MethodsWriter::uncertaintyMethod(const UncertaintyOptions& options, std::size_t draws)
{
    m_out += '\n';
    text("Uncertain inputs were given ranges: the scenario's own, and");
    text(options.includeDefaultRanges ? " for inputs left at their defaults, documented default ranges (MFU, "
                                        "power utilization, host power and grid intensity)"
                                      : " no default ranges");
    text(". We propagated them by Monte Carlo simulation with ");
    number(double(draws));
    text(options.sampling == Sampling::LatinHypercube ? " Latin-hypercube draws" : " independent draws");
    if (options.sampling == Sampling::LatinHypercube)
        citeKeys({"mckay-1979"});
    text(" (seed " + std::to_string(options.seed)
         + ") and report the 5th to 95th percentiles as 90% intervals. The sensitivity of total emissions to "
           "each input is measured by one-at-a-time swings between its bounds and by first-order and total "
           "Sobol indices");
    citeKeys({"saltelli-2010", "jansen-1999"});
    text(".");
    m_out += '\n';
}

void MethodsWriter::scenario(const Estimate& e, const Scenario* s, const UncertaintyResult* u)
{
    m_estimate = &e;
    m_uncertainty = u;
    m_used.clear();
    m_out += '\n';
    raw("Scenario ``" + latexEscape(e.name) + "'': ", "Scenario “" + markdownEscape(e.name) + "”: ");
    if (e.dataVersion == m_dataVersion)
        use("data_version"); // stated once in the opening paragraph
    compute();
    hardware();
    power();
    facility();
    search(s);
    embodied();
    cost();
    results();
    interval();
    others();
    m_out += '\n';
}

void MethodsWriter::compute()
{
    if (use("model")) {
        text("the model is ");
        state("model", "");
        text(". ");
    }
    const Assumption* flops = use("training_flops");
    if (flops && flops->origin == Origin::Derived) {
        text("Training compute is ");
        number(*flops->value);
        text(" FLOP, derived as C = k·N·D");
        citeKeys(citationKeys(flops->source, m_catalog));
        text(" with k = ");
        state("flops_per_parameter_token", "FLOP per parameter per token");
        text(", N = ");
        state("parameters", "parameters");
        text(" and D = ");
        state("tokens", "tokens");
        text(". ");
    } else if (flops) {
        text("Training compute is ");
        state("training_flops", "FLOP");
        text(". ");
    }
    for (const char* key : {"device_hours", "wall_clock_hours"}) {
        if (m_estimate->assumption(key)) {
            text("The duration is given (accounting mode): ");
            state(key, key == std::string("device_hours") ? "device-hours" : "hours of wall-clock time");
            text(". ");
        }
    }
}

void MethodsWriter::hardware()
{
    text("It trains on ");
    if (const Assumption* count = use("device_count"))
        number(count->value.value_or(1.0));
    if (m_estimate->assumption("device")) {
        text(" × ");
        state("device", "");
    } else {
        text(" devices");
    }
    phrase(" in ", "precision", "precision");
    phrase(" with a dense peak of ", "peak_tflops", "TFLOP/s per device");
    phrase(" at a model FLOPs utilisation (MFU) of ", "mfu", "");
    phrase("; the implied MFU is ", "implied_mfu", "");
    text(". ");
}

void MethodsWriter::power()
{
    if (m_estimate->assumption("tdp_w")) {
        text("Each device draws idle + u·(TDP − idle) = ");
        state("device_power_w", "W");
        text(" on average, with a TDP of ");
        state("tdp_w", "W");
        text(" and a power utilisation u = ");
        state("power_utilization", "");
    } else if (m_estimate->assumption("device_power_w")) {
        text("Each device draws a measured average of ");
        state("device_power_w", "W");
    }
    phrase(", plus ", "host_power_w", "W of host power per device");
    text(". ");
}

void MethodsWriter::facility()
{
    text(phrase("The facility is in ", "region", "") ? ", with" : "The facility has");
    text(" a PUE of ");
    state("pue", "");
    intensity();
    const Assumption* cfe = use("carbon_free_energy_fraction");
    if (cfe && cfe->value && *cfe->value == 0.0 && cfe->origin == Origin::Default) {
        text(
            "The market-based figure equals the location-based one (no carbon-free energy share is known). ");
    } else if (cfe) {
        text("The market-based figure applies a carbon-free energy share of ");
        state("carbon_free_energy_fraction", "");
        text(". ");
    }
}

void MethodsWriter::intensity()
{
    const Assumption* a = use("carbon_intensity");
    if (!a) {
        text(". ");
        return;
    }
    text(" and a location-based grid carbon intensity of ");
    number(a->value.value_or(0.0));
    text(" gCO2e/kWh");
    // The catalog names the series "Grid carbon intensity, REGION YEAR (BASIS)".
    const std::string prefix = "Grid carbon intensity, ";
    if (a->name.starts_with(prefix)) {
        const std::string detail = a->name.substr(prefix.size());
        const std::size_t open = detail.find(" (");
        const std::string basis =
            open == std::string::npos ? "" : detail.substr(open + 2, detail.size() - open - 3);
        text(" (" + detail.substr(0, open) + ", " + basis + " emission factors)");
    }
    source(*a);
    text(". ");
}

void MethodsWriter::search(const Scenario* s)
{
    if (m_estimate->assumption("search_runs")) {
        text("Hyperparameter search adds ");
        state("search_runs", "full-run equivalents");
        text(" (");
        number(m_estimate->searchBudget.trials);
        text(std::string(" trials, ") + (s ? strategyName(s->search.method) : "search") + ")");
        if (s)
            citeKeys(strategyCitations(s->search.method));
        text(". ");
    } else {
        text("No hyperparameter search is included. ");
    }
    if (!phrase("A development multiplier of ", "development_multiplier", ""))
        text("No development overhead is included. ");
    else
        text(" covers seeds, ablations and failed runs. ");
}

void MethodsWriter::embodied()
{
    if (!m_estimate->assumption("embodied_per_device")) {
        text("Embodied (manufacturing) emissions are not included. ");
        return;
    }
    text("Embodied emissions are included: ");
    state("embodied_per_device", "kgCO2e per device");
    text(", amortised over a service life of ");
    state("lifetime_years", "years");
    text(". ");
}

void MethodsWriter::cost()
{
    // The unit of a price is the scenario's currency (may be empty).
    for (const auto& [lead, key, per] :
         {std::tuple {"Compute is priced at ", "price_per_device_hour", "per device-hour"},
          std::tuple {"Emissions are priced at ", "carbon_price_per_tonne", "per tonne of CO2e"}}) {
        if (const Assumption* a = m_estimate->assumption(key)) {
            phrase(lead, key, (a->unit.empty() ? "" : a->unit + " ") + per);
            text(". ");
        }
    }
}

void MethodsWriter::results()
{
    if (!m_estimate->valid()) {
        text("The scenario is invalid; no figures are reported. ");
        return;
    }
    text("This gives ");
    number(m_estimate->figures.total.facilityEnergy.kilowattHours() / 1000.0);
    text(" MWh of facility energy and ");
    number(m_estimate->figures.totalEmissions.kilograms() / 1000.0);
    text(" t CO2e in total.");
}

void MethodsWriter::interval()
{
    const UncertaintyResult* u = m_uncertainty;
    if (!m_estimate->valid() || !u || !u->valid() || u->draws == 0 || u->ranges.empty())
        return;
    const Interval& kg = u->metric(Metric::TotalEmissionsKg);
    text(" The 90% interval of total emissions is ");
    number(kg.p5 / 1000.0);
    raw("--", "–");
    number(kg.p95 / 1000.0);
    text(" t CO2e, with ranges on ");
    for (std::size_t i = 0; i < u->ranges.size(); ++i) {
        const RangedInput& r = u->ranges[i];
        text(i == 0 ? "" : i + 1 == u->ranges.size() ? " and " : ", ");
        text(r.name + " (");
        number(r.range.low);
        raw("--", "–");
        number(r.range.high);
        text(", " + std::string(toString(r.range.distribution)) + (r.isDefault ? ", default range)" : ")"));
    }
    text(".");
}

void MethodsWriter::others()
{
    bool first = true;
    for (const Assumption& a : m_estimate->assumptions) {
        if (m_used.contains(a.key))
            continue;
        text(first ? " Other inputs: " : "; ");
        first = false;
        text(a.name + " ");
        state(a.key, a.unit);
    }
    if (!first)
        text(".");
}

} // namespace

std::string methodsNumber(double value, TextFormat format)
{
    const double magnitude = std::abs(value);
    if (value != 0.0 && (magnitude >= 1e6 || magnitude < 1e-3))
        return format == TextFormat::Latex ? latexScientific(value) : unicodeScientific(value);
    return magnitude >= 1000.0 ? formatGrouped(value, 4) : formatNumber(value, 4);
}

MethodsText methodsText(const std::vector<Estimate>& estimates, const std::vector<Scenario>& scenarios,
                        const Catalog& catalog, const MethodsOptions& options)
{
    MethodsWriter writer(catalog, options.format);
    writer.intro(estimates, options.toolVersion);
    const std::vector<UncertaintyResult>& u = options.uncertainty;
    if (!u.empty())
        writer.uncertaintyMethod(options.uncertaintyOptions, u.front().draws);
    for (std::size_t i = 0; i < estimates.size(); ++i)
        writer.scenario(estimates[i], i < scenarios.size() ? &scenarios[i] : nullptr,
                        i < u.size() ? &u[i] : nullptr);
    return writer.finish();
}

} // namespace aicarbon
