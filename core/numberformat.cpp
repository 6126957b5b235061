// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberformat.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace aicarbon {

std::string formatNumber(double value, int significant)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*g", significant, value);
    return buffer;
}

std::string formatGrouped(double value, int significant)
{
    if (!std::isfinite(value) || std::abs(value) >= 1e15)
        return formatNumber(value, significant);
    const double magnitude = value == 0.0 ? 0.0 : std::floor(std::log10(std::abs(value)));
    const int decimals = std::max(0, significant - 1 - static_cast<int>(magnitude));
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    const std::string digits(buffer);
    const std::size_t point = std::min(digits.find('.'), digits.size());
    const std::size_t start = digits[0] == '-' ? 1 : 0;
    std::string grouped = digits.substr(0, start);
    for (std::size_t i = start; i < point; ++i) {
        if (i > start && (point - i) % 3 == 0)
            grouped += ',';
        grouped += digits[i];
    }
    return grouped + digits.substr(point);
}

} // namespace aicarbon
