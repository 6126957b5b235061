// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <iosfwd>
#include <memory>
#include <string>

namespace aicarbon {
class Catalog;
}

namespace aicarbon::cli {

/// Where the shipped catalog is: `explicitPath` if given, else $AICARBON_CATALOG, else
/// <executable dir>/../share/aicarbon/catalog.sqlite (build tree and installed layout
/// alike). Returns the first candidate that exists, or the last one tried.
std::string locateCatalog(const std::string& explicitPath, const char* argv0);

/// Opens the catalog locateCatalog() finds, with the user catalog `userCatalogPath`
/// overlaid when not empty (created if missing). On failure prints why to `err` and
/// returns null (exit code 2).
std::unique_ptr<Catalog> openCatalog(const std::string& explicitPath, const std::string& userCatalogPath,
                                     const char* argv0, std::ostream& err);

} // namespace aicarbon::cli
