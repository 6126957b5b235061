// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishedcommand.h"

#include "commands.h"
#include "estimatejson.h"
#include "humanunits.h"
#include "numberformat.h"
#include "publishedfootprints.h"
#include "texescape.h"
#include "texttable.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace aicarbon::cli {

namespace {

using nlohmann::ordered_json;

std::string hardware(const PublishedFootprintRecord& r)
{
    return r.deviceCount ? formatCount(*r.deviceCount) + " × " + r.device : r.device;
}

std::string optionalMegawattHours(const std::optional<Energy>& energy)
{
    return energy ? formatNumber(energy->megawattHours(), 4) : std::string("—");
}

std::string optionalChange(const std::optional<double>& value, double reference)
{
    return value ? formatPercentChange(*value, reference) : std::string("—");
}

std::optional<double> plannedTonnes(const PublishedComparison& c)
{
    return c.planningCo2e ? std::optional<double>(c.planningCo2e->tonnes()) : std::nullopt;
}

ordered_json optionalJson(const std::optional<double>& value)
{
    return value ? ordered_json(*value) : ordered_json(nullptr);
}

ordered_json rowJson(const PublishedComparison& c)
{
    const auto kwh = [](const std::optional<Energy>& e) {
        return e ? std::optional<double>(e->kilowattHours()) : std::nullopt;
    };
    const auto tonnes = [](const std::optional<Mass>& m) {
        return m ? std::optional<double>(m->tonnes()) : std::nullopt;
    };
    return {
        {"id", c.record.id},
        {"study", c.record.study},
        {"study_label", c.studyLabel},
        {"location", c.record.location},
        {"name", c.record.name},
        {"model", c.record.model},
        {"device", c.record.device},
        {"device_count", c.record.deviceCount ? ordered_json(*c.record.deviceCount) : ordered_json(nullptr)},
        {"reported_energy_kwh", optionalJson(kwh(c.reportedEnergy))},
        {"estimated_energy_kwh", c.estimatedEnergy.kilowattHours()},
        {"reported_tco2e", c.reportedCo2e.tonnes()},
        {"estimated_tco2e", c.estimatedCo2e.tonnes()},
        {"reported_net_tco2e", optionalJson(tonnes(c.reportedNetCo2e))},
        {"estimated_net_tco2e", c.estimatedNetCo2e.tonnes()},
        {"planned_tco2e", optionalJson(plannedTonnes(c))},
        {"scenario_valid", c.estimate.valid()}};
}

void printCsv(const std::vector<PublishedComparison>& rows, std::ostream& out)
{
    out << "id,study,name,device,device_count,reported_energy_kwh,estimated_energy_kwh,reported_tco2e,"
           "estimated_tco2e,reported_net_tco2e,estimated_net_tco2e,planned_tco2e,location\n";
    const auto optional = [](const std::optional<double>& v) {
        return v ? formatNumber(*v, 10) : std::string();
    };
    for (const PublishedComparison& c : rows) {
        out << csvField(c.record.id) << ',' << csvField(c.record.study) << ',' << csvField(c.record.name)
            << ',' << csvField(c.record.device) << ','
            << (c.record.deviceCount ? std::to_string(*c.record.deviceCount) : "") << ','
            << (c.reportedEnergy ? formatNumber(c.reportedEnergy->kilowattHours(), 10) : "") << ','
            << formatNumber(c.estimatedEnergy.kilowattHours(), 10) << ','
            << formatNumber(c.reportedCo2e.tonnes(), 10) << ',' << formatNumber(c.estimatedCo2e.tonnes(), 10)
            << ',' << (c.reportedNetCo2e ? formatNumber(c.reportedNetCo2e->tonnes(), 10) : "") << ','
            << formatNumber(c.estimatedNetCo2e.tonnes(), 10) << ',' << optional(plannedTonnes(c)) << ','
            << csvField(c.record.location) << '\n';
    }
}

void printText(const std::vector<PublishedComparison>& rows, std::ostream& out)
{
    TextTable table;
    table.setLeftAlignedColumns(3);
    table.addRow({"study", "run", "hardware", "reported MWh", "estimated MWh", "Δ", "reported t",
                  "estimated t", "Δ", "planned t", "Δ"});
    table.addSeparator();
    for (const PublishedComparison& c : rows) {
        const double reported = c.reportedCo2e.tonnes();
        table.addRow(
            {c.studyLabel, c.record.name, hardware(c.record), optionalMegawattHours(c.reportedEnergy),
             formatNumber(c.estimatedEnergy.megawattHours(), 4),
             c.reportedEnergy
                 ? formatPercentChange(c.estimatedEnergy.megawattHours(), c.reportedEnergy->megawattHours())
                 : std::string("—"),
             formatNumber(reported, 4), formatNumber(c.estimatedCo2e.tonnes(), 4),
             formatPercentChange(c.estimatedCo2e.tonnes(), reported),
             plannedTonnes(c) ? formatNumber(*plannedTonnes(c), 4) : std::string("—"),
             optionalChange(plannedTonnes(c), reported)});
    }
    out << "Published training footprints and this tool's estimate from the same inputs\n\n"
        << table.render()
        << "\nΔ = (estimate − reported) / reported. Planned: from parameters × tokens at the default MFU.\n";
}

} // namespace

int runPublished(const CliOptions& options, const Catalog& catalog, std::ostream& out)
{
    const std::vector<PublishedComparison> rows = comparePublishedFootprints(catalog);
    if (options.format == OutputFormat::Json) {
        ordered_json doc = documentJson("aicarbon-published", catalog);
        doc["rows"] = ordered_json::array();
        for (const PublishedComparison& c : rows)
            doc["rows"].push_back(rowJson(c));
        out << doc.dump(2) << '\n';
    } else if (options.format == OutputFormat::Csv) {
        printCsv(rows, out);
    } else {
        printText(rows, out);
    }
    return ExitOk;
}

} // namespace aicarbon::cli
