// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

// Scientific notation for reports: m × 10^e with `significant` digits in the mantissa.

namespace aicarbon {

/// "$3.14 \times 10^{23}$" (LaTeX math).
std::string latexScientific(double value, int significant = 3);

/// "3.14 × 10²³" (Unicode superscripts, for Markdown and plain text).
std::string unicodeScientific(double value, int significant = 3);

} // namespace aicarbon
