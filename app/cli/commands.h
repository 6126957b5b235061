// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clioptions.h"

#include <iosfwd>

namespace aicarbon {
class Catalog;
struct Estimate;
} // namespace aicarbon

namespace aicarbon::cli {

enum ExitCode
{
    ExitOk = 0,
    ExitUsage = 1,
    ExitBadInput = 2,
    ExitUnknownId = 3
};

/// Prints an estimate's diagnostics as "SCENARIO: error|warning: PATH: MESSAGE"; returns
/// the exit code they imply (3 for an unknown catalog id, 2 for other errors, else 0).
int reportDiagnostics(const Estimate& e, std::ostream& err);

/// Runs one parsed command; results go to `out`, diagnostics to `err`.
int runCommand(const CliOptions& options, const Catalog& catalog, std::ostream& out, std::ostream& err);

} // namespace aicarbon::cli
