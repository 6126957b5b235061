// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurebuilder.h"

#include "figurecharts.h"
#include "figurestyle.h"

#include <qcustomplot.h>

#include <cmath>

namespace aicarbon {

namespace {

void buildChart(QCustomPlot* plot, const FigureData& data, const FigureSpec& spec, const FigureStyle& style)
{
    switch (spec.chart) {
    case FigureChart::Compare:
        return buildCompareChart(plot, data, spec, style);
    case FigureChart::Breakdown:
        return buildBreakdownChart(plot, data, spec, style);
    case FigureChart::Regions:
        return buildRegionChart(plot, data, spec, style);
    case FigureChart::Devices:
        return buildDeviceChart(plot, data, spec, style);
    }
}

/// What QCustomPlot::replot() does to the layout, without drawing into its buffers.
void layOut(QCustomPlot* plot)
{
    for (const auto phase :
         {QCPLayoutElement::upPreparation, QCPLayoutElement::upMargins, QCPLayoutElement::upLayout})
        plot->plotLayout()->update(phase);
}

} // namespace

Figure::Figure(const FigureData& data, const FigureSpec& spec)
    : m_spec(spec)
    , m_plot(std::make_unique<QCustomPlot>())
{
    const FigureStyle style = figureStyle(spec);
    m_dpi = style.dpi;
    m_plot->resize(logicalSize());
    m_plot->setViewport(QRect(QPoint(0, 0), logicalSize()));
    const bool horizontal = spec.chart == FigureChart::Regions;
    applyFigureStyle(m_plot.get(), horizontal ? m_plot->yAxis : m_plot->xAxis, style);
    if (spec.chart == FigureChart::Devices)
        m_plot->xAxis->grid()->setVisible(true);
    buildChart(m_plot.get(), data, spec, style);
    placeLegendAndTitle(m_plot.get(), spec, style);
    if (spec.chart == FigureChart::Compare || spec.chart == FigureChart::Breakdown) {
        layOut(m_plot.get()); // gives the axis rect its width
        labelScenarios(m_plot.get(), data, style);
    }
}

Figure::~Figure() = default;

double Figure::deviceDpi() const
{
    return m_dpi / kLayoutScale;
}

QSize Figure::logicalSize() const
{
    return pixelSize(m_dpi);
}

QSize Figure::pixelSize(double dpi) const
{
    const auto pixels = [dpi](double mm) { return int(std::lround(mm / kMillimetresPerInch * dpi)); };
    return {pixels(m_spec.size.widthMm), pixels(m_spec.size.heightMm)};
}

void Figure::paint(QCPPainter* painter, bool vector) const
{
    painter->setMode(QCPPainter::pmVectorized, vector);
    painter->setMode(QCPPainter::pmNonCosmetic, true);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    if (vector)
        painter->fillRect(QRect(QPoint(0, 0), logicalSize()), Qt::white);
    m_plot->toPainter(painter, logicalSize().width(), logicalSize().height());
}

} // namespace aicarbon
