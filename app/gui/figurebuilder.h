// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figuredata.h"
#include "figurespec.h"

#include <QSize>

#include <memory>

class QCPPainter;
class QCustomPlot;

namespace aicarbon {

/// A figure laid out offscreen from data (never from the live views), so that the export
/// dialog's preview, the GUI export and `aicarbon-cli figure` draw the same thing.
///
/// It is laid out in logical pixels at the layout DPI, kLayoutScale times the DPI at which
/// Qt measures fonts without a paint device (deviceDpi()), with fonts kLayoutScale times
/// their size: a font of p points is then p / 72 in on paper both when it is measured for
/// the layout and when it is drawn, provided the target device has deviceDpi() as its
/// logical DPI and the painter maps logicalSize() onto the physical size (figureexport.h).
class Figure final
{
public:
    Figure(const FigureData& data, const FigureSpec& spec);
    ~Figure();
    Figure(const Figure&) = delete;
    Figure& operator=(const Figure&) = delete;

    const FigureSpec& spec() const { return m_spec; }
    /// Logical pixels per inch of the layout.
    double layoutDpi() const { return m_dpi; }
    /// The logical DPI a paint device must have for the fonts to keep their size.
    double deviceDpi() const;
    /// The physical size in logical pixels (rounded).
    QSize logicalSize() const;
    /// The physical size in pixels at `dpi` (rounded).
    QSize pixelSize(double dpi) const;
    /// Draws the figure; `painter` maps logicalSize() onto the page. `vector`: PDF or SVG.
    void paint(QCPPainter* painter, bool vector) const;
    /// The plot, for tests.
    QCustomPlot* plot() const { return m_plot.get(); }

private:
    FigureSpec m_spec;
    double m_dpi = 96.0;
    std::unique_ptr<QCustomPlot> m_plot;
};

} // namespace aicarbon
