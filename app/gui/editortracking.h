// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace aicarbon {

struct ChangeEvent;

/// The index the current scenario has after `event`, in a document that now holds
/// `count` scenarios; -1 when there is none. Views that show one scenario use it to keep
/// showing the same one across inserts, removals and moves.
int followScenario(int current, const ChangeEvent& event, int count);

} // namespace aicarbon
