// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace aicarbon {

struct Estimate;
struct UncertaintyResult;

/// One metric of the comparison table: a value per scenario in `unit`.
struct ReportRow
{
    std::string key; ///< stable, e.g. "total_co2e"
    std::string label; ///< English, "CO2" written plainly ("Total CO2e")
    std::string unit; ///< "t", "MWh", "FLOP"; empty for counts and ratios
    std::vector<std::optional<double>> values; ///< nullopt = unknown or not applicable
    bool scientific = false; ///< shown as m × 10^e (FLOPs)
    bool integer = false; ///< shown exactly (device counts)
    bool indented = false; ///< a part of the row above ("of which search")
};

/// The comparison table of a project: rows are metrics (the GUI compare table's order),
/// columns are scenarios. Invalid scenarios have no values.
struct ReportTable
{
    std::vector<std::string> scenarios;
    std::vector<ReportRow> rows;
    std::string dataVersion; ///< of the first estimate
};

/// Builds the table: compute (FLOP), device-hours and wall-clock of the final run (h),
/// devices, MFU, IT and facility energy (MWh), PUE, grid intensity (gCO2e/kWh),
/// operational (of which search, development), market-based, embodied and total CO2e
/// (t), and cost (the scenarios' currency).
ReportTable reportTable(const std::vector<Estimate>& estimates);

/// Extension point for uncertainty: adds "p5" and "p95" rows after wall-clock,
/// facility energy, market-based and total CO2e and cost, from one result per column
/// (same order as the table's scenarios).
void addIntervals(ReportTable& table, const std::vector<UncertaintyResult>& results);

} // namespace aicarbon
