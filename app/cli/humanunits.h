// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "units.h"

#include <string>

// English, locale-independent renderings with a sensible unit for the magnitude.

namespace aicarbon::cli {

std::string formatEnergy(Energy energy); ///< "954 kWh", "1.51 MWh", "1.29 GWh"
std::string formatMass(Mass mass); ///< "652 kg", "552 t", "1.2 kt"
std::string formatDuration(Duration duration); ///< "79.2 h", "14.8 days", "3.1 years"
std::string formatFlops(double flops); ///< "3.15e+23 FLOP"
std::string formatCount(double value); ///< "5,069", "64", "0.213", "3.15e+23"
/// A plain value for listings: whole numbers grouped, others with 4 significant digits.
std::string formatValue(double value);
std::string formatMoney(double amount, const std::string& currency);
std::string formatPercentChange(double value, double reference); ///< "+12.3%", "−5.0%", "0%"

} // namespace aicarbon::cli
