// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurestyle.h"

#include "chartsupport.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <qcustomplot.h>

#include <algorithm>
#include <numeric>

namespace aicarbon {

namespace {

constexpr double kAxisPoints = 0.6; // line width of axes and ticks
constexpr double kTickPoints = 2.5; // outward tick length
constexpr QRgb kGridColor = 0xDDDDDD;

void styleAxis(QCPAxis* axis, const FigureStyle& style, bool grid)
{
    const QPen line = style.pen(style.text, kAxisPoints);
    axis->setBasePen(line);
    axis->setTickPen(line);
    axis->setSubTickPen(line);
    axis->setSubTicks(false);
    axis->setTickLength(0, int(std::lround(style.px(kTickPoints))));
    axis->setLabelFont(style.font);
    axis->setTickLabelFont(style.font);
    axis->setLabelColor(style.text);
    axis->setTickLabelColor(style.text);
    axis->setTickLabelPadding(int(std::lround(style.px(2.0))));
    axis->setLabelPadding(int(std::lround(style.px(3.0))));
    axis->setPadding(0);
    axis->grid()->setVisible(grid);
    axis->grid()->setPen(style.pen(QColor(kGridColor), 0.4));
    axis->grid()->setZeroLinePen(Qt::NoPen);
}

/// Widths of the legend's items, logical pixels, with their icons.
std::vector<double> legendItemWidths(QCPLegend* legend, const FigureStyle& style)
{
    const QFontMetricsF metrics(style.font);
    std::vector<double> widths;
    for (int i = 0; i < legend->itemCount(); ++i) {
        auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(i));
        const double text = item ? metrics.horizontalAdvance(item->plottable()->name()) : 0.0;
        widths.push_back(text + legend->iconSize().width() + legend->iconTextPadding());
    }
    return widths;
}

/// The widths of the legend's columns when `columns` items fill each row.
std::vector<double> columnWidths(const std::vector<double>& items, std::size_t columns)
{
    std::vector<double> widest(columns, 0.0);
    for (std::size_t i = 0; i < items.size(); ++i)
        widest[i % columns] = std::max(widest[i % columns], items[i]);
    return widest;
}

/// A legend row above the chart, left-aligned, with as many columns as fit its width.
void legendOnTop(QCustomPlot* plot, const FigureStyle& style)
{
    QCPLegend* legend = plot->legend;
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, legend);
    plot->plotLayout()->setRowStretchFactor(0, 0.001);
    const std::vector<double> items = legendItemWidths(legend, style);
    const double available = plot->viewport().width() - style.px(2.0);
    double used = available;
    std::size_t columns = items.size();
    for (; columns >= 1; --columns) {
        const std::vector<double> widths = columnWidths(items, columns);
        used =
            std::accumulate(widths.begin(), widths.end(), legend->columnSpacing() * (double(columns) - 1.0));
        if (used <= available || columns == 1)
            break;
    }
    legend->setFillOrder(QCPLegend::foColumnsFirst, false);
    legend->setWrap(int(columns));
    legend->setFillOrder(QCPLegend::foColumnsFirst, true);
    QMargins margins = legend->margins(); // the room left over stays right of the legend
    margins.setRight(std::max(0, int(available - used)));
    legend->setMargins(margins);
}

/// A legend column right of the chart, at its top: an empty element below takes the rest.
void legendRight(QCustomPlot* plot, const FigureStyle& style)
{
    auto* side = new QCPLayoutGrid;
    plot->plotLayout()->addElement(0, 1, side);
    plot->plotLayout()->setColumnStretchFactor(1, 0.001);
    side->addElement(0, 0, plot->legend);
    side->addElement(1, 0, new QCPLayoutElement(plot));
    side->setRowStretchFactor(0, 0.001);
    plot->legend->setFillOrder(QCPLegend::foRowsFirst, false);
    plot->legend->setWrap(0);
    plot->legend->setMargins(
        QMargins(int(std::lround(style.px(4.0))), 0, int(std::lround(style.px(1.0))), 0));
}

void styleLegend(QCPLegend* legend, const FigureStyle& style)
{
    legend->setFont(style.font);
    legend->setTextColor(style.text);
    legend->setBrush(Qt::NoBrush);
    legend->setBorderPen(Qt::NoPen);
    legend->setIconSize(int(std::lround(style.px(9.0))), int(std::lround(style.px(6.0))));
    legend->setIconTextPadding(int(std::lround(style.px(3.0))));
    legend->setRowSpacing(0);
    legend->setColumnSpacing(int(std::lround(style.px(4.0))));
    legend->setMargins(QMargins(0, 0, 0, int(std::lround(style.px(4.0)))));
}

