// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>

namespace aicarbon {
class Catalog;
struct Estimate;
struct UncertaintyResult;
} // namespace aicarbon

namespace aicarbon::cli {

/// The per-scenario JSON object of `estimate --format json` (docs/cli.md): name,
/// results (SI-style keys with units in their names), assumptions[], warnings[].
nlohmann::ordered_json estimateToJson(const Estimate& estimate);

/// estimateToJson() of the central estimate with results.uncertainty added: draws,
/// p5/p50/p95/mean per metric, the ranges used, and sensitivity (tornado, Sobol).
nlohmann::ordered_json uncertaintyToJson(const UncertaintyResult& result, std::uint64_t seed);

/// The header of every JSON document the CLI writes: format, version, tool and catalog
/// data versions.
nlohmann::ordered_json documentJson(const char* format, const Catalog& catalog);

} // namespace aicarbon::cli
