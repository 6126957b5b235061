// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimate.h"
#include "scenario.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace aicarbon {
class Catalog;
}

namespace aicarbon::cli {

struct Loaded
{
    std::vector<Scenario> scenarios;
    int exitCode = 0; ///< ExitOk, or ExitBadInput when a file could not be used
};

/// Reads scenario and project files; their diagnostics go to `err`.
Loaded loadFiles(const std::vector<std::string>& files, std::ostream& err);

/// Reports estimate diagnostics to `err`; returns the exit code they imply.
int reportDiagnostics(const Estimate& e, std::ostream& err);

/// Estimates every scenario; `exitCode` becomes the worst code of their diagnostics.
std::vector<Estimate> estimateAll(const std::vector<Scenario>& scenarios, const Catalog& catalog,
                                  int& exitCode, std::ostream& err);

} // namespace aicarbon::cli
