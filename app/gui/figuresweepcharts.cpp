// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurecharts.h"

#include "chartsupport.h"

#include <QFontMetricsF>

#include <qcustomplot.h>

#include <algorithm>

// The regions and devices figures: one scenario swept over the catalog.

namespace aicarbon {

namespace {

constexpr double kBarWidth = 0.7;
constexpr double kRowLines = 1.3; // a region row is this many text lines high
constexpr double kOtherLines = 5.0; // lines taken by axis labels, ticks, legend and title
constexpr double kLabelLift = 0.5; // lines between the Pareto-front names and their points

/// The points to draw: those selected, cut to the rows that fit; the current region stays.
std::vector<std::size_t> fittingRegions(const FigureData& data, const FigureSpec& spec, double height,
                                        const FigureStyle& style)
{
    const double line = QFontMetricsF(style.font).height();
    const int extra = spec.title.isEmpty() ? 0 : 1;
    const auto fit = std::size_t(std::max(1.0, (height / line - kOtherLines - extra) / kRowLines));
    std::vector<std::size_t> rows = data.shown;
    if (rows.size() <= fit)
        return rows;
    const bool keepLast = data.sweep.points[rows.back()].id == data.currentId;
    const std::size_t last = rows.back();
    rows.resize(fit);
    if (keepLast && std::find(rows.begin(), rows.end(), last) == rows.end())
        rows.back() = last;
    return rows;
}

QCPBars* regionBars(QCustomPlot* plot, const QString& name, const QBrush& brush, const FigureStyle& style)
{
    auto* bars = new QCPBars(plot->yAxis, plot->xAxis);
    bars->setName(name);
    bars->setWidth(kBarWidth);
    bars->setBrush(style.brush(brush));
    bars->setPen(style.pen(style.text, 0.4));
    return bars;
}

void rightLabel(QCustomPlot* plot, double value, double key, const QString& text, const FigureStyle& style)
{
    auto* label = new QCPItemText(plot);
    label->setFont(style.font);
    label->setColor(style.text);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    label->setClipToAxisRect(false); // the longest bar's value may reach into the margin
    label->setPadding(QMargins(int(std::lround(style.px(2.0))), 0, 0, 0));
    label->position->setCoords(value, key);
    label->setText(text);
}

QCPGraph* pointGraph(QCustomPlot* plot, const QString& name, const QCPScatterStyle& scatter)
{
    auto* graph = new QCPGraph(plot->xAxis, plot->yAxis);
    graph->setName(name);
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(scatter);
    graph->addToLegend();
    return graph;
}

/// The name of a Pareto-front device and where its point is, in plot coordinates.
struct FrontLabel
{
    QString name;
    QCPItemText* label;
    QCPItemLine* leader;
    double x;
    double y;
};

/// Names the Pareto-front devices in a column right of the front (left of it when there
/// is no room), spread so that no two overlap, each joined to its point by a thin line.
void placeFrontLabels(QCustomPlot* plot, const std::vector<FrontLabel>& labels, const FigureStyle& style)
{
    const QRect rect = plot->axisRect()->rect();
    const QFontMetricsF metrics(style.font);
    std::vector<std::pair<QPointF, const FrontLabel*>> anchors;
    double rightmost = rect.left(), leftmost = rect.right();
    for (const FrontLabel& f : labels) {
        anchors.emplace_back(QPointF(plot->xAxis->coordToPixel(f.x), plot->yAxis->coordToPixel(f.y)), &f);
        rightmost = std::max(rightmost, anchors.back().first.x());
        leftmost = std::min(leftmost, anchors.back().first.x());
    }
    const double gap = style.px(12.0);
    const double roomRight = rect.right() - rightmost - gap;
    const double roomLeft = leftmost - gap - rect.left();
    const bool right = roomRight >= roomLeft;
    const double column = right ? rightmost + gap : leftmost - gap;
    std::sort(anchors.begin(), anchors.end(),
              [](const auto& a, const auto& b) { return a.first.y() < b.first.y(); });
    std::vector<double> ys;
    for (std::size_t k = 0; k < anchors.size(); ++k) // stacked above the points, where few are
        ys.push_back(anchors[k].first.y() - (double(anchors.size() - k) + kLabelLift) * metrics.height());
    spreadPositions(ys, metrics.height(), rect.top() + metrics.height() / 2,
                    rect.bottom() - metrics.height() / 2);
    for (std::size_t k = 0; k < anchors.size(); ++k) {
        const FrontLabel& f = *anchors[k].second;
        f.label->setText(metrics.elidedText(f.name, Qt::ElideRight, std::max(roomRight, roomLeft)));
        f.label->setPositionAlignment(Qt::AlignVCenter | (right ? Qt::AlignLeft : Qt::AlignRight));
        f.label->position->setCoords(column, ys[k]);
        f.leader->start->setCoords(anchors[k].first);
        f.leader->end->setCoords(column + (right ? -1 : 1) * style.px(1.5), ys[k]);
    }
}

} // namespace

void buildRegionChart(QCustomPlot* plot, const FigureData& data, const FigureSpec& spec,
                      const FigureStyle& style)
{
    const std::vector<std::size_t> rows = fittingRegions(data, spec, plot->viewport().height(), style);
    double largest = 0.0;
    for (const std::size_t i : rows)
        largest = std::max(largest, data.sweep.points[i].totalEmissions.kilograms());
    const ScaledUnit unit = figureMassUnit(spec, largest);
    QCPBars* lifecycle = regionBars(plot, figureText("Lifecycle grid intensity"), style.neutral, style);
    QCPBars* direct =
        regionBars(plot, figureText("Direct emissions only"), QBrush(style.text, Qt::BDiagPattern), style);
    QCPBars* current = regionBars(plot, figureText("Scenario’s own region"),
                                  scenarioBrush(data.scenarioSlot, spec.palette), style);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const QFontMetricsF metrics(style.font);
    const double nameWidth = plot->viewport().width() * (spec.legend == LegendPosition::Right ? 0.3 : 0.45);
    for (std::size_t k = 0; k < rows.size(); ++k) {
        const SweepPoint& p = data.sweep.points[rows[k]];
        const double value = p.totalEmissions.kilograms() / unit.divisor;
        QCPBars* bars = p.id == data.currentId ? current : p.basis == "direct" ? direct : lifecycle;
        bars->addData(double(k), value);
        const QString name = figureText("%1. %2").arg(rows[k] + 1).arg(QString::fromStdString(p.name));
        ticker->addTick(double(k), metrics.elidedText(name, Qt::ElideRight, nameWidth));
        rightLabel(plot, value, double(k), figureFormat(spec).number(value), style);
    }
    for (QCPBars* bars : {lifecycle, direct, current}) {
        if (!bars->data()->isEmpty())
            bars->addToLegend();
    }
    plot->yAxis->setTicker(ticker);
    plot->yAxis->setTickLength(0, 0);
    plot->yAxis->setRangeReversed(true);
    plot->yAxis->setRange(-0.6, std::max<double>(1, rows.size()) - 0.4);
    plot->xAxis->setRange(0.0, largest > 0.0 ? largest / unit.divisor * 1.22 : 1.0);
    plot->xAxis->ticker()->setTickCount(4);
    plot->xAxis->setLabel(figureText("Emissions if run there (%1 CO₂e)").arg(unit.symbol));
}

void buildDeviceChart(QCustomPlot* plot, const FigureData& data, const FigureSpec& spec,
                      const FigureStyle& style)
{
    double shortest = 0.0, longest = 0.0, lightest = 0.0, heaviest = 0.0;
    for (const SweepPoint& p : data.sweep.points) {
        shortest = shortest > 0.0 ? std::min(shortest, p.wallClock.hours()) : p.wallClock.hours();
        lightest =
            lightest > 0.0 ? std::min(lightest, p.totalEmissions.kilograms()) : p.totalEmissions.kilograms();
        longest = std::max(longest, p.wallClock.hours());
        heaviest = std::max(heaviest, p.totalEmissions.kilograms());
    }
    const ScaledUnit time = figureTimeUnit(spec, longest);
    const ScaledUnit mass = figureMassUnit(spec, heaviest);
    const auto x = [&time](const SweepPoint& p) { return p.wallClock.hours() / time.divisor; };
    const auto y = [&mass](const SweepPoint& p) { return p.totalEmissions.kilograms() / mass.divisor; };
    QCPGraph* all =
        pointGraph(plot, figureText("Devices"),
                   QCPScatterStyle(QCPScatterStyle::ssDisc, style.neutral, style.neutral, style.px(3.0)));
    QCPGraph* front = pointGraph(
        plot, figureText("Pareto front"),
        QCPScatterStyle(QCPScatterStyle::ssCircle, style.pen(style.text, 0.7), Qt::NoBrush, style.px(5.5)));
    front->setLineStyle(QCPGraph::lsStepLeft);
    front->setPen(style.pen(style.text, 0.6, Qt::DashLine));
    const QColor accent = scenarioColor(data.scenarioSlot, spec.palette);
    QCPGraph* current = pointGraph(plot, figureText("Scenario’s own device"),
                                   QCPScatterStyle(QCPScatterStyle::ssDiamond, style.pen(style.text, 0.5),
                                                   QBrush(accent), style.px(7.0)));
    current->setLayer(QStringLiteral("legend")); // above the names of the Pareto front
    std::vector<FrontLabel> labels;
    for (const SweepPoint& p : data.sweep.points) {
        all->addData(x(p), y(p));
        if (p.id == data.currentId)
            current->addData(x(p), y(p));
    }
    for (const std::size_t i : data.shown) {
        const SweepPoint& p = data.sweep.points[i];
        front->addData(x(p), y(p));
        auto* label = new QCPItemText(plot);
        label->setFont(style.font);
        label->setColor(style.text);
        label->setBrush(QColor(255, 255, 255, 210)); // fades the points behind the name
        label->position->setType(QCPItemPosition::ptAbsolute);
        auto* leader = new QCPItemLine(plot);
        leader->setPen(style.pen(style.neutral, 0.4));
        leader->start->setType(QCPItemPosition::ptAbsolute);
        leader->end->setType(QCPItemPosition::ptAbsolute);
        labels.push_back({QString::fromStdString(p.name), label, leader, x(p), y(p)});
    }
    scaleAxisToSpread(plot->xAxis, shortest / time.divisor, longest / time.divisor);
    scaleAxisToSpread(plot->yAxis, lightest / mass.divisor, heaviest / mass.divisor);
    for (QCPAxis* axis : {plot->xAxis, plot->yAxis}) {
        if (axis->scaleType() == QCPAxis::stLinear)
            axis->ticker()->setTickCount(4);
    }
    plot->xAxis->setLabel(figureText("Wall-clock time (%1)").arg(time.symbol));
    plot->yAxis->setLabel(figureText("Total emissions (%1 CO₂e)").arg(mass.symbol));
    QObject::connect(plot, &QCustomPlot::afterLayout, plot,
                     [plot, labels, style] { placeFrontLabels(plot, labels, style); });
}

} // namespace aicarbon
