// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioptions.h"

#include <charconv>
#include <limits>
#include <set>

namespace aicarbon::cli {

namespace {

std::optional<std::string> parseFormat(const std::string& value, OutputFormat& format)
{
    if (value == "text")
        format = OutputFormat::Text;
    else if (value == "json")
        format = OutputFormat::Json;
    else if (value == "csv")
        format = OutputFormat::Csv;
    else if (value == "latex" || value == "tex")
        format = OutputFormat::Latex;
    else if (value == "markdown" || value == "md")
        format = OutputFormat::Markdown;
    else
        return "--format expects text, json, csv, latex or markdown, found '" + value + "'";
    return std::nullopt;
}

std::optional<std::string> parseTop(const std::string& value, std::optional<int>& top)
{
    int n = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc() || end != value.data() + value.size() || n < 1)
        return "--top expects a positive whole number, found '" + value + "'";
    top = n;
    return std::nullopt;
}

/// A whole number in [minimum, maximum] for --draws and --seed.
std::optional<std::string> parseWhole(const std::string& name, const std::string& value,
                                      std::uint64_t minimum, std::uint64_t maximum,
                                      std::optional<std::uint64_t>& out)
{
    std::uint64_t n = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc() || end != value.data() + value.size() || n < minimum || n > maximum)
        return name + " expects a whole number from " + std::to_string(minimum) + " to "
            + std::to_string(maximum) + ", found '" + value + "'";
    out = n;
    return std::nullopt;
}

/// Handles one option that takes a value; `value` is the next argument.
std::optional<std::string> applyValueOption(const std::string& name, const std::string& value, CliOptions& o)
{
    if (name == "--format")
        return parseFormat(value, o.format);
    if (name == "--over") {
        if (value != "region" && value != "device")
            return "--over expects region or device, found '" + value + "'";
        o.over = value;
    } else if (name == "--top") {
        return parseTop(value, o.top);
    } else if (name == "--draws") {
        return parseWhole(name, value, 2, 10'000'000, o.draws);
    } else if (name == "--seed") {
        return parseWhole(name, value, 0, std::numeric_limits<std::uint64_t>::max(), o.seed);
    } else if (name == "--search") {
        o.search = value;
    } else if (name == "--catalog") {
        o.catalogPath = value;
    } else if (name == "--user-catalog") {
        o.userCatalogPath = value;
    } else if (name == "--output") {
        o.output = value;
    } else if (name == "--bib") {
        o.bib = value;
    }
    return std::nullopt;
}

/// report, methods and bundle: formats they write, one project, a folder for bundle.
std::optional<std::string> checkReportOptions(const CliOptions& o)
{
    const bool text = o.format == OutputFormat::Latex || o.format == OutputFormat::Markdown;
    if (text && o.command != "report" && o.command != "methods")
        return o.command + " writes --format text, json or csv";
    if (o.command == "report" && !text && o.format != OutputFormat::Csv && o.format != OutputFormat::Text)
        return std::string("report writes --format csv, latex or markdown");
    if (o.command == "methods" && !text && o.format != OutputFormat::Text)
        return std::string("methods writes --format tex or md");
    if (o.command == "bundle" && o.output.empty())
        return std::string("bundle needs --output FOLDER");
    if (o.command == "bundle" && o.arguments.size() != 1)
        return std::string("bundle expects exactly one project file");
    if (!o.bib.empty() && o.command != "methods")
        return std::string("--bib applies to methods only");
    return std::nullopt;
}

} // namespace

