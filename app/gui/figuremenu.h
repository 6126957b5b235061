// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontext.h"
#include "figurespec.h"

#include <functional>

class QCustomPlot;

namespace aicarbon {

/// Gives a live chart a context menu with "Export Figure…", which opens the export
/// dialog preset by `preset()` (called when the menu is used: the chart kind, metric and
/// scenario the chart shows then).
void installFigureExportMenu(QCustomPlot* plot, const AppContext& context,
                             std::function<FigureSpec()> preset);

} // namespace aicarbon
