// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurecharts.h"

#include "chartsupport.h"

#include <QFontMetrics>

#include <qcustomplot.h>

#include <algorithm>
#include <array>

// The compare and breakdown figures: one bar (or stack) per scenario.

namespace aicarbon {

namespace {

constexpr double kBarWidth = 0.62;
constexpr double kHeadroom = 1.14; // the value axis ends this far above the tallest bar
constexpr double kBarOutlinePoints = 0.5;
constexpr double kSwatchPoints = 3.0; // height of the scenario colour strip under a stack
constexpr double kWhiskerPoints = 0.6; // error bar line width
constexpr double kWhiskerCapPoints = 4.0; // width of its end caps

double metricOf(const ComparisonColumn& c, FigureMetric metric)
{
    static constexpr std::array<ComparisonMetric, 4> rows {
        ComparisonMetric::TotalCo2e, ComparisonMetric::FacilityEnergy, ComparisonMetric::WallClock,
        ComparisonMetric::Cost};
    const ComparisonMetric row = rows[static_cast<std::size_t>(metric)];
    return metricKnown(c, row) ? metricValue(c, row) : 0.0;
}

QString currencyOf(const std::vector<ComparisonColumn>& columns)
{
    for (const ComparisonColumn& c : columns) {
        if (c.valid() && metricKnown(c, ComparisonMetric::Cost) && !c.currency.isEmpty())
            return c.currency;
    }
    return figureText("currency as stated");
}

/// The unit of the value axis and its label.
std::pair<ScaledUnit, QString> metricAxis(const FigureData& data, const FigureSpec& spec, double largest)
{
    switch (spec.metric) {
    case FigureMetric::Emissions: {
        const ScaledUnit unit = figureMassUnit(spec, largest);
        return {unit, figureText("Emissions (%1 CO₂e)").arg(unit.symbol)};
    }
    case FigureMetric::Energy: {
        const ScaledUnit unit = figureEnergyUnit(spec, largest);
        return {unit, figureText("Facility energy (%1)").arg(unit.symbol)};
    }
    case FigureMetric::Time: {
        const ScaledUnit unit = figureTimeUnit(spec, largest);
        return {unit, figureText("Wall-clock time (%1)").arg(unit.symbol)};
    }
    case FigureMetric::Cost:
        break;
    }
    return {ScaledUnit {1.0, {}}, figureText("Cost (%1)").arg(currencyOf(data.columns))};
}

/// `text` broken at spaces into lines of at most `width` pixels, at most `maxLines` of
/// them; what does not fit is elided.
QString wrappedLabel(const QString& text, const QFontMetrics& metrics, int width, int maxLines)
{
    QStringList lines;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString joined = lines.isEmpty() ? word : lines.back() + QLatin1Char(' ') + word;
        if (!lines.isEmpty() && (metrics.horizontalAdvance(joined) <= width || lines.size() == maxLines))
            lines.back() = joined;
        else
            lines << word;
    }
    for (QString& line : lines)
        line = metrics.elidedText(line, Qt::ElideRight, width);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void labelScenarios(QCustomPlot* plot, const FigureData& data, const FigureStyle& style)
{
    const QFontMetrics metrics(style.font);
    const int n = std::max<int>(1, int(data.columns.size()));
    const int slot = int(plot->axisRect()->width() / n - style.px(3.0));
    const bool upright = slot < metrics.horizontalAdvance(QStringLiteral("Scenario"));
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (std::size_t i = 0; i < data.columns.size(); ++i) {
        const QString& name = data.columns[i].name;
        ticker->addTick(double(i),
                        upright ? metrics.elidedText(name, Qt::ElideRight, plot->viewport().height() / 3)
                                : wrappedLabel(name, metrics, slot, 3));
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setTickLabelRotation(upright ? -90.0 : 0.0);
}

namespace {

/// The key axis of scenario bars; labelScenarios() names them once the plot is laid out.
void scenarioAxis(QCustomPlot* plot, std::size_t count)
{
    plot->xAxis->setTickLength(0, 0);
    plot->xAxis->setRange(-0.6, std::max<double>(1, count) - 0.4);
}

/// The bar's value written above `top` (the bar, or its error bar when higher).
void valueLabel(QCustomPlot* plot, double key, double value, double top, const FigureSpec& spec,
                const FigureStyle& style)
{
    auto* label = new QCPItemText(plot);
    label->setFont(style.font);
    label->setColor(style.text);
    label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    label->setPadding(QMargins(0, 0, 0, int(std::lround(style.px(1.5)))));
    label->position->setCoords(key, top);
    label->setText(figureFormat(spec).number(value));
}

/// A strip in each scenario's colour right below its stack, so that a scenario has its
/// colour in this figure as in the others.
void scenarioSwatches(QCustomPlot* plot, const FigureData& data, const FigureSpec& spec,
                      const FigureStyle& style)
{
    for (std::size_t i = 0; i < data.columns.size(); ++i) {
        auto* swatch = new QCPItemRect(plot);
        swatch->setClipToAxisRect(false);
        swatch->setPen(style.pen(style.text, kBarOutlinePoints));
        swatch->setBrush(style.brush(scenarioBrush(data.colorSlots[i], spec.palette)));
        swatch->topLeft->setTypeX(QCPItemPosition::ptPlotCoords);
        swatch->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        swatch->topLeft->setCoords(double(i) - kBarWidth / 2, 1.0);
        swatch->bottomRight->setTypeX(QCPItemPosition::ptPlotCoords);
        swatch->bottomRight->setParentAnchorY(swatch->topLeft);
        swatch->bottomRight->setTypeY(QCPItemPosition::ptAbsolute);
        swatch->bottomRight->setCoords(double(i) + kBarWidth / 2, style.px(kSwatchPoints));
    }
    plot->xAxis->setTickLabelPadding(int(std::lround(style.px(kSwatchPoints + 2.0))));
}

/// The interval of `metric` for column `i`, when the data has one.
std::optional<Interval> intervalOf(const FigureData& data, std::size_t i, Metric metric)
{
    if (i >= data.intervals.size() || !data.intervals[i])
        return std::nullopt;
    return (*data.intervals[i])[static_cast<std::size_t>(metric)];
}

Metric uncertaintyMetric(FigureMetric metric)
{
    switch (metric) {
    case FigureMetric::Emissions:
        return Metric::TotalEmissionsKg;
    case FigureMetric::Energy:
        return Metric::FacilityEnergyKwh;
    case FigureMetric::Time:
        return Metric::WallClockHours;
    case FigureMetric::Cost:
        break;
    }
    return Metric::TotalCost;
}

/// An error bar from p5 to p95 (values in axis units); returns its top.
double errorBar(QCustomPlot* plot, double key, double low, double high, const FigureStyle& style)
{
    auto* whisker = new QCPItemLine(plot);
    whisker->setPen(style.pen(style.text, kWhiskerPoints));
    const QCPLineEnding cap(QCPLineEnding::esBar, style.px(kWhiskerCapPoints));
    whisker->setHead(cap);
    whisker->setTail(cap);
    whisker->start->setCoords(key, low);
    whisker->end->setCoords(key, high);
    return high;
}

void valueAxis(QCustomPlot* plot, double largest, const QString& label)
{
    plot->yAxis->setRange(0.0, largest > 0.0 ? largest * kHeadroom : 1.0);
    plot->yAxis->ticker()->setTickCount(4);
    plot->yAxis->setLabel(label);
}

} // namespace

void buildCompareChart(QCustomPlot* plot, const FigureData& data, const FigureSpec& spec,
                       const FigureStyle& style)
{
    const Metric measured = uncertaintyMetric(spec.metric);
    double largest = 0.0;
    for (std::size_t i = 0; i < data.columns.size(); ++i) {
        const double value = metricOf(data.columns[i], spec.metric);
        const std::optional<Interval> interval = value > 0.0 ? intervalOf(data, i, measured) : std::nullopt;
        largest = std::max({largest, value, interval ? interval->p95 : 0.0});
    }
    const auto [unit, label] = metricAxis(data, spec, largest);
    for (std::size_t i = 0; i < data.columns.size(); ++i) {
        const ComparisonColumn& c = data.columns[i];
        auto* bars = new QCPBars(plot->xAxis, plot->yAxis);
        bars->setName(c.name);
        bars->setWidth(kBarWidth);
        bars->setBrush(style.brush(scenarioBrush(data.colorSlots[i], spec.palette)));
        bars->setPen(style.pen(style.text, kBarOutlinePoints));
        const double value = metricOf(c, spec.metric) / unit.divisor;
        bars->setData({double(i)}, {value}, true);
        if (value <= 0.0)
            continue;
        double top = value;
        if (const std::optional<Interval> interval = intervalOf(data, i, measured))
            top = std::max(
                top,
                errorBar(plot, double(i), interval->p5 / unit.divisor, interval->p95 / unit.divisor, style));
        valueLabel(plot, double(i), value, top, spec, style);
    }
    scenarioAxis(plot, data.columns.size());
    valueAxis(plot, largest / unit.divisor, label);
}

void buildBreakdownChart(QCustomPlot* plot, const FigureData& data, const FigureSpec& spec,
                         const FigureStyle& style)
{
    double largest = 0.0;
    for (std::size_t i = 0; i < data.columns.size(); ++i) {
        const ComparisonColumn& c = data.columns[i];
        const std::optional<Interval> interval = intervalOf(data, i, Metric::TotalEmissionsKg);
        largest = std::max({largest, c.valid() ? c.figures.totalEmissions.kilograms() : 0.0,
                            c.valid() && interval ? interval->p95 : 0.0});
    }
    const ScaledUnit unit = figureMassUnit(spec, largest);
    QCPBars* below = nullptr;
    for (int k = 0; k < kEmissionComponentCount; ++k) {
        const auto component = EmissionComponent(k);
        QVector<double> keys, values;
        for (std::size_t i = 0; i < data.columns.size(); ++i) {
            keys << double(i);
            values << componentKilograms(data.columns[i], component) / unit.divisor;
        }
        if (std::none_of(values.begin(), values.end(), [](double v) { return v > 0.0; }))
            continue; // a component no scenario has stays out of the legend
        auto* bars = new QCPBars(plot->xAxis, plot->yAxis);
        bars->setName(componentLabel(component));
        bars->setWidth(kBarWidth);
        bars->setStackingGap(0);
        bars->setBrush(style.brush(componentBrush(component, false)));
        bars->setPen(style.pen(style.text, kBarOutlinePoints));
        bars->setData(keys, values, true);
        bars->addToLegend();
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    for (std::size_t i = 0; i < data.columns.size(); ++i) {
        const double total =
            data.columns[i].valid() ? data.columns[i].figures.totalEmissions.kilograms() : 0.0;
        if (total <= 0.0)
            continue;
        double top = total / unit.divisor;
        if (const std::optional<Interval> interval = intervalOf(data, i, Metric::TotalEmissionsKg))
            top = std::max(
                top,
                errorBar(plot, double(i), interval->p5 / unit.divisor, interval->p95 / unit.divisor, style));
        valueLabel(plot, double(i), total / unit.divisor, top, spec, style);
    }
    scenarioSwatches(plot, data, spec, style);
    scenarioAxis(plot, data.columns.size());
    valueAxis(plot, largest / unit.divisor, figureText("Emissions (%1 CO₂e)").arg(unit.symbol));
}

} // namespace aicarbon
