// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "displayformat.h"

#include <QBrush>
#include <QColor>
#include <QEvent>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <vector>

class QCPAxis;
class QCustomPlot;
class QFontMetrics;
class QPalette;

// What the compare and what-if charts share: palette-following styling, the colours of the
// emission components, the time unit, and small layout helpers.

namespace aicarbon {

/// Colours a plot (background, axes, ticks, labels, grid, legend) from a widget palette,
/// so that it follows the system's light or dark theme.
void applyChartPalette(QCustomPlot* plot, const QPalette& palette);
/// Moves the legend into a row above the axis rect, where it covers no data; it wraps onto
/// more lines when its entries do not fit the plot's width (longer languages).
void putLegendOnTop(QCustomPlot* plot);
/// Sets the legend's entries per line so that each line fits the plot's width.
void wrapLegendToWidth(QCustomPlot* plot);
/// True when the palette's base colour is dark.
bool isDarkPalette(const QPalette& palette);

/// Parts of a project's emissions in the stacked bars, bottom to top.
enum class EmissionComponent
{
    FinalRun,
    Search,
    Development,
    Embodied
};
inline constexpr int kEmissionComponentCount = 4;

/// Brushes of the components: one brown ramp of clearly different lightness (distinct
/// from every scenario palette), the last hatched, so that print in grayscale keeps them
/// apart. Reversed on a dark background.
QBrush componentBrush(EmissionComponent component, bool dark);
QColor componentColor(EmissionComponent component, bool dark);
QString componentLabel(EmissionComponent component);

enum class TimeUnit
{
    Automatic,
    Hours,
    Days
};
/// The unit that suits the longest of some durations (hours base): h below 72 h, else days.
ScaledUnit timeUnitFor(double largestHours, TimeUnit unit);

/// Linear from zero, or logarithmic when the values span more than a factor of 30.
void scaleAxisToSpread(QCPAxis* axis, double smallest, double largest);

/// `text` on one line when it fits `width` pixels, else broken at the space nearest its
/// middle into two lines, each elided to `width`.
QString twoLineLabel(const QString& text, const QFontMetrics& metrics, int width);

/// Moves sorted positions (pixels) apart so that neighbours are at least `gap` apart,
/// staying as close to where they were as it can, within [low, high] when there is room.
void spreadPositions(std::vector<double>& positions, double gap, double low, double high);

/// Runs a callback when its watched object receives one of some event types (views keep
/// their handlers of show, resize and palette changes in their private part).
class EventHook final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventHook)

public:
    EventHook(QObject* watched, QList<QEvent::Type> types, std::function<void()> callback);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QList<QEvent::Type> m_types;
    std::function<void()> m_callback;
};

} // namespace aicarbon
