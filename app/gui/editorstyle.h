// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace aicarbon {

/// Secondary text (hints, info lines, default tags): the palette's placeholder colour,
/// so that it stays readable in dark themes too.
void setMutedText(QWidget* widget);

} // namespace aicarbon
