// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbundle.h"
#include "bibliography.h"
#include "estimate.h"
#include "methodstext.h"
#include "reporttable.h"
#include "reportwriters.h"
#include "textfile.h"

#include <filesystem>
#include <system_error>

namespace aicarbon {

namespace {

std::string describe(const std::string& name)
{
    if (name == "table.csv")
        return "comparison table, plain numbers at full precision";
    if (name == "table.tex")
        return "comparison table for LaTeX (booktabs)";
    if (name == "table.md")
        return "comparison table in Markdown";
    if (name == "methods.tex")
        return "methods paragraph for LaTeX (\\cite keys in references.bib)";
    if (name == "methods.md")
        return "methods paragraph in Markdown ([key] citations)";
    if (name == "references.bib")
        return "BibTeX entry of every cited paper and data source";
    if (name.ends_with(".json"))
        return "the project, as it was read";
    if (name.starts_with("figures/compare."))
        return "figure: total CO2e per scenario (error bars: 90% intervals, when computed)";
    if (name.starts_with("figures/breakdown."))
        return "figure: CO2e per scenario by component (final run, search, development, embodied)";
    return "figure";
}

} // namespace

std::vector<BundleFile> bundleFiles(const BundleInput& input, const Catalog& catalog)
{
    ReportTable table = reportTable(input.estimates);
    if (!input.uncertainty.empty())
        addIntervals(table, input.uncertainty);
    MethodsOptions options(TextFormat::Latex, input.toolVersion);
    options.uncertainty = input.uncertainty;
    options.uncertaintyOptions = input.uncertaintyOptions;
    const MethodsText latex = methodsText(input.estimates, input.scenarios, catalog, options);
    options.format = TextFormat::Markdown;
    const MethodsText markdown = methodsText(input.estimates, input.scenarios, catalog, options);
    return {{input.projectFileName, input.projectJson},
            {"table.csv", tableToCsv(table)},
            {"table.tex", tableToLatex(table)},
            {"table.md", tableToMarkdown(table)},
            {"methods.tex", latex.text},
            {"methods.md", markdown.text},
            {"references.bib", bibliography(latex.citations, catalog)}};
}

std::string bundleCommand(const BundleInput& input)
{
    std::string command = "aicarbon-cli bundle " + input.projectFileName;
    if (!input.uncertainty.empty()) {
        const UncertaintyOptions& o = input.uncertaintyOptions;
        command += " --uncertainty --draws " + std::to_string(o.draws) + " --seed " + std::to_string(o.seed)
            + (o.includeDefaultRanges ? "" : " --no-default-ranges");
    }
    return command + " --output reproduced";
}

BundleFile bundleReadme(const BundleInput& input, const std::vector<BundleFile>& files)
{
    std::string text = "Reproducibility bundle written by AI Carbon Planner " + input.toolVersion + "\n"
        + "Catalog data version: "
        + (input.estimates.empty() ? std::string("unknown") : input.estimates.front().dataVersion) + "\n\n"
        + "To reproduce, from this folder:\n  " + bundleCommand(input)
        + "\nThe same tool and data versions write identical files (PDF figures differ only in\n"
          "their creation date).\n\nFiles:\n";
    for (const BundleFile& file : files)
        text += "  " + file.name + ": " + describe(file.name) + "\n";
    return {"README.txt", text};
}

void writeBundle(const std::string& directory, const std::vector<BundleFile>& files)
{
    for (const BundleFile& file : files) {
        const std::filesystem::path path = std::filesystem::path(directory) / file.name;
        std::error_code error;
        std::filesystem::create_directories(path.parent_path(), error);
        if (error)
            throw FileError("cannot create " + path.parent_path().string() + ": " + error.message());
        writeFileAtomically(path.string(), file.contents);
    }
}

} // namespace aicarbon
