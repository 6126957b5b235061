// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uncertainty.h"

#include <string>
#include <vector>

namespace aicarbon {

class Catalog;
struct Estimate;
struct Scenario;

/// One file of a reproducibility bundle; `name` is relative to the bundle folder and
/// may contain '/' (sub-folders are created).
struct BundleFile
{
    std::string name;
    std::string contents; ///< bytes, written as is
};

struct BundleInput
{
    std::string projectFileName; ///< e.g. "project.json"
    std::string projectJson; ///< the project document, copied as read
    std::vector<Scenario> scenarios;
    std::vector<Estimate> estimates; ///< one per scenario, same order
    std::string toolVersion;
    /// Intervals of the scenarios (same order), or empty: the table then gets p5/p95 rows
    /// and the methods paragraph states the intervals and how they were computed.
    std::vector<UncertaintyResult> uncertainty;
    UncertaintyOptions uncertaintyOptions;
};

/// The project JSON, table.csv, table.tex, table.md, methods.tex, methods.md and
/// references.bib (every key cited by the methods paragraph).
///
/// Figures need Qt, so they are not made here: the callers append bundleFigures()
/// (app/gui/figurebundle.h) to this list before calling bundleReadme(), which lists them too.
std::vector<BundleFile> bundleFiles(const BundleInput& input, const Catalog& catalog);

/// The command that regenerates the bundle when run in its folder, with the uncertainty
/// options the intervals were computed with: "aicarbon-cli bundle project.json
/// [--uncertainty --draws N --seed S [--no-default-ranges]] --output reproduced".
std::string bundleCommand(const BundleInput& input);

/// README.txt: tool and data version, the command that reproduces the bundle, and
/// what each of `files` holds.
BundleFile bundleReadme(const BundleInput& input, const std::vector<BundleFile>& files);

/// Creates `directory` (and sub-folders) and writes every file atomically. Throws
/// FileError naming the file that could not be written.
void writeBundle(const std::string& directory, const std::vector<BundleFile>& files);

} // namespace aicarbon
