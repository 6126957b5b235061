// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurespec.h"

#include <QRegularExpression>

#include <array>
#include <cmath>

namespace aicarbon {

namespace {

constexpr double kMinimumMm = 10.0;
constexpr double kMaximumMm = 1000.0;

template<typename Enum, std::size_t N>
std::optional<Enum> fromName(const QString& name, const std::array<Enum, N>& values, QString (*nameOf)(Enum))
{
    for (const Enum value : values) {
        if (nameOf(value) == name)
            return value;
    }
    return std::nullopt;
}

std::optional<FigureSize> presetSize(const QString& name)
{
    for (const FigurePreset& preset : figurePresets()) {
        if (preset.name == name)
            return preset.size;
    }
    return std::nullopt;
}

} // namespace

FigureSpec figureSpecFor(FigureChart chart, PaletteKind palette, int scenario)
{
    FigureSpec spec;
    spec.chart = chart;
    spec.palette = palette;
    spec.scenario = scenario;
    return spec;
}

const std::vector<FigurePreset>& figurePresets()
{
    // Journal column widths (Nature, Science, Elsevier, IEEE are within 1 mm of these);
    // heights at about 2:3; the slide is 10 × 5.625 in (16:9).
    static const std::vector<FigurePreset> presets {
        {QStringLiteral("single"), {89.0, 60.0}},
        {QStringLiteral("1.5"), {120.0, 80.0}},
        {QStringLiteral("double"), {183.0, 100.0}},
        {QStringLiteral("slide"), {254.0, 142.875}},
    };
    return presets;
}

std::optional<FigureSize> parseFigureSize(const QString& text, QString* error)
{
    const QString trimmed = text.trimmed().toLower();
    if (const auto preset = presetSize(trimmed))
        return preset;
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*(mm|in)$)"));
    const QRegularExpressionMatch match = pattern.match(trimmed);
    const double factor = match.captured(3) == QLatin1StringView("in") ? kMillimetresPerInch : 1.0;
    const FigureSize size {match.captured(1).toDouble() * factor, match.captured(2).toDouble() * factor};
    const auto inRange = [](double mm) { return mm >= kMinimumMm && mm <= kMaximumMm; };
    if (match.hasMatch() && inRange(size.widthMm) && inRange(size.heightMm))
        return size;
    if (error)
        *error = QStringLiteral("--size expects WIDTHxHEIGHT in mm or in (e.g. 89x60mm, 3.5x2.5in; "
                                "10 to 1000 mm each) or single, 1.5, double, slide; found '%1'")
                     .arg(text);
    return std::nullopt;
}

int figurePixels(double millimetres, int dpi)
{
    return static_cast<int>(std::lround(millimetres / kMillimetresPerInch * dpi));
}

QString chartName(FigureChart chart)
{
    switch (chart) {
    case FigureChart::Breakdown:
        return QStringLiteral("breakdown");
    case FigureChart::Regions:
        return QStringLiteral("regions");
    case FigureChart::Devices:
        return QStringLiteral("devices");
    case FigureChart::Compare:
        break;
    }
    return QStringLiteral("compare");
}

QString metricName(FigureMetric metric)
{
    switch (metric) {
    case FigureMetric::Energy:
        return QStringLiteral("energy");
    case FigureMetric::Time:
        return QStringLiteral("time");
    case FigureMetric::Cost:
        return QStringLiteral("cost");
    case FigureMetric::Emissions:
        break;
    }
    return QStringLiteral("emissions");
}

QString legendName(LegendPosition legend)
{
    switch (legend) {
    case LegendPosition::Right:
        return QStringLiteral("right");
    case LegendPosition::None:
        return QStringLiteral("none");
    case LegendPosition::Top:
        break;
    }
    return QStringLiteral("top");
}

std::optional<FigureChart> chartFromName(const QString& name)
{
    return fromName(
        name,
        std::array {FigureChart::Compare, FigureChart::Breakdown, FigureChart::Regions, FigureChart::Devices},
        &chartName);
}

std::optional<FigureMetric> metricFromName(const QString& name)
{
    return fromName(
        name,
        std::array {FigureMetric::Emissions, FigureMetric::Energy, FigureMetric::Time, FigureMetric::Cost},
        &metricName);
}

std::optional<LegendPosition> legendFromName(const QString& name)
{
    return fromName(name, std::array {LegendPosition::Top, LegendPosition::Right, LegendPosition::None},
                    &legendName);
}

std::optional<PaletteKind> figurePaletteFromName(const QString& name)
{
    if (!paletteNames().contains(name))
        return std::nullopt;
    return paletteFromName(name);
}

QStringList unitsFor(FigureMetric metric)
{
    switch (metric) {
    case FigureMetric::Emissions:
        return {QStringLiteral("kg"), QStringLiteral("t"), QStringLiteral("lb")};
    case FigureMetric::Energy:
        return {QStringLiteral("kWh"), QStringLiteral("MWh")};
    case FigureMetric::Time:
        return {QStringLiteral("h"), QStringLiteral("days")};
    case FigureMetric::Cost:
        break;
    }
    return {};
}

} // namespace aicarbon