MassUnit massUnitNamed(const QString& name)
{
    if (name == QLatin1StringView("kg"))
        return MassUnit::Kilograms;
    if (name == QLatin1StringView("t"))
        return MassUnit::Tonnes;
    if (name == QLatin1StringView("lb"))
        return MassUnit::Pounds;
    return MassUnit::Automatic;
}

EnergyUnit energyUnitNamed(const QString& name)
{
    if (name == QLatin1StringView("kWh"))
        return EnergyUnit::KilowattHours;
    if (name == QLatin1StringView("MWh"))
        return EnergyUnit::MegawattHours;
    return EnergyUnit::Automatic;
}

} // namespace

QPen FigureStyle::pen(const QColor& color, double points, Qt::PenStyle penStyle) const
{
    QPen result(color, px(points), penStyle);
    result.setCosmetic(false);
    return result;
}

QBrush FigureStyle::brush(QBrush result) const
{
    if (result.style() != Qt::SolidPattern && result.style() != Qt::NoBrush)
        result.setTransform(QTransform::fromScale(kLayoutScale, kLayoutScale));
    return result;
}

FigureStyle figureStyle(const FigureSpec& spec)
{
    FigureStyle style;
    style.font = QFont(spec.fontFamily);
    style.font.setPointSizeF(spec.fontPoints * kLayoutScale);
    style.dpi = QFontMetricsF(style.font).fontDpi() * kLayoutScale;
    return style;
}

void applyFigureStyle(QCustomPlot* plot, QCPAxis* keyAxis, const FigureStyle& style)
{
    plot->setBackground(Qt::white);
    plot->axisRect()->setBackground(Qt::white);
    plot->setFont(style.font);
    plot->setAntialiasedElements(QCP::aeAll);
    plot->setAutoAddPlottableToLegend(false);
    const int edge = int(std::lround(style.px(1.0))); // keeps descenders and strokes off the edge
    plot->plotLayout()->setMargins(QMargins(edge, edge, edge, edge));
    plot->plotLayout()->setRowSpacing(int(std::lround(style.px(2.0))));
    plot->plotLayout()->setColumnSpacing(int(std::lround(style.px(4.0))));
    plot->axisRect()->setMinimumMargins(QMargins(int(std::lround(style.px(1.0))),
                                                 int(std::lround(style.px(4.0))),
                                                 int(std::lround(style.px(6.0))), 0));
    for (QCPAxis* axis : plot->axisRect()->axes())
        styleAxis(axis, style, axis != keyAxis);
    styleLegend(plot->legend, style);
}

void placeLegendAndTitle(QCustomPlot* plot, const FigureSpec& spec, const FigureStyle& style)
{
    const bool legend = spec.legend != LegendPosition::None && plot->legend->itemCount() > 0;
    plot->legend->setVisible(legend);
    for (int i = 0; i < plot->legend->itemCount(); ++i)
        plot->legend->item(i)->setMargins(QMargins(0, 0, 0, 0));
    if (legend && spec.legend == LegendPosition::Right)
        legendRight(plot, style);
    else if (legend)
        legendOnTop(plot, style);
    if (spec.title.isEmpty())
        return;
    QFont font = style.font;
    font.setBold(true);
    auto* title = new QCPTextElement(plot, spec.title, font);
    title->setTextColor(style.text);
    title->setMargins(QMargins(0, 0, 0, int(std::lround(style.px(3.0)))));
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, title);
}

DisplayFormat figureFormat(const FigureSpec& spec)
{
    return DisplayFormat(QLocale(QLocale::English, QLocale::UnitedStates), massUnitNamed(spec.unit),
                         energyUnitNamed(spec.unit));
}

ScaledUnit figureMassUnit(const FigureSpec& spec, double largestKilograms)
{
    return figureFormat(spec).massUnitFor(largestKilograms);
}

ScaledUnit figureEnergyUnit(const FigureSpec& spec, double largestKilowattHours)
{
    return figureFormat(spec).energyUnitFor(largestKilowattHours);
}

ScaledUnit figureTimeUnit(const FigureSpec& spec, double largestHours)
{
    const TimeUnit unit = spec.unit == QLatin1StringView("h") ? TimeUnit::Hours
        : spec.unit == QLatin1StringView("days")              ? TimeUnit::Days
                                                              : TimeUnit::Automatic;
    return timeUnitFor(largestHours, unit);
}

QString figureText(const char* text)
{
    return QCoreApplication::translate("Figure", text);
}

} // namespace aicarbon
