// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace aicarbon::cli {

enum class OutputFormat
{
    Text,
    Json,
    Csv,
    Latex, ///< report, methods: "latex" or "tex"
    Markdown ///< report, methods: "markdown" or "md"
};

struct CliOptions
{
    std::string command; ///< estimate | compare | sweep | catalog | validate | report | methods | bundle
    std::vector<std::string> arguments; ///< files, or the catalog table
    OutputFormat format = OutputFormat::Text;
    std::string over; ///< sweep: region | device
    std::optional<int> top;
    std::string search; ///< catalog --search
    std::string catalogPath; ///< --catalog
    std::string userCatalogPath; ///< --user-catalog
    std::string output; ///< --output: a file (report, methods) or a folder (bundle); empty = stdout
    std::string bib; ///< --bib: methods also writes the cited sources as BibTeX
    bool help = false;
    bool version = false;
    bool uncertainty = false; ///< --uncertainty: Monte Carlo ranges (methodology §13)
    bool defaultRanges = true; ///< --no-default-ranges: only the scenario's own ranges
    std::optional<std::uint64_t> draws; ///< --draws N
    std::optional<std::uint64_t> seed; ///< --seed S
};

/// Parses argv. Returns an English error message for bad usage, or nullopt.
std::optional<std::string> parseOptions(int argc, char** argv, CliOptions& options);

/// The --help text.
std::string usage();

} // namespace aicarbon::cli
