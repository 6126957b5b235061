// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisondata.h"

#include "scenariodocument.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace aicarbon {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ComparisonTable", text);
}

QString firstError(const Estimate& e)
{
    const auto error = std::find_if(e.diagnostics.begin(), e.diagnostics.end(),
                                    [](const Diagnostic& d) { return d.severity == Severity::Error; });
    if (error == e.diagnostics.end())
        return {};
    return QString::fromStdString(error->message);
}

} // namespace

ComparisonColumn comparisonColumn(const ScenarioDocument& document, int index, PaletteKind palette)
{
    const Estimate& e = document.estimate(index);
    ComparisonColumn column;
    column.name = QString::fromStdString(document.scenario(index).name);
    if (column.name.isEmpty())
        column.name = QCoreApplication::translate("ComparisonTable", "Scenario %1").arg(index + 1);
    column.color = scenarioColor(document.colorSlot(index), palette);
    column.error = firstError(e);
    column.inputs = e.inputs;
    column.figures = e.figures;
    column.currency = QString::fromStdString(e.currency);
    return column;
}

std::vector<ComparisonColumn> comparisonColumns(const ScenarioDocument& document, PaletteKind palette)
{
    std::vector<ComparisonColumn> columns;
    columns.reserve(static_cast<std::size_t>(document.count()));
    for (int i = 0; i < document.count(); ++i)
        columns.push_back(comparisonColumn(document, i, palette));
    return columns;
}

double metricValue(const ComparisonColumn& c, ComparisonMetric metric)
{
    const Figures& f = c.figures;
    switch (metric) {
    case ComparisonMetric::TrainingFlops:
        return f.trainingFlops;
    case ComparisonMetric::DeviceHours:
        return f.finalRun.deviceTime.hours();
    case ComparisonMetric::WallClock:
        return f.wallClock.hours();
    case ComparisonMetric::Devices:
        return c.inputs.deviceCount;
    case ComparisonMetric::Mfu:
        return f.mfu;
    case ComparisonMetric::ItEnergy:
        return f.total.itEnergy.kilowattHours();
    case ComparisonMetric::FacilityEnergy:
        return f.total.facilityEnergy.kilowattHours();
    case ComparisonMetric::Pue:
        return c.inputs.pue;
    case ComparisonMetric::GridIntensity:
        return c.inputs.intensity.gramsPerKilowattHour();
    case ComparisonMetric::OperationalCo2e:
        return f.total.operational.kilograms();
    case ComparisonMetric::SearchCo2e:
        return f.search.operational.kilograms();
    case ComparisonMetric::DevelopmentCo2e:
        return f.development.operational.kilograms();
    case ComparisonMetric::MarketBasedCo2e:
        return f.total.marketBased.kilograms();
    case ComparisonMetric::EmbodiedCo2e:
        return f.total.embodied.kilograms();
    case ComparisonMetric::TotalCo2e:
        return f.totalEmissions.kilograms();
    case ComparisonMetric::Cost:
        return f.totalCost;
    }
    return 0.0;
}

double componentKilograms(const ComparisonColumn& c, EmissionComponent component)
{
    if (!c.valid())
        return 0.0;
    const Figures& f = c.figures;
    const std::array<double, kEmissionComponentCount> kilograms {
        f.finalRun.operational.kilograms(), f.search.operational.kilograms(),
        f.development.operational.kilograms(), f.total.embodied.kilograms()};
    return kilograms[static_cast<std::size_t>(component)];
}

bool metricKnown(const ComparisonColumn& c, ComparisonMetric metric)
{
    if (!c.valid())
        return false;
    switch (metric) {
    case ComparisonMetric::TrainingFlops:
        return c.figures.trainingFlops > 0.0;
    case ComparisonMetric::Mfu:
        return c.figures.mfu > 0.0;
    case ComparisonMetric::Cost:
        return c.inputs.pricePerDeviceHour > 0.0 || c.inputs.carbonPricePerTonne > 0.0;
    default:
        return true;
    }
}

QString exactNumber(const QLocale& locale, double value)
{
    if (value == 0.0 || !std::isfinite(value))
        return locale.toString(value);
    const int magnitude = static_cast<int>(std::floor(std::log10(std::abs(value))));
    if (magnitude >= 15 || magnitude < -3)
        return locale.toString(value, 'e', 5);
    return locale.toString(value, 'f', std::clamp(5 - magnitude, 0, 3));
}

QString metricLabel(ComparisonMetric metric)
{
    static const std::array<const char*, kComparisonMetricCount> labels {
        QT_TRANSLATE_NOOP("ComparisonTable", "Training compute"),
        QT_TRANSLATE_NOOP("ComparisonTable", "Device-hours (final run)"),
        QT_TRANSLATE_NOOP("ComparisonTable", "Wall-clock time (final run)"),
        QT_TRANSLATE_NOOP("ComparisonTable", "Devices"),
        QT_TRANSLATE_NOOP("ComparisonTable", "MFU"),
        QT_TRANSLATE_NOOP("ComparisonTable", "IT energy"),
        QT_TRANSLATE_NOOP("ComparisonTable", "Facility energy"),
        QT_TRANSLATE_NOOP("ComparisonTable", "PUE"),
        QT_TRANSLATE_NOOP("ComparisonTable", "Grid carbon intensity"),
        QT_TRANSLATE_NOOP("ComparisonTable", "Operational CO₂e (location-based)"),
        QT_TRANSLATE_NOOP("ComparisonTable", "    of which search"),
        QT_TRANSLATE_NOOP("ComparisonTable", "    of which development"),
        QT_TRANSLATE_NOOP("ComparisonTable", "Market-based CO₂e"),
        QT_TRANSLATE_NOOP("ComparisonTable", "Embodied CO₂e"),
        QT_TRANSLATE_NOOP("ComparisonTable", "Total CO₂e"),
        QT_TRANSLATE_NOOP("ComparisonTable", "Cost"),
    };
    return tr(labels[static_cast<std::size_t>(metric)]);
}

} // namespace aicarbon
