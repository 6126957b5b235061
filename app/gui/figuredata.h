// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comparisondata.h"
#include "figurespec.h"
#include "sweep.h"
#include "uncertainty.h"

#include <QString>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace aicarbon {

/// What a figure shows, copied out of the document so that the GUI export and the CLI
/// draw from the same values: every scenario for compare and breakdown, or one
/// scenario's region or device sweep.
struct FigureData
{
    std::vector<ComparisonColumn> columns; ///< compare, breakdown: in document order
    std::vector<int> colorSlots; ///< the stable colour slot of each column
    Sweep sweep; ///< regions: ranked, lowest first; devices: catalog order
    std::vector<std::size_t> shown; ///< regions: the points drawn; devices: the Pareto front
    std::string currentId; ///< the swept scenario's own region or device
    QString scenarioName; ///< regions, devices: the swept scenario
    int scenarioSlot = 0;
    /// compare, breakdown: the 90% intervals of each column, drawn as error bars; empty or
    /// nullopt: none.
    std::vector<std::optional<std::array<Interval, kMetricCount>>> intervals;
};

/// The data of `spec.chart` from a document (with its catalog). For regions and devices,
/// `spec.scenario` must be a valid index.
FigureData figureData(const ScenarioDocument& document, const FigureSpec& spec);

/// Adds the columns' intervals (same order; null: none) for error bars. Results without
/// any ranged input add nothing.
void setFigureIntervals(FigureData& data, const std::vector<const UncertaintyResult*>& results);

} // namespace aicarbon
