// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figuredata.h"
#include "figurespec.h"
#include "figurestyle.h"

class QCustomPlot;

// The four figure charts, built into an empty plot whose viewport is the figure's
// logical size. Legend and title are placed afterwards (placeLegendAndTitle).

namespace aicarbon {

/// One bar per scenario of spec.metric, in its scenario colour (hatched in grayscale),
/// named below, its value above.
void buildCompareChart(QCustomPlot* plot, const FigureData& data, const FigureSpec& spec,
                       const FigureStyle& style);
/// Emissions of each scenario stacked by component; components in the legend.
void buildBreakdownChart(QCustomPlot* plot, const FigureData& data, const FigureSpec& spec,
                         const FigureStyle& style);
/// Names the scenarios below their bars (compare, breakdown): on up to three lines in the
/// width of a bar's slot, else upright. After a first layout, which gives that width.
void labelScenarios(QCustomPlot* plot, const FigureData& data, const FigureStyle& style);
/// The lowest-emitting regions for one scenario as horizontal bars, as many as fit.
void buildRegionChart(QCustomPlot* plot, const FigureData& data, const FigureSpec& spec,
                      const FigureStyle& style);
/// Every device: wall-clock time against emissions, the Pareto front named.
void buildDeviceChart(QCustomPlot* plot, const FigureData& data, const FigureSpec& spec,
                      const FigureStyle& style);

} // namespace aicarbon
