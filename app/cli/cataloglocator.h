// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace aicarbon::cli {

/// Where the shipped catalog is: `explicitPath` if given, else $AICARBON_CATALOG, else
/// <executable dir>/../share/aicarbon/catalog.sqlite (build tree and installed layout
/// alike). Returns the first candidate that exists, or the last one tried.
std::string locateCatalog(const std::string& explicitPath, const char* argv0);

} // namespace aicarbon::cli
