// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string_view>

namespace aicarbon {

/// Shape of an input's uncertainty between its low and high bounds (methodology §13).
enum class Distribution
{
    Uniform, ///< flat on [low, high]
    Triangular, ///< mode = the central value
    Normal, ///< mean = central, σ = (high − low)/3.29, truncated at low and high
    Lognormal, ///< median = central, low and high the 5% and 95% quantiles (low > 0)
};

/// The range of one numeric scenario input; the central value stays in the input's own field.
struct InputRange
{
    double low = 0.0;
    double high = 0.0;
    Distribution distribution = Distribution::Uniform;

    bool operator==(const InputRange&) const = default;
};

/// "uniform", "triangular", "normal" or "lognormal".
std::string_view toString(Distribution distribution);
/// The distribution named `name` (the file format's spelling), or nullopt.
std::optional<Distribution> distributionFromString(std::string_view name);

} // namespace aicarbon
