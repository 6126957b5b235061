// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace aicarbon {

/// Up to `significant` significant digits, no trailing zeros, "1e+23" style for
/// very large or small magnitudes; locale-independent ('.' decimal point).
std::string formatNumber(double value, int significant = 6);

/// Rounds to `significant` digits and groups thousands with ',' ("1,287,000"); falls
/// back to scientific notation at 1e15 and above.
std::string formatGrouped(double value, int significant = 4);

} // namespace aicarbon
