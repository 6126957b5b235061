// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportbundle.h"

#include <vector>

namespace aicarbon {

class Catalog;

/// The figures of a reproducibility bundle: figures/compare and figures/breakdown (total
/// emissions, single column, Okabe–Ito, 8 pt) as PDF and SVG, with error bars when the
/// input carries intervals. Creates an offscreen QApplication when none exists (the CLI).
/// Throws FileError when a figure cannot be written.
std::vector<BundleFile> bundleFigures(const BundleInput& input, const Catalog& catalog);

} // namespace aicarbon
