// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace aicarbon {

struct ReportTable;

/// RFC 4180 CSV: "key,metric,unit,<scenario>..." then one line per row; values in the
/// row's unit at full precision (shortest text that reads back to the same double),
/// unknown values empty. "\r\n" line ends are not used: "\n", like data/*.csv.
std::string tableToCsv(const ReportTable& table);

struct LatexTableOptions
{
    std::string caption; ///< empty: "Estimated footprint of each scenario (...)"
    std::string label = "tab:aicarbon-comparison";
};

/// A booktabs table (\toprule, \midrule, \bottomrule) in a table float: metric with
/// its unit in the first column, one right-aligned column per scenario, values to three
/// significant digits (FLOPs as m × 10^e, device counts exact), "--" when unknown.
/// Scenario names are LaTeX-escaped. Needs \usepackage{booktabs}.
std::string tableToLatex(const ReportTable& table, const LatexTableOptions& options = {});

/// A GitHub pipe table with right-aligned scenario columns, same rounding as LaTeX,
/// "—" when unknown.
std::string tableToMarkdown(const ReportTable& table);

} // namespace aicarbon
