// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clioptions.h"

#include <iosfwd>

namespace aicarbon {
class Catalog;
} // namespace aicarbon

namespace aicarbon::cli {

/// `aicarbon-cli published`: the catalog's published training footprints beside the
/// engine's estimate from the same inputs (and the planning-mode estimate where there is
/// one), as a text table, CSV or JSON (docs/cli.md).
int runPublished(const CliOptions& options, const Catalog& catalog, std::ostream& out);

} // namespace aicarbon::cli
