// SPDX-License-Identifier: GPL-3.0-or-later
#include "precision.h"

namespace aicarbon {

namespace {
constexpr std::array<std::string_view, kPrecisionCount> kNames {"fp64", "fp32", "tf32", "bf16",
                                                                "fp16", "fp8",  "int8"};
}

std::string_view toString(Precision precision)
{
    return kNames[static_cast<std::size_t>(precision)];
}

std::optional<Precision> precisionFromString(std::string_view text)
{
    for (std::size_t i = 0; i < kNames.size(); ++i) {
        if (kNames[i] == text)
            return kAllPrecisions[i];
    }
    return std::nullopt;
}

} // namespace aicarbon
