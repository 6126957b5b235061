// SPDX-License-Identifier: GPL-3.0-or-later
#include "sciformat.h"

#include <cstdio>
#include <cstdlib>
#include <utility>

namespace aicarbon {

namespace {

/// {"3.14", 23} for 3.14e23 at three significant digits.
std::pair<std::string, int> parts(double value, int significant)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*e", significant - 1, value);
    const std::string text(buffer);
    const std::size_t e = text.find('e');
    return {text.substr(0, e), std::atoi(text.c_str() + e + 1)};
}

std::string superscript(int exponent)
{
    static const char* const digits[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
    std::string out = exponent < 0 ? "⁻" : "";
    for (const char c : std::to_string(std::abs(exponent)))
        out += digits[c - '0'];
    return out;
}

} // namespace

std::string latexScientific(double value, int significant)
{
    const auto [mantissa, exponent] = parts(value, significant);
    return "$" + mantissa + " \\times 10^{" + std::to_string(exponent) + "}$";
}

std::string unicodeScientific(double value, int significant)
{
    const auto [mantissa, exponent] = parts(value, significant);
    return mantissa + " × 10" + superscript(exponent);
}

} // namespace aicarbon
