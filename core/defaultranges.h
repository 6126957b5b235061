// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputrange.h"

#include <string>
#include <vector>

namespace aicarbon {

class Catalog;
struct Estimate;
struct Scenario;

/// One uncertain input of an uncertainty run: the scenario's own range or an engine default.
struct RangedInput
{
    std::string pointer; ///< scenario JSON pointer, e.g. "/hardware/mfu"
    std::string name; ///< English label
    double central = 0.0; ///< the value the point estimate uses
    InputRange range;
    bool isDefault = false; ///< supplied by the engine (methodology §13.2)
    std::string source;
};

/// Ranges for the inputs that `resolved` (the estimate of `scenario`) took from a
/// default or the catalog, with their sources (methodology §13.2): MFU, power
/// utilization, host power, grid intensity. Inputs the scenario gives are left alone.
std::vector<RangedInput> defaultRanges(const Scenario& scenario, const Estimate& resolved,
                                       const Catalog& catalog);

} // namespace aicarbon
