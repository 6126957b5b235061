// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>

class QCustomPlot;

namespace aicarbon {

/// `font` `factor` times larger (point or pixel size, whichever it has); factor 1 returns it unchanged.
QFont scaledFont(QFont font, double factor);

/// Sets a plot's pens (plottables, items, axes, grids, legend) and fonts (tick labels, axis
/// labels, legend and its entries, text items and text elements) to `factor` times the
/// view's own values; factor 1 gives exactly the view's own values back.
///
/// The view's own value of each attribute is remembered on the element: a value other than
/// the one applied last was set by the view, and becomes the new own value. Pens are set
/// in absolute widths; fonts derive from the application font, which presentation mode has
/// already scaled by `factor`, so a font first met is divided by `factor`. Call it once
/// when a plot starts to follow, then before each replot.
void applyChartScale(QCustomPlot* plot, double factor);

} // namespace aicarbon
