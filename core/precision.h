// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace aicarbon {

/// Numeric precision of the training arithmetic; selects the device's dense peak.
enum class Precision
{
    Fp64,
    Fp32,
    Tf32,
    Bf16,
    Fp16,
    Fp8,
    Int8,
};

inline constexpr std::size_t kPrecisionCount = 7;
inline constexpr std::array<Precision, kPrecisionCount> kAllPrecisions {
    Precision::Fp64, Precision::Fp32, Precision::Tf32, Precision::Bf16,
    Precision::Fp16, Precision::Fp8,  Precision::Int8,
};

/// The file and catalog spelling: "fp64", "fp32", "tf32", "bf16", "fp16", "fp8", "int8".
std::string_view toString(Precision precision);
/// Parses the spelling above (exact, lower case); nullopt for anything else.
std::optional<Precision> precisionFromString(std::string_view text);

} // namespace aicarbon
