// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttable.h"
#include "estimate.h"
#include "uncertainty.h"

#include <algorithm>
#include <array>

namespace aicarbon {

namespace {

bool priced(const Estimate& e)
{
    return e.inputs.pricePerDeviceHour > 0.0 || e.inputs.carbonPricePerTonne > 0.0;
}

struct RowSpec
{
    const char* key;
    const char* label;
    const char* unit;
    double (*value)(const Estimate&);
    bool (*known)(const Estimate&);
    bool scientific = false;
    bool integer = false;
    bool indented = false;
};

bool always(const Estimate&)
{
    return true;
}

// Units: FLOP, h, MWh, t CO2e, g/kWh; the GUI compare table's rows and order.
const std::array<RowSpec, 16> kRows {{
    {"training_flops", "Training compute", "FLOP", [](const Estimate& e) { return e.figures.trainingFlops; },
     [](const Estimate& e) { return e.figures.trainingFlops > 0.0; }, true},
    {"device_hours", "Device-hours, final run", "h",
     [](const Estimate& e) { return e.figures.finalRun.deviceTime.hours(); }, always},
    {"wall_clock", "Wall-clock time, final run", "h",
     [](const Estimate& e) { return e.figures.wallClock.hours(); }, always},
    {"devices", "Devices", "", [](const Estimate& e) { return e.inputs.deviceCount; }, always, false, true},
    {"mfu", "MFU", "", [](const Estimate& e) { return e.figures.mfu; },
     [](const Estimate& e) { return e.figures.mfu > 0.0; }},
    {"it_energy", "IT energy", "MWh",
     [](const Estimate& e) { return e.figures.total.itEnergy.kilowattHours() / 1000.0; }, always},
    {"facility_energy", "Facility energy", "MWh",
     [](const Estimate& e) { return e.figures.total.facilityEnergy.kilowattHours() / 1000.0; }, always},
    {"pue", "PUE", "", [](const Estimate& e) { return e.inputs.pue; }, always},
    {"grid_intensity", "Grid carbon intensity", "gCO2e/kWh",
     [](const Estimate& e) { return e.inputs.intensity.gramsPerKilowattHour(); }, always},
    {"operational_co2e", "Operational CO2e, location-based", "t",
     [](const Estimate& e) { return e.figures.total.operational.kilograms() / 1000.0; }, always},
    {"search_co2e", "of which search", "t",
     [](const Estimate& e) { return e.figures.search.operational.kilograms() / 1000.0; }, always, false,
     false, true},
    {"development_co2e", "of which development", "t",
     [](const Estimate& e) { return e.figures.development.operational.kilograms() / 1000.0; }, always, false,
     false, true},
    {"market_based_co2e", "Market-based CO2e", "t",
     [](const Estimate& e) { return e.figures.total.marketBased.kilograms() / 1000.0; }, always},
    {"embodied_co2e", "Embodied CO2e", "t",
     [](const Estimate& e) { return e.figures.total.embodied.kilograms() / 1000.0; }, always},
    {"total_co2e", "Total CO2e", "t",
     [](const Estimate& e) { return e.figures.totalEmissions.kilograms() / 1000.0; }, always},
    {"cost", "Cost", "", [](const Estimate& e) { return e.figures.totalCost; }, priced},
}};

/// The currency all priced scenarios share, "mixed currencies" when they differ.
std::string costUnit(const std::vector<Estimate>& estimates)
{
    std::string unit;
    for (const Estimate& e : estimates) {
        if (!priced(e) || e.currency.empty())
            continue;
        if (!unit.empty() && unit != e.currency)
            return "mixed currencies";
        unit = e.currency;
    }
    return unit;
}

ReportRow makeRow(const RowSpec& spec, const std::vector<Estimate>& estimates)
{
    ReportRow row {spec.key, spec.label, spec.unit, {}, spec.scientific, spec.integer, spec.indented};
    for (const Estimate& e : estimates)
        row.values.push_back(e.valid() && spec.known(e) ? std::optional<double>(spec.value(e))
                                                        : std::nullopt);
    return row;
}

struct IntervalSpec
{
    const char* rowKey;
    Metric metric;
    double scale; ///< from the metric's unit to the row's
};

const IntervalSpec kIntervals[] = {
    {"wall_clock", Metric::WallClockHours, 1.0},
    {"facility_energy", Metric::FacilityEnergyKwh, 1e-3},
    {"market_based_co2e", Metric::MarketBasedKg, 1e-3},
    {"total_co2e", Metric::TotalEmissionsKg, 1e-3},
    {"cost", Metric::TotalCost, 1.0},
};

ReportRow percentileRow(const ReportRow& base, const IntervalSpec& spec,
                        const std::vector<UncertaintyResult>& results, bool high)
{
    ReportRow row {base.key + (high ? "_p95" : "_p5"),
                   high ? "95th percentile" : "5th percentile",
                   base.unit,
                   {},
                   base.scientific,
                   base.integer,
                   true};
    for (std::size_t i = 0; i < base.values.size(); ++i) {
        const bool known = i < results.size() && results[i].valid() && base.values[i];
        const Interval& interval = known ? results[i].metric(spec.metric) : Interval {};
        row.values.push_back(known ? std::optional<double>((high ? interval.p95 : interval.p5) * spec.scale)
                                   : std::nullopt);
    }
    return row;
}

} // namespace

ReportTable reportTable(const std::vector<Estimate>& estimates)
{
    ReportTable table;
    for (const Estimate& e : estimates)
        table.scenarios.push_back(e.name);
    for (const RowSpec& spec : kRows)
        table.rows.push_back(makeRow(spec, estimates));
    table.rows.back().unit = costUnit(estimates);
    if (!estimates.empty())
        table.dataVersion = estimates.front().dataVersion;
    return table;
}

void addIntervals(ReportTable& table, const std::vector<UncertaintyResult>& results)
{
    for (const IntervalSpec& spec : kIntervals) {
        const auto base = std::find_if(table.rows.begin(), table.rows.end(),
                                       [&](const ReportRow& r) { return r.key == spec.rowKey; });
        if (base == table.rows.end())
            continue;
        ReportRow low = percentileRow(*base, spec, results, false);
        ReportRow high = percentileRow(*base, spec, results, true);
        const auto at = table.rows.insert(std::next(base), std::move(low));
        table.rows.insert(std::next(at), std::move(high));
    }
}

} // namespace aicarbon
