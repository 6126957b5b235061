// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clioptions.h"
#include "uncertainty.h"

#include <iosfwd>

namespace aicarbon {
class Catalog;
} // namespace aicarbon

namespace aicarbon::cli {

enum ExitCode
{
    ExitOk = 0,
    ExitUsage = 1,
    ExitBadInput = 2,
    ExitUnknownId = 3
};

/// Monte Carlo options from --draws, --seed and --no-default-ranges (methodology §13).
UncertaintyOptions uncertaintyOptions(const CliOptions& options);

/// Runs one parsed command; results go to `out`, diagnostics to `err`.
int runCommand(const CliOptions& options, const Catalog& catalog, std::ostream& out, std::ostream& err);

} // namespace aicarbon::cli
