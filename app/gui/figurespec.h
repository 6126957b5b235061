// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenariopalette.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace aicarbon {

/// The charts a figure can show.
enum class FigureChart
{
    Compare, ///< one bar per scenario of the chosen metric
    Breakdown, ///< emissions of each scenario stacked by component
    Regions, ///< one scenario moved to each region, ranked by emissions
    Devices ///< one scenario on each device: time against emissions, with the Pareto front
};

/// The quantity of a compare figure.
enum class FigureMetric
{
    Emissions,
    Energy,
    Time,
    Cost
};

enum class LegendPosition
{
    Top,
    Right,
    None
};

/// A physical figure size, millimetres.
struct FigureSize
{
    double widthMm = 89.0;
    double heightMm = 60.0;
};

/// Everything that decides how a figure looks, independent of the data: what the export
/// dialog edits and what `aicarbon-cli figure` parses. Sizes are physical so that a font
/// of `fontPoints` is that many points on paper in every format.
struct FigureSpec
{
    FigureChart chart = FigureChart::Compare;
    FigureMetric metric = FigureMetric::Emissions;
    FigureSize size;
    int dpi = 600; ///< PNG only: pixels = size × dpi
    QString fontFamily = QStringLiteral("DejaVu Sans");
    double fontPoints = 8.0;
    PaletteKind palette = PaletteKind::OkabeIto;
    QString title; ///< empty: no title
    LegendPosition legend = LegendPosition::Top;
    QString unit; ///< axis unit ("t", "MWh", "days", …); empty: automatic
    int scenario = 0; ///< regions and devices: the scenario swept (0-based)
    int regionCount = 15; ///< regions: the N lowest-emitting regions shown
};

/// The default spec of a chart in a palette; `scenario` for regions and devices.
FigureSpec figureSpecFor(FigureChart chart, PaletteKind palette, int scenario = 0);

inline constexpr double kMillimetresPerInch = 25.4;
inline constexpr double kPointsPerInch = 72.0;

/// A named layout: single column 89 mm, 1.5 column 120 mm, double column 183 mm, slide 16:9.
struct FigurePreset
{
    QString name; ///< "single", "1.5", "double", "slide"
    FigureSize size;
};
const std::vector<FigurePreset>& figurePresets();

/// "89x60mm", "3.5x2.5in", or a preset name. English message on error.
std::optional<FigureSize> parseFigureSize(const QString& text, QString* error = nullptr);
/// Pixels of a PNG: round(millimetres / 25.4 × dpi).
int figurePixels(double millimetres, int dpi);

/// Stable names ("compare", "emissions", "top", "okabe-ito") for the CLI and settings.
QString chartName(FigureChart chart);
QString metricName(FigureMetric metric);
QString legendName(LegendPosition legend);
std::optional<FigureChart> chartFromName(const QString& name);
std::optional<FigureMetric> metricFromName(const QString& name);
std::optional<LegendPosition> legendFromName(const QString& name);
/// Palettes a figure offers: okabe-ito, grayscale, viridis (and tol-bright).
std::optional<PaletteKind> figurePaletteFromName(const QString& name);

/// The units --unit accepts for a metric ("kg", "t", "lb"; "kWh", "MWh"; "h", "days").
QStringList unitsFor(FigureMetric metric);

} // namespace aicarbon
