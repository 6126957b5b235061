// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartsupport.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPalette>

#include <qcustomplot.h>

#include <algorithm>
#include <array>

namespace aicarbon {

namespace {

void styleAxis(QCPAxis* axis, const QColor& text, const QColor& grid)
{
    const QPen line(text, 1);
    axis->setBasePen(line);
    axis->setTickPen(line);
    axis->setSubTickPen(line);
    axis->setLabelColor(text);
    axis->setTickLabelColor(text);
    axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    axis->grid()->setZeroLinePen(QPen(grid, 1));
}

constexpr std::array<QRgb, kEmissionComponentCount> kComponentsLight {0x4E342E, 0x8D6E63, 0xCDB9AD, 0x4E342E};
constexpr std::array<QRgb, kEmissionComponentCount> kComponentsDark {0xE0D4CE, 0xA1887F, 0x6A4A3F, 0xE0D4CE};

} // namespace

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

void applyChartPalette(QCustomPlot* plot, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlpha(160);
    plot->setBackground(palette.brush(QPalette::Base));
    for (QCPAxisRect* rect : plot->axisRects()) {
        rect->setBackground(palette.brush(QPalette::Base));
        for (QCPAxis* axis : rect->axes())
            styleAxis(axis, text, grid);
    }
    QColor legendBackground = palette.color(QPalette::Base);
    legendBackground.setAlpha(220);
    plot->legend->setBrush(legendBackground);
    plot->legend->setBorderPen(QPen(grid));
    plot->legend->setTextColor(text);
}

void putLegendOnTop(QCustomPlot* plot)
{
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, plot->legend);
    plot->plotLayout()->setRowStretchFactor(0, 0.001);
    plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot->legend->setIconSize(18, 12);
    plot->legend->setMargins(QMargins(6, 3, 6, 3));
    plot->legend->setVisible(true);
    QObject::connect(plot, &QCustomPlot::beforeReplot, plot, [plot] { wrapLegendToWidth(plot); });
}

void wrapLegendToWidth(QCustomPlot* plot)
{
    QCPLegend* legend = plot->legend;
    std::vector<int> widths; // of the entries, in order (a grid may have empty cells)
    for (int i = 0; i < legend->elementCount(); ++i) {
        if (QCPLayoutElement* item = legend->elementAt(i))
            widths.push_back(item->minimumOuterSizeHint().width());
    }
    const int count = static_cast<int>(widths.size());
    if (count == 0)
        return;
    const int available = plot->viewport().width() - legend->margins().left() - legend->margins().right();
    int columns = count;
    for (; columns > 1; --columns) {
        int widest = 0;
        for (int start = 0; start < count; start += columns) {
            int row = 0;
            for (int i = start; i < std::min(count, start + columns); ++i)
                row += widths[std::size_t(i)] + (i > start ? legend->columnSpacing() : 0);
            widest = std::max(widest, row);
        }
        if (widest <= available)
            break;
    }
    if (legend->wrap() != columns) {
        legend->setWrap(columns);
        legend->setFillOrder(QCPLegend::foColumnsFirst, true);
    }
}

QColor componentColor(EmissionComponent component, bool dark)
{
    const auto i = static_cast<std::size_t>(component);
    return QColor(dark ? kComponentsDark[i] : kComponentsLight[i]);
}

QBrush componentBrush(EmissionComponent component, bool dark)
{
    const QColor color = componentColor(component, dark);
    return component == EmissionComponent::Embodied ? QBrush(color, Qt::BDiagPattern) : QBrush(color);
}

QString componentLabel(EmissionComponent component)
{
    switch (component) {
    case EmissionComponent::FinalRun:
        return QCoreApplication::translate("Chart", "Final run");
    case EmissionComponent::Search:
        return QCoreApplication::translate("Chart", "Hyperparameter search");
    case EmissionComponent::Development:
        return QCoreApplication::translate("Chart", "Development");
    case EmissionComponent::Embodied:
        return QCoreApplication::translate("Chart", "Embodied (hardware)");
    }
    return {};
}

ScaledUnit timeUnitFor(double largestHours, TimeUnit unit)
{
    if (unit == TimeUnit::Hours || (unit == TimeUnit::Automatic && largestHours < 72.0))
        return {1.0, QCoreApplication::translate("Chart", "h")};
    return {24.0, QCoreApplication::translate("Chart", "days")};
}

void scaleAxisToSpread(QCPAxis* axis, double smallest, double largest)
{
    constexpr double logSpread = 30.0; // a larger max/min ratio switches the axis to a log scale
    const bool log = smallest > 0.0 && largest / smallest > logSpread;
    axis->setScaleType(log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (log) {
        axis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
        axis->setRange(smallest / 1.5, largest * 1.5);
    } else {
        axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        axis->setRange(0.0, largest > 0.0 ? largest * 1.15 : 1.0);
    }
}

QString twoLineLabel(const QString& text, const QFontMetrics& metrics, int width)
{
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    const qsizetype middle = text.size() / 2;
    qsizetype split = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char(' ') && (split < 0 || std::abs(i - middle) < std::abs(split - middle)))
            split = i;
    }
    if (split < 0)
        return metrics.elidedText(text, Qt::ElideRight, width);
    return metrics.elidedText(text.left(split), Qt::ElideRight, width) + QLatin1Char('\n')
        + metrics.elidedText(text.mid(split + 1), Qt::ElideRight, width);
}

void spreadPositions(std::vector<double>& positions, double gap, double low, double high)
{
    if (positions.empty())
        return;
    const auto pushDown = [&positions, gap](double first) {
        positions.front() = std::max(positions.front(), first);
        for (std::size_t i = 1; i < positions.size(); ++i)
            positions[i] = std::max(positions[i], positions[i - 1] + gap);
    };
    pushDown(positions.front());
    if (positions.back() > high) {
        positions.back() = high;
        for (std::size_t i = positions.size() - 1; i > 0; --i)
            positions[i - 1] = std::min(positions[i - 1], positions[i] - gap);
    }
    if (positions.front() < low)
        pushDown(low);
}

EventHook::EventHook(QObject* watched, QList<QEvent::Type> types, std::function<void()> callback)
    : QObject(watched)
    , m_types(std::move(types))
    , m_callback(std::move(callback))
{
    watched->installEventFilter(this);
}

bool EventHook::eventFilter(QObject* watched, QEvent* event)
{
    if (m_types.contains(event->type()))
        m_callback();
    return QObject::eventFilter(watched, event);
}

} // namespace aicarbon
