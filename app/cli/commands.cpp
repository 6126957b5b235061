// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "catalog.h"
#include "catalogjson.h"
#include "estimate.h"
#include "estimatejson.h"
#include "humanunits.h"
#include "numberformat.h"
#include "publishedcommand.h"
#include "reportcommands.h"
#include "scenariofile.h"
#include "scenarioloading.h"
#include "texescape.h"
#include "texttable.h"
#include "uncertainty.h"

#include <algorithm>
#include <ostream>

namespace aicarbon::cli {

namespace {

using nlohmann::ordered_json;

// --- text ------------------------------------------------------------------------------

struct Metric
{
    const char* label;
    double (*value)(const Estimate&);
    std::string (*format)(const Estimate&);
};

const Metric kMetrics[] = {
    {"Training compute", [](const Estimate& e) { return e.figures.trainingFlops; },
     [](const Estimate& e) {
         return e.figures.trainingFlops > 0 ? formatFlops(e.figures.trainingFlops) : std::string("unknown");
     }},
    {"Device-hours (final run)", [](const Estimate& e) { return e.figures.finalRun.deviceTime.hours(); },
     [](const Estimate& e) { return formatCount(e.figures.finalRun.deviceTime.hours()) + " h"; }},
    {"Wall-clock time", [](const Estimate& e) { return e.figures.wallClock.hours(); },
     [](const Estimate& e) { return formatDuration(e.figures.wallClock); }},
    {"Devices", [](const Estimate& e) { return e.inputs.deviceCount; },
     [](const Estimate& e) { return formatCount(e.inputs.deviceCount); }},
    {"MFU", [](const Estimate& e) { return e.figures.mfu; },
     [](const Estimate& e) {
         return e.figures.mfu > 0 ? formatNumber(e.figures.mfu, 3) : std::string("unknown");
     }},
    {"Total device-hours", [](const Estimate& e) { return e.figures.total.deviceTime.hours(); },
     [](const Estimate& e) { return formatCount(e.figures.total.deviceTime.hours()) + " h"; }},
    {"IT energy", [](const Estimate& e) { return e.figures.total.itEnergy.kilowattHours(); },
     [](const Estimate& e) { return formatEnergy(e.figures.total.itEnergy); }},
    {"Facility energy", [](const Estimate& e) { return e.figures.total.facilityEnergy.kilowattHours(); },
     [](const Estimate& e) { return formatEnergy(e.figures.total.facilityEnergy); }},
    {"PUE", [](const Estimate& e) { return e.inputs.pue; },
     [](const Estimate& e) { return formatNumber(e.inputs.pue, 3); }},
    {"Grid intensity", [](const Estimate& e) { return e.inputs.intensity.gramsPerKilowattHour(); },
     [](const Estimate& e) {
         return formatGrouped(e.inputs.intensity.gramsPerKilowattHour(), 3) + " g/kWh";
     }},
    {"Operational CO2e (location)", [](const Estimate& e) { return e.figures.total.operational.kilograms(); },
     [](const Estimate& e) { return formatMass(e.figures.total.operational); }},
    {"  of which search", [](const Estimate& e) { return e.figures.search.operational.kilograms(); },
     [](const Estimate& e) { return formatMass(e.figures.search.operational); }},
    {"  of which development",
     [](const Estimate& e) { return e.figures.development.operational.kilograms(); },
     [](const Estimate& e) { return formatMass(e.figures.development.operational); }},
    {"Market-based CO2e", [](const Estimate& e) { return e.figures.total.marketBased.kilograms(); },
     [](const Estimate& e) { return formatMass(e.figures.total.marketBased); }},
    {"Embodied CO2e", [](const Estimate& e) { return e.figures.total.embodied.kilograms(); },
     [](const Estimate& e) { return formatMass(e.figures.total.embodied); }},
    {"Total CO2e", [](const Estimate& e) { return e.figures.totalEmissions.kilograms(); },
     [](const Estimate& e) { return formatMass(e.figures.totalEmissions); }},
    {"Cost", [](const Estimate& e) { return e.figures.totalCost; },
     [](const Estimate& e) {
         return e.inputs.pricePerDeviceHour > 0 || e.inputs.carbonPricePerTonne > 0
             ? formatMoney(e.figures.totalCost, e.currency)
             : std::string("not priced");
     }},
};

void printEstimateText(const Estimate& e, std::ostream& out)
{
    out << "Scenario: " << e.name << "\n\n";
    TextTable results;
    for (const Metric& m : kMetrics)
        results.addRow({m.label, m.format(e)});
    out << results.render() << '\n';
    if (!e.equivalents.empty()) {
        out << "Total CO2e is about:\n";
        TextTable eq;
        eq.setAllLeftAligned(true);
        for (const EquivalentValue& q : e.equivalents)
            eq.addRow({"  " + q.name, formatCount(q.count) + " × " + q.unit});
        out << eq.render() << '\n';
    }
    out << "Assumptions:\n";
    TextTable assumptions;
    assumptions.setAllLeftAligned(true);
    for (const Assumption& a : e.assumptions)
        assumptions.addRow({"  " + a.name,
                            a.value ? formatValue(*a.value) + (a.unit.empty() ? "" : " " + a.unit) : a.text,
                            "  " + a.source});
    out << assumptions.render();
    for (const Diagnostic& d : e.diagnostics) {
        if (d.severity == Severity::Warning)
            out << "Warning: " << (d.path.empty() ? "" : d.path + ": ") << d.message << '\n';
    }
}

void printCompareText(const std::vector<Estimate>& estimates, std::ostream& out)
{
    TextTable table;
    std::vector<std::string> header {""};
    for (const Estimate& e : estimates)
        header.push_back(e.name);
    table.addRow(header);
    table.addSeparator();
    for (const Metric& m : kMetrics) {
        std::vector<std::string> row {m.label};
        for (std::size_t i = 0; i < estimates.size(); ++i) {
            std::string cell = m.format(estimates[i]);
            const bool bothZero = m.value(estimates[i]) == 0.0 && m.value(estimates[0]) == 0.0;
            if (i > 0 && !bothZero)
                cell += " (" + formatPercentChange(m.value(estimates[i]), m.value(estimates[0])) + ")";
            row.push_back(cell);
        }
        table.addRow(row);
    }
    out << table.render() << "Differences in parentheses are relative to the first scenario.\n";
}

// --- csv -------------------------------------------------------------------------------

/// With `intervals` (one per estimate): p5 and p95 columns of each uncertainty metric.
void printEstimatesCsv(const std::vector<Estimate>& estimates, std::ostream& out,
                       const std::vector<UncertaintyResult>* intervals = nullptr)
{
    out << "name,training_flops,device_hours,wall_clock_hours,total_device_hours,energy_it_kwh,"
           "energy_facility_kwh,operational_kgco2e,search_kgco2e,development_kgco2e,market_based_kgco2e,"
           "embodied_kgco2e,total_kgco2e,cost,currency";
    for (std::size_t m = 0; intervals && m < kMetricCount; ++m)
        out << ',' << metricKey(aicarbon::Metric(m)) << "_p5," << metricKey(aicarbon::Metric(m)) << "_p95";
    out << '\n';
    for (std::size_t row = 0; row < estimates.size(); ++row) {
        const Estimate& e = estimates[row];
        const Figures& f = e.figures;
        // Unknown values (FLOPs in accounting mode, cost without prices) are empty cells.
        const bool priced = e.inputs.pricePerDeviceHour > 0.0 || e.inputs.carbonPricePerTonne > 0.0;
        out << csvField(e.name) << ',' << (f.trainingFlops > 0.0 ? formatNumber(f.trainingFlops, 10) : "");
        for (const double v : {f.finalRun.deviceTime.hours(), f.wallClock.hours(), f.total.deviceTime.hours(),
                               f.total.itEnergy.kilowattHours(), f.total.facilityEnergy.kilowattHours(),
                               f.total.operational.kilograms(), f.search.operational.kilograms(),
                               f.development.operational.kilograms(), f.total.marketBased.kilograms(),
                               f.total.embodied.kilograms(), f.totalEmissions.kilograms()})
            out << ',' << formatNumber(v, 10);
        out << ',' << (priced ? formatNumber(f.totalCost, 10) : "") << ',' << csvField(e.currency);
        for (std::size_t m = 0; intervals && m < kMetricCount; ++m) {
            const Interval& i = (*intervals)[row].metrics[m];
            const bool known = aicarbon::Metric(m) != aicarbon::Metric::TotalCost || priced;
            out << ',' << (known ? formatNumber(i.p5, 10) : "") << ','
                << (known ? formatNumber(i.p95, 10) : "");
        }
        out << '\n';
    }
}

// --- commands --------------------------------------------------------------------------

// --- uncertainty -----------------------------------------------------------------------

struct IntervalRow
{
    const char* label;
    aicarbon::Metric metric;
    std::string (*format)(double value, const std::string& currency);
};

const IntervalRow kIntervalRows[] = {
    {"Wall-clock time", aicarbon::Metric::WallClockHours,
     [](double h, const std::string&) { return formatDuration(Duration::fromHours(h)); }},
    {"Facility energy", aicarbon::Metric::FacilityEnergyKwh,
     [](double kwh, const std::string&) { return formatEnergy(Energy::fromKilowattHours(kwh)); }},
    {"Total CO2e", aicarbon::Metric::TotalEmissionsKg,
     [](double kg, const std::string&) { return formatMass(Mass::fromKilograms(kg)); }},
    {"Market-based CO2e", aicarbon::Metric::MarketBasedKg,
     [](double kg, const std::string&) { return formatMass(Mass::fromKilograms(kg)); }},
    {"Cost", aicarbon::Metric::TotalCost,
     [](double amount, const std::string& currency) { return formatMoney(amount, currency); }},
};

bool priced(const Estimate& e)
{
    return e.inputs.pricePerDeviceHour > 0.0 || e.inputs.carbonPricePerTonne > 0.0;
}

/// "121 t – 230 t"
std::string intervalText(const IntervalRow& row, const UncertaintyResult& u)
{
    const Interval& i = u.metric(row.metric);
    return row.format(i.p5, u.central.currency) + " – " + row.format(i.p95, u.central.currency);
}

std::string sobolShare(const UncertaintyResult& u, const std::string& pointer)
{
    for (const SobolIndex& s : u.sobol) {
        if (s.pointer == pointer)
            return formatNumber(100.0 * std::max(0.0, s.firstOrder), 2) + "%";
    }
    return {};
}

void printUncertaintyText(const UncertaintyResult& u, std::ostream& out)
{
    out << "Uncertainty (" << formatCount(double(u.draws)) << " draws):\n";
    TextTable table;
    table.setAllLeftAligned(true);
    for (const IntervalRow& row : kIntervalRows) {
        if (row.metric != aicarbon::Metric::TotalCost || priced(u.central))
            table.addRow({"  " + std::string(row.label),
                          row.format(u.metric(row.metric).central, u.central.currency) + " ("
                              + intervalText(row, u) + ", 90% interval)"});
    }
    out << table.render()
        << "Largest influences on total CO2e (input at low → high; first-order Sobol share):\n";
    TextTable tornado;
    tornado.setAllLeftAligned(true);
    for (const TornadoRow& t : u.tornado)
        tornado.addRow(
            {"  " + t.pointer,
             formatMass(Mass::fromKilograms(t.atLowKg)) + " → " + formatMass(Mass::fromKilograms(t.atHighKg)),
             sobolShare(u, t.pointer)});
    out << tornado.render();
}

void printCompareUncertainty(const std::vector<UncertaintyResult>& results, std::ostream& out)
{
    TextTable table;
    std::vector<std::string> header {"90% interval"};
    for (const UncertaintyResult& u : results)
        header.push_back(u.central.name);
    table.addRow(header);
    table.addSeparator();
    for (const IntervalRow& row : kIntervalRows) {
        if (row.metric == aicarbon::Metric::TotalCost && !priced(results[0].central))
            continue;
        std::vector<std::string> cells {row.label};
        const Interval& first = results[0].metric(row.metric);
        for (std::size_t i = 0; i < results.size(); ++i) {
            const Interval& v = results[i].metric(row.metric);
            const bool overlaps = intervalsOverlap(v, first);
            cells.push_back(intervalText(row, results[i])
                            + (i == 0         ? ""
                                   : overlaps ? " (overlaps)"
                                              : " (no overlap)"));
        }
        table.addRow(cells);
    }
    out << '\n'
        << table.render()
        << "(overlaps): the 90% interval overlaps the first scenario's; the difference is within the "
           "uncertainty.\n";
}

/// compare JSON: per metric, whether each scenario's 90% interval overlaps the first's.
void addOverlapFlags(const std::vector<UncertaintyResult>& results, ordered_json& scenarios)
{
    for (std::size_t i = 1; i < results.size(); ++i) {
        ordered_json& u = scenarios[i]["results"]["uncertainty"];
        if (u.is_null())
            continue;
        ordered_json flags = ordered_json::object();
        for (std::size_t m = 0; m < kMetricCount; ++m)
            flags[metricKey(aicarbon::Metric(m))] =
                intervalsOverlap(results[i].metrics[m], results[0].metrics[m]);
        u["overlaps_first"] = std::move(flags);
    }
}

void printUncertaintyResults(const CliOptions& o, const std::vector<UncertaintyResult>& results,
                             std::ostream& out)
{
    std::vector<Estimate> estimates;
    for (const UncertaintyResult& u : results)
        estimates.push_back(u.central);
    if (o.format == OutputFormat::Csv) {
        printEstimatesCsv(estimates, out, &results);
    } else if (o.command == "compare") {
        printCompareText(estimates, out);
        printCompareUncertainty(results, out);
    } else {
        for (std::size_t i = 0; i < results.size(); ++i) {
            out << (i > 0 ? "\n" : "");
            printEstimateText(results[i].central, out);
            out << '\n';
            printUncertaintyText(results[i], out);
        }
    }
}

int runUncertainty(const CliOptions& o, const Catalog& catalog, const std::vector<Scenario>& scenarios,
                   std::ostream& out, std::ostream& err)
{
    const UncertaintyOptions options = uncertaintyOptions(o);
    std::vector<UncertaintyResult> results;
    int exitCode = ExitOk;
    for (const Scenario& s : scenarios) {
        results.push_back(propagate(s, catalog, options));
        for (const Diagnostic& d : results.back().diagnostics) {
            err << s.name << ": " << d.text() << '\n';
            if (d.severity == Severity::Error)
                exitCode = ExitBadInput;
        }
    }
    if (exitCode != ExitOk)
        return exitCode;
    if (o.format != OutputFormat::Json) {
        printUncertaintyResults(o, results, out);
        return ExitOk;
    }
    ordered_json doc =
        documentJson(o.command == "compare" ? "aicarbon-comparison" : "aicarbon-estimate", catalog);
    doc["scenarios"] = ordered_json::array();
    for (const UncertaintyResult& u : results)
        doc["scenarios"].push_back(uncertaintyToJson(u, options.seed));
    if (o.command == "compare")
        addOverlapFlags(results, doc["scenarios"]);
    out << doc.dump(2) << '\n';
    return ExitOk;
}

int runEstimateOrCompare(const CliOptions& o, const Catalog& catalog, std::ostream& out, std::ostream& err)
{
    Loaded loaded = loadFiles(o.arguments, err);
    if (loaded.exitCode != ExitOk)
        return loaded.exitCode;
    int exitCode = ExitOk;
    const std::vector<Estimate> estimates = estimateAll(loaded.scenarios, catalog, exitCode, err);
    if (exitCode != ExitOk)
        return exitCode;
    if (o.uncertainty)
        return runUncertainty(o, catalog, loaded.scenarios, out, err);
    if (o.format == OutputFormat::Json) {
        ordered_json doc =
            documentJson(o.command == "compare" ? "aicarbon-comparison" : "aicarbon-estimate", catalog);
        doc["scenarios"] = ordered_json::array();
        for (const Estimate& e : estimates)
            doc["scenarios"].push_back(estimateToJson(e));
        out << doc.dump(2) << '\n';
    } else if (o.format == OutputFormat::Csv) {
        printEstimatesCsv(estimates, out);
    } else if (o.command == "compare") {
        printCompareText(estimates, out);
    } else {
        for (std::size_t i = 0; i < estimates.size(); ++i) {
            if (i > 0)
                out << '\n';
            printEstimateText(estimates[i], out);
        }
    }
    return ExitOk;
}

struct SweepRow
{
    std::string id;
    std::string name;
    Estimate result;
};

std::vector<SweepRow> sweepScenario(const Scenario& base, const std::string& over, const Catalog& catalog)
{
    std::vector<SweepRow> rows;
    const auto tryVariant = [&](const std::string& id, const std::string& name, Scenario variant) {
        Estimate e = estimate(variant, catalog);
        if (e.valid())
            rows.push_back({id, name, std::move(e)});
    };
    if (over == "region") {
        for (const RegionRecord& r : catalog.regions()) {
            Scenario s = base;
            s.facility.region = r.id;
            s.facility.carbonIntensityGPerKwh.reset();
            tryVariant(r.id, r.name, std::move(s));
        }
        for (const CloudRegionRecord& c : catalog.cloudRegions()) {
            Scenario s = base;
            s.facility.region = c.id;
            s.facility.carbonIntensityGPerKwh.reset();
            tryVariant(c.id, c.city.empty() ? c.regionCode : c.city, std::move(s));
        }
    } else {
        for (const DeviceRecord& d : catalog.devices()) {
            if (d.kind == "cpu")
                continue;
            Scenario s = base;
            s.hardware.device = d.id;
            s.hardware.peakTflops.reset();
            s.hardware.tdpW.reset();
            s.hardware.averagePowerW.reset();
            tryVariant(d.id, d.name, std::move(s));
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const SweepRow& a, const SweepRow& b) {
        return a.result.figures.totalEmissions < b.result.figures.totalEmissions;
    });
    return rows;
}

int runSweep(const CliOptions& o, const Catalog& catalog, std::ostream& out, std::ostream& err)
{
    Loaded loaded = loadFiles(o.arguments, err);
    if (loaded.exitCode != ExitOk)
        return loaded.exitCode;
    if (loaded.scenarios.size() != 1) {
        err << "sweep expects a file with exactly one scenario, found " << loaded.scenarios.size() << '\n';
        return ExitBadInput;
    }
    int exitCode = ExitOk;
    const Estimate reference = estimateAll(loaded.scenarios, catalog, exitCode, err).front();
    if (exitCode != ExitOk)
        return exitCode;
    std::vector<SweepRow> rows = sweepScenario(loaded.scenarios.front(), o.over, catalog);
    const std::size_t total = rows.size();
    if (o.top && rows.size() > static_cast<std::size_t>(*o.top))
        rows.resize(static_cast<std::size_t>(*o.top));
    const double base = reference.figures.totalEmissions.kilograms();
    if (o.format == OutputFormat::Json) {
        ordered_json doc = documentJson("aicarbon-sweep", catalog);
        doc["over"] = o.over;
        doc["reference"] = estimateToJson(reference);
        doc["candidates"] = total;
        doc["rows"] = ordered_json::array();
        for (std::size_t i = 0; i < rows.size(); ++i)
            doc["rows"].push_back({{"rank", i + 1},
                                   {"id", rows[i].id},
                                   {"name", rows[i].name},
                                   {"result", estimateToJson(rows[i].result)}});
        out << doc.dump(2) << '\n';
        return ExitOk;
    }
    if (o.format == OutputFormat::Csv) {
        out << "rank,id,name,carbon_intensity_g_per_kwh,pue,wall_clock_hours,facility_energy_kwh,total_"
               "kgco2e\n";
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const Estimate& e = rows[i].result;
            out << i + 1 << ',' << csvField(rows[i].id) << ',' << csvField(rows[i].name) << ','
                << formatNumber(e.inputs.intensity.gramsPerKilowattHour(), 10) << ','
                << formatNumber(e.inputs.pue, 10) << ',' << formatNumber(e.figures.wallClock.hours(), 10)
                << ',' << formatNumber(e.figures.total.facilityEnergy.kilowattHours(), 10) << ','
                << formatNumber(e.figures.totalEmissions.kilograms(), 10) << '\n';
        }
        return ExitOk;
    }
    out << "Scenario: " << reference.name << " — " << o.over << "s ranked by total CO2e (" << rows.size()
        << " of " << total << ")\n\n";
    TextTable table;
    table.setLeftAlignedColumns(3);
    table.addRow({"#", "id", "name", "g/kWh", "PUE", "wall-clock", "total CO2e", "vs scenario"});
    table.addSeparator();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Estimate& e = rows[i].result;
        table.addRow({std::to_string(i + 1), rows[i].id, rows[i].name,
                      formatGrouped(e.inputs.intensity.gramsPerKilowattHour(), 3),
                      formatNumber(e.inputs.pue, 3), formatDuration(e.figures.wallClock),
                      formatMass(e.figures.totalEmissions),
                      formatPercentChange(e.figures.totalEmissions.kilograms(), base)});
    }
    out << table.render();
    return ExitOk;
}

