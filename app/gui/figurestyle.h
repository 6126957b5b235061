// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "displayformat.h"
#include "figurespec.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPen>
#include <QString>

class QCPAxis;
class QCustomPlot;

// What every figure chart shares: the publication style (white, black text, thin lines,
// no top or right frame), sizes in points, units and number format.

namespace aicarbon {

/// Figures are laid out kLayoutScale times larger than at the DPI Qt measures fonts
/// with (96 on most systems): Qt rounds font sizes to whole pixels there, which at 96 dpi
/// would make 8 pt text 8.25 pt (11 px); at 960 dpi the rounding is below 0.5 %.
inline constexpr double kLayoutScale = 10.0;

struct FigureStyle
{
    double dpi = 960.0; ///< logical pixels per inch of the layout
    QFont font; ///< the spec's family, kLayoutScale × its point size
    QColor text = Qt::black;
    QColor neutral = QColor(0x9E9E9E); ///< context data (other regions, devices)

    /// Logical pixels of a length in points (1/72 in).
    double px(double points) const { return points * dpi / kPointsPerInch; }
    QPen pen(const QColor& color, double points, Qt::PenStyle style = Qt::SolidLine) const;
    /// `brush` with its hatching scaled like the layout, so that it is as dense on paper
    /// as in the live charts.
    QBrush brush(QBrush brush) const;
};

FigureStyle figureStyle(const FigureSpec& spec);

/// White background, fonts, thin black axes with outward ticks, no grid on `keyAxis`,
/// a light grid on the other.
void applyFigureStyle(QCustomPlot* plot, QCPAxis* keyAxis, const FigureStyle& style);
/// Legend and title as the spec asks; after the chart is built.
void placeLegendAndTitle(QCustomPlot* plot, const FigureSpec& spec, const FigureStyle& style);

/// English number format of figures (the same in the GUI and the CLI), three digits.
DisplayFormat figureFormat(const FigureSpec& spec);
/// Axis units: the spec's --unit, or the one that suits the largest value.
ScaledUnit figureMassUnit(const FigureSpec& spec, double largestKilograms);
ScaledUnit figureEnergyUnit(const FigureSpec& spec, double largestKilowattHours);
ScaledUnit figureTimeUnit(const FigureSpec& spec, double largestHours);

/// Translated text of the figures ("Figure" context).
QString figureText(const char* text);

} // namespace aicarbon
