// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommands.h"
#include "bibliography.h"
#include "commands.h"
#include "methodstext.h"
#include "reportbundle.h"
#include "reporttable.h"
#include "reportwriters.h"
#include "scenarioloading.h"
#include "textfile.h"
#include "uncertainty.h"

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <ostream>

namespace aicarbon::cli {

namespace {

struct Project
{
    std::vector<Scenario> scenarios;
    std::vector<Estimate> estimates;
    int exitCode = ExitOk;
};

Project loadProject(const CliOptions& o, const Catalog& catalog, std::ostream& err)
{
    Project p;
    Loaded loaded = loadFiles(o.arguments, err);
    p.exitCode = loaded.exitCode;
    if (p.exitCode != ExitOk)
        return p;
    p.scenarios = std::move(loaded.scenarios);
    p.estimates = estimateAll(p.scenarios, catalog, p.exitCode, err);
    return p;
}

/// Writes `text` to --output (atomically) or to `out`.
int emit(const std::string& path, const std::string& text, std::ostream& out, std::ostream& err)
{
    if (path.empty()) {
        out << text;
        return ExitOk;
    }
    try {
        writeFileAtomically(path, text);
    } catch (const FileError& e) {
        err << e.what() << '\n';
        return ExitBadInput;
    }
    return ExitOk;
}

UncertaintyOptions intervalOptions(const CliOptions& o)
{
    UncertaintyOptions options = uncertaintyOptions(o);
    options.sobolSamples = 0; // only the intervals are reported
    return options;
}

/// The intervals of every scenario with --uncertainty, else none.
std::vector<UncertaintyResult> projectIntervals(const CliOptions& o, const Project& p, const Catalog& catalog)
{
    std::vector<UncertaintyResult> results;
    for (std::size_t i = 0; o.uncertainty && i < p.scenarios.size(); ++i)
        results.push_back(propagate(p.scenarios[i], catalog, intervalOptions(o)));
    return results;
}

BundleFigures& bundleFigures()
{
    static BundleFigures figures;
    return figures;
}

int runReport(const CliOptions& o, const Catalog& catalog, std::ostream& out, std::ostream& err)
{
    const Project p = loadProject(o, catalog, err);
    if (p.exitCode != ExitOk)
        return p.exitCode;
    ReportTable table = reportTable(p.estimates);
    if (o.uncertainty)
        addIntervals(table, projectIntervals(o, p, catalog));
    const std::string text = o.format == OutputFormat::Csv ? tableToCsv(table)
        : o.format == OutputFormat::Latex                  ? tableToLatex(table)
                                                           : tableToMarkdown(table);
    return emit(o.output, text, out, err);
}

int runMethods(const CliOptions& o, const Catalog& catalog, std::ostream& out, std::ostream& err)
{
    const Project p = loadProject(o, catalog, err);
    if (p.exitCode != ExitOk)
        return p.exitCode;
    MethodsOptions options(o.format == OutputFormat::Latex ? TextFormat::Latex : TextFormat::Markdown,
                           AICARBON_VERSION);
    options.uncertainty = projectIntervals(o, p, catalog);
    options.uncertaintyOptions = intervalOptions(o);
    const MethodsText methods = methodsText(p.estimates, p.scenarios, catalog, options);
    if (!o.bib.empty()) {
        if (const int code = emit(o.bib, bibliography(methods.citations, catalog), out, err); code != ExitOk)
            return code;
    }
    return emit(o.output, methods.text, out, err);
}

int runBundle(const CliOptions& o, const Catalog& catalog, std::ostream& out, std::ostream& err)
{
    Project p = loadProject(o, catalog, err);
    if (p.exitCode != ExitOk)
        return p.exitCode;
    const std::string fileName = std::filesystem::path(o.arguments.front()).filename().string();
    try {
        std::vector<UncertaintyResult> intervals = projectIntervals(o, p, catalog);
        BundleInput input {fileName,
                           readTextFile(o.arguments.front()),
                           std::move(p.scenarios),
                           std::move(p.estimates),
                           AICARBON_VERSION,
                           std::move(intervals),
                           intervalOptions(o)};
        std::vector<BundleFile> files = bundleFiles(input, catalog);
        if (bundleFigures())
            std::ranges::move(bundleFigures()(input, catalog), std::back_inserter(files));
        files.push_back(bundleReadme(input, files));
        writeBundle(o.output, files);
        out << "wrote " << files.size() << " files to " << o.output << '\n';
    } catch (const FileError& e) {
        err << e.what() << '\n';
        return ExitBadInput;
    }
    return ExitOk;
}

} // namespace

void setBundleFigures(BundleFigures figures)
{
    bundleFigures() = std::move(figures);
}

int runReportCommand(const CliOptions& o, const Catalog& catalog, std::ostream& out, std::ostream& err)
{
    if (o.command == "report")
        return runReport(o, catalog, out, err);
    if (o.command == "methods")
        return runMethods(o, catalog, out, err);
    return runBundle(o, catalog, out, err);
}

} // namespace aicarbon::cli