int runValidate(const CliOptions& o, const Catalog& catalog, std::ostream& out, std::ostream& err)
{
    int exitCode = ExitOk;
    for (const std::string& file : o.arguments) {
        ScenarioFile parsed = readScenarioFile(file);
        for (const Diagnostic& d : parsed.diagnostics)
            err << d.text() << '\n';
        if (!parsed.ok()) {
            exitCode = std::max(exitCode, int(ExitBadInput));
            continue;
        }
        int fileCode = ExitOk;
        for (const Scenario& s : parsed.scenarios)
            fileCode = std::max(fileCode, reportDiagnostics(estimate(s, catalog), err));
        exitCode = std::max(exitCode, fileCode);
        out << file << ": " << (fileCode == ExitOk ? "ok" : "invalid") << " (" << parsed.scenarios.size()
            << (parsed.scenarios.size() == 1 ? " scenario" : " scenarios") << ")\n";
    }
    return exitCode;
}

template<class Record, class ToJson, class ToRow>
int printCatalogList(const CliOptions& o, const std::vector<Record>& records, std::vector<std::string> header,
                     ToJson toJson, ToRow toRow, std::ostream& out)
{
    const std::size_t count =
        o.top ? std::min(records.size(), static_cast<std::size_t>(*o.top)) : records.size();
    if (o.format == OutputFormat::Json) {
        ordered_json list = ordered_json::array();
        for (std::size_t i = 0; i < count; ++i)
            list.push_back(toJson(records[i]));
        out << list.dump(2) << '\n';
        return ExitOk;
    }
    if (o.format == OutputFormat::Csv) {
        for (std::size_t i = 0; i < header.size(); ++i)
            out << (i ? "," : "") << csvField(header[i]);
        out << '\n';
        for (std::size_t i = 0; i < count; ++i) {
            const std::vector<std::string> row = toRow(records[i]);
            for (std::size_t j = 0; j < row.size(); ++j)
                out << (j ? "," : "") << csvField(row[j]);
            out << '\n';
        }
        return ExitOk;
    }
    TextTable table;
    table.setLeftAlignedColumns(3);
    table.addRow(std::move(header));
    table.addSeparator();
    for (std::size_t i = 0; i < count; ++i)
        table.addRow(toRow(records[i]));
    out << table.render() << count << " of " << records.size() << " entries\n";
    return ExitOk;
}

