// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

namespace aicarbon {
struct Estimate;
}

namespace aicarbon::cli {

/// The per-scenario JSON object of `estimate --format json` (docs/cli.md): name,
/// results (SI-style keys with units in their names), assumptions[], warnings[].
nlohmann::ordered_json estimateToJson(const Estimate& estimate);

} // namespace aicarbon::cli
