// SPDX-License-Identifier: GPL-3.0-or-later
#include "humanunits.h"
#include "numberformat.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace aicarbon::cli {

namespace {
/// Three significant digits with the unit whose scale keeps the number below 1,000.
std::string scaled(double value, const char* const units[], const double scales[], int count)
{
    int i = 0;
    while (i + 1 < count && std::abs(value) >= scales[i + 1])
        ++i;
    return formatGrouped(value / scales[i], 3) + " " + units[i];
}
} // namespace

std::string formatEnergy(Energy energy)
{
    static const char* const units[] = {"kWh", "MWh", "GWh", "TWh"};
    static const double scales[] = {1.0, 1e3, 1e6, 1e9};
    return scaled(energy.kilowattHours(), units, scales, 4);
}

std::string formatMass(Mass mass)
{
    static const char* const units[] = {"g", "kg", "t", "kt", "Mt"};
    static const double scales[] = {1e-3, 1.0, 1e3, 1e6, 1e9};
    if (mass.kilograms() == 0.0)
        return "0 kg";
    return scaled(mass.kilograms(), units, scales, 5);
}

std::string formatDuration(Duration duration)
{
    const double hours = duration.hours();
    if (hours < 1.0)
        return formatGrouped(hours * 60.0, 3) + " min";
    if (hours < 72.0)
        return formatGrouped(hours, 3) + " h";
    if (hours < 2.0 * kHoursPerYear)
        return formatGrouped(duration.days(), 3) + " days";
    return formatGrouped(hours / kHoursPerYear, 3) + " years";
}

std::string formatFlops(double flops)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3g FLOP", flops);
    return buffer;
}

std::string formatCount(double value)
{
    if (std::abs(value) >= 1e9)
        return formatNumber(value, 3);
    if (std::abs(value) >= 100.0 || std::floor(value) == value)
        return formatGrouped(std::round(value),
                             std::max(1, static_cast<int>(std::log10(std::max(1.0, std::abs(value)))) + 1));
    return formatGrouped(value, 3);
}

std::string formatValue(double value)
{
    if (std::floor(value) == value && std::abs(value) < 1e9)
        return formatCount(value);
    return formatNumber(value, 4);
}

std::string formatMoney(double amount, const std::string& currency)
{
    return formatCount(amount) + (currency.empty() ? "" : " " + currency);
}

std::string formatPercentChange(double value, double reference)
{
    if (reference == 0.0)
        return value == 0.0 ? "0%" : "n/a";
    const double change = (value / reference - 1.0) * 100.0;
    if (std::abs(change) < 0.05)
        return "0%";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%+.1f%%", change);
    return buffer;
}

} // namespace aicarbon::cli
