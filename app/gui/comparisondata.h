// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartsupport.h"
#include "figures.h"
#include "scenariopalette.h"

#include <QColor>
#include <QLocale>
#include <QString>

#include <vector>

namespace aicarbon {

class ScenarioDocument;

/// The rows of the comparison table, in display order.
enum class ComparisonMetric
{
    TrainingFlops, ///< FLOP, final run
    DeviceHours, ///< h, final run
    WallClock, ///< h, final run
    Devices, ///< count
    Mfu, ///< fraction
    ItEnergy, ///< kWh, all components
    FacilityEnergy, ///< kWh, all components
    Pue, ///< ratio
    GridIntensity, ///< g/kWh
    OperationalCo2e, ///< kg, location-based, all components
    SearchCo2e, ///< kg, of which the search
    DevelopmentCo2e, ///< kg, of which development
    MarketBasedCo2e, ///< kg
    EmbodiedCo2e, ///< kg
    TotalCo2e, ///< kg, operational + embodied
    Cost, ///< currency
};
inline constexpr int kComparisonMetricCount = static_cast<int>(ComparisonMetric::Cost) + 1;

/// What the comparison table and charts show of one scenario: a copy of its figures, so
/// that views never hold references into the document.
struct ComparisonColumn
{
    QString name;
    QColor color;
    QString error; ///< the first error of an invalid scenario; empty when valid
    ResolvedInputs inputs;
    Figures figures;
    QString currency;

    bool valid() const { return error.isEmpty(); }
};

/// Scenario `index` of `document`, coloured by its slot in `palette`.
ComparisonColumn comparisonColumn(const ScenarioDocument& document, int index, PaletteKind palette);
std::vector<ComparisonColumn> comparisonColumns(const ScenarioDocument& document, PaletteKind palette);

/// The raw value of a metric in its base unit (see ComparisonMetric); 0 when unknown.
double metricValue(const ComparisonColumn& column, ComparisonMetric metric);
/// Whether the metric is known for the column (cost and MFU may be unstated).
bool metricKnown(const ComparisonColumn& column, ComparisonMetric metric);
/// Emissions of one component of a valid scenario, kg; 0 for an invalid one.
double componentKilograms(const ComparisonColumn& column, EmissionComponent component);
/// Translated row label ("Total CO₂e").
QString metricLabel(ComparisonMetric metric);

/// A value with at least six significant digits and at most three decimals, grouped
/// ("552,311", "1,287.46", "0.401"): what tooltips call the exact value.
QString exactNumber(const QLocale& locale, double value);

} // namespace aicarbon
