// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string_view>

namespace aicarbon {

struct Scenario;

/// The numeric input of `scenario` at a JSON pointer such as "/hardware/mfu" (the
/// scenario-format key path), or nullptr when the pointer names no numeric input.
std::optional<double>* numericInput(Scenario& scenario, std::string_view pointer);

} // namespace aicarbon
