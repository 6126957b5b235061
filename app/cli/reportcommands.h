// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clioptions.h"

#include <iosfwd>

namespace aicarbon {
class Catalog;
}

namespace aicarbon::cli {

/// report (comparison table), methods (paragraph and .bib) and bundle (reproducibility
/// folder). Returns an ExitCode.
int runReportCommand(const CliOptions& options, const Catalog& catalog, std::ostream& out, std::ostream& err);

} // namespace aicarbon::cli
