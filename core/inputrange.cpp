// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputrange.h"

namespace aicarbon {

namespace {

constexpr std::pair<Distribution, std::string_view> kNames[] = {
    {Distribution::Uniform, "uniform"},
    {Distribution::Triangular, "triangular"},
    {Distribution::Normal, "normal"},
    {Distribution::Lognormal, "lognormal"},
};

} // namespace

std::string_view toString(Distribution distribution)
{
    for (const auto& [value, name] : kNames) {
        if (value == distribution)
            return name;
    }
    return "uniform";
}

std::optional<Distribution> distributionFromString(std::string_view name)
{
    for (const auto& [value, text] : kNames) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

} // namespace aicarbon
