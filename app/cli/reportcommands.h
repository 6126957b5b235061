// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clioptions.h"
#include "reportbundle.h"

#include <functional>
#include <iosfwd>
#include <vector>

namespace aicarbon {
class Catalog;
}

namespace aicarbon::cli {

/// report (comparison table), methods (paragraph and .bib) and bundle (reproducibility
/// folder). Returns an ExitCode.
int runReportCommand(const CliOptions& options, const Catalog& catalog, std::ostream& out, std::ostream& err);

/// Files a bundle adds from code that needs Qt (the figures); the aicarbon-cli executable
/// sets it, this Qt-free library does not. May throw FileError.
using BundleFigures =
    std::function<std::vector<BundleFile>(const BundleInput& input, const Catalog& catalog)>;
void setBundleFigures(BundleFigures figures);

} // namespace aicarbon::cli