std::string optionalText(const std::optional<double>& v, int digits = 4)
{
    return v ? formatNumber(*v, digits) : std::string("—");
}

int runCatalog(const CliOptions& o, const Catalog& catalog, std::ostream& out)
{
    const std::string& table = o.arguments.front();
    if (table == "devices") {
        return printCatalogList(
            o, catalog.devices(o.search), {"id", "name", "kind", "TDP W", "bf16 TFLOP/s", "fp32 TFLOP/s"},
            deviceToJson,
            [](const DeviceRecord& d) {
                return std::vector<std::string> {d.id,
                                                 d.name,
                                                 d.kind,
                                                 optionalText(d.tdpW),
                                                 optionalText(d.peak(Precision::Bf16)),
                                                 optionalText(d.peak(Precision::Fp32))};
            },
            out);
    }
    if (table == "regions") {
        const auto withIntensity = [&](const RegionRecord& r) { return catalog.intensity(r.id); };
        return printCatalogList(
            o, catalog.regions(o.search), {"id", "name", "kind", "g/kWh", "year", "source"},
            [&](const RegionRecord& r) {
                const auto i = withIntensity(r);
                return regionToJson(r, i ? &*i : nullptr);
            },
            [&](const RegionRecord& r) {
                const auto i = withIntensity(r);
                return std::vector<std::string> {r.id,
                                                 r.name,
                                                 r.kind,
                                                 i ? formatGrouped(i->gPerKwh, 3) : "—",
                                                 i ? std::to_string(i->year) : "—",
                                                 i ? i->source : "—"};
            },
            out);
    }
    if (table == "cloud-regions") {
        return printCatalogList(
            o, catalog.cloudRegions(o.search), {"id", "city", "country", "grid region", "PUE"},
            cloudRegionToJson,
            [](const CloudRegionRecord& c) {
                return std::vector<std::string> {c.id, c.city, c.country, c.gridRegion,
                                                 optionalText(c.pue, 3)};
            },
            out);
    }
    return printCatalogList(
        o, catalog.models(o.search), {"id", "name", "parameters", "tokens"}, modelToJson,
        [](const ModelRecord& m) {
            return std::vector<std::string> {m.id, m.name, optionalText(m.parameters, 4),
                                             optionalText(m.trainingTokens, 4)};
        },
        out);
}

} // namespace

UncertaintyOptions uncertaintyOptions(const CliOptions& o)
{
    UncertaintyOptions options;
    options.draws = o.draws.value_or(options.draws);
    options.seed = o.seed.value_or(options.seed);
    options.includeDefaultRanges = o.defaultRanges;
    return options;
}

int runCommand(const CliOptions& options, const Catalog& catalog, std::ostream& out, std::ostream& err)
{
    if (options.uncertainty && options.command != "estimate" && options.command != "compare"
        && options.command != "report" && options.command != "methods" && options.command != "bundle")
        err << "note: --uncertainty applies to estimate, compare, report, methods and bundle only; ignored\n";
    if (options.command == "estimate" || options.command == "compare")
        return runEstimateOrCompare(options, catalog, out, err);
    if (options.command == "sweep")
        return runSweep(options, catalog, out, err);
    if (options.command == "validate")
        return runValidate(options, catalog, out, err);
    if (options.command == "report" || options.command == "methods" || options.command == "bundle")
        return runReportCommand(options, catalog, out, err);
    if (options.command == "published")
        return runPublished(options, catalog, out);
    return runCatalog(options, catalog, out);
}

} // namespace aicarbon::cli