std::optional<std::string> parseOptions(int argc, char** argv, CliOptions& o)
{
    static const std::set<std::string> valueOptions {"--format",  "--over",         "--top",   "--search",
                                                     "--catalog", "--user-catalog", "--draws", "--seed",
                                                     "--output",  "--bib"};
    static const std::set<std::string> commands {"estimate", "compare", "sweep",  "catalog",  "validate",
                                                 "report",   "methods", "bundle", "published"};
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        std::string value;
        bool inlineValue = false;
        if (const auto eq = arg.find('='); arg.starts_with("--") && eq != std::string::npos) {
            value = arg.substr(eq + 1);
            arg = arg.substr(0, eq);
            inlineValue = true;
        }
        if (arg == "--help" || arg == "-h") {
            o.help = true;
        } else if (arg == "--version") {
            o.version = true;
        } else if (arg == "--uncertainty") {
            o.uncertainty = true;
        } else if (arg == "--no-default-ranges") {
            o.defaultRanges = false;
        } else if (valueOptions.contains(arg)) {
            if (!inlineValue) {
                if (i + 1 >= argc)
                    return arg + " needs a value";
                value = argv[++i];
            }
            if (auto problem = applyValueOption(arg, value, o))
                return problem;
        } else if (arg.starts_with("-") && arg != "-") {
            return "unknown option '" + arg + "'";
        } else if (o.command.empty()) {
            if (!commands.contains(arg))
                return "unknown command '" + arg + "'";
            o.command = arg;
        } else {
            o.arguments.push_back(arg);
        }
    }
    if (o.help || o.version)
        return std::nullopt;
    if (o.command.empty())
        return std::string("no command given");
    if (o.command == "catalog") {
        if (o.arguments.size() != 1
            || (o.arguments[0] != "devices" && o.arguments[0] != "regions"
                && o.arguments[0] != "cloud-regions" && o.arguments[0] != "models"))
            return std::string("catalog expects one of devices, regions, cloud-regions, models");
    } else if (o.command == "published") {
        if (!o.arguments.empty())
            return std::string("published takes no files");
        if (o.format != OutputFormat::Text && o.format != OutputFormat::Json && o.format != OutputFormat::Csv)
            return std::string("published writes --format text, json or csv");
    } else if (o.arguments.empty()) {
        return o.command + " expects at least one scenario or project file";
    }
    if (o.command == "sweep" && o.over.empty())
        return std::string("sweep needs --over region or --over device");
    if (o.command == "sweep" && o.arguments.size() != 1)
        return std::string("sweep expects exactly one scenario file");
    return checkReportOptions(o);
}

std::string usage()
{
    return R"(Usage: aicarbon-cli COMMAND [OPTIONS] [FILE...]

Plan the time, energy, carbon (CO2e) and cost of a machine-learning training run
before launching it. Works offline.

Commands:
  estimate FILE...         Estimate every scenario in the files
  compare FILE...          Side by side, with the difference to the first scenario
  sweep FILE --over region|device [--top N]
                           The same scenario in every region (or on every device)
                           of the catalog, ranked by total emissions
  catalog devices|regions|cloud-regions|models [--search TEXT]
                           List the reference catalog
  validate FILE...         Check files only
  published                Published training footprints (Strubell, Patterson,
                           BLOOM, Llama 2) beside this tool's estimate from the
                           same inputs, with the difference in %
  report FILE... [--format csv|latex|markdown] [--output FILE]
                           The comparison table for a paper (default markdown)
  methods FILE... [--format tex|md] [--bib FILE.bib] [--output FILE]
                           A methods paragraph citing every source (default md)
  bundle PROJECT --output FOLDER
                           A reproducibility folder: project, tables, methods,
                           references.bib and README.txt
  figure FILE --chart compare|breakdown|regions|devices --output OUT.pdf|.svg|.png
                           A figure for a paper (see 'aicarbon-cli figure --help')

Options:
  --format text|json|csv|latex|markdown
                           Output format (default text)
  --output PATH            Write to a file (report, methods) or folder (bundle)
  --bib FILE.bib           methods: also write the cited sources as BibTeX
  --top N                  Keep the N best rows (sweep, catalog)
  --search TEXT            Case- and accent-insensitive filter (catalog)
  --uncertainty            90% intervals, tornado and Sobol sensitivity from the
                           scenario's ranges and the default ranges (estimate,
                           compare; report adds p5 and p95 rows; methods and
                           bundle state the intervals and how they were computed)
  --draws N                Monte Carlo draws with --uncertainty (default 10000)
  --seed S                 Random seed with --uncertainty (default 20191)
  --no-default-ranges      With --uncertainty: only the ranges the scenario gives,
                           none for the engine's defaults (methodology 13.2)
  --catalog PATH           Use another catalog file
  --user-catalog PATH      Overlay your own devices and regions (SQLite file)
  --version                Print the version and the catalog data version
  --help                   Show this help

Files are JSON scenarios ("format": "aicarbon-scenario") or projects
("format": "aicarbon-project"); see docs/scenario-format.md.

Exit codes: 0 ok, 1 usage, 2 bad input file (or unreadable catalog),
3 unknown catalog id.
)";
}

} // namespace aicarbon::cli
