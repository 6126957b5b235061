// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartscaling.h"

#include <QVariant>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace aicarbon {

namespace {

QPen scaledPen(QPen pen, double factor)
{
    if (factor == 1.0 || pen.style() == Qt::NoPen)
        return pen;
    pen.setWidthF(std::max(pen.widthF(), 1.0) * factor); // width 0 is a 1-pixel cosmetic pen
    return pen;
}

} // namespace

QFont scaledFont(QFont font, double factor)
{
    if (factor == 1.0)
        return font;
    if (font.pointSizeF() > 0.0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(int(std::lround(font.pixelSize() * factor)));
    return font;
}

namespace {

/// Scales one attribute of `owner`, remembering the view's own value under `name`.
template<typename T, typename Get, typename Set>
void scaleAttribute(QObject* owner, const char* name, double factor, Get get, Set set)
{
    const QByteArray own = QByteArrayLiteral("chartScale.own.") + name;
    const QByteArray applied = QByteArrayLiteral("chartScale.applied.") + name;
    const T current = get();
    const QVariant last = owner->property(applied.constData());
    T base;
    if (last.isValid() && last.value<T>() == current) {
        base = owner->property(own.constData()).template value<T>();
    } else {
        if constexpr (std::is_same_v<T, QFont>)
            base = scaledFont(current, 1.0 / factor);
        else
            base = current;
        owner->setProperty(own.constData(), QVariant::fromValue(base));
    }
    T result;
    if constexpr (std::is_same_v<T, QFont>)
        result = scaledFont(base, factor);
    else
        result = scaledPen(base, factor);
    owner->setProperty(applied.constData(), QVariant::fromValue(result));
    if (!(result == current))
        set(result);
}

template<typename Element>
void scalePen(Element* e, const char* name, double factor)
{
    scaleAttribute<QPen>(
        e, name, factor, [e] { return e->pen(); }, [e](const QPen& p) { e->setPen(p); });
}

template<typename Element>
void scaleFont(Element* e, const char* name, double factor)
{
    scaleAttribute<QFont>(
        e, name, factor, [e] { return e->font(); }, [e](const QFont& f) { e->setFont(f); });
}

/// Items have no common pen accessor: each drawing type is tried in turn.
template<typename First, typename... Rest>
void scaleItemPen(QCPAbstractItem* item, double factor)
{
    if (auto* typed = qobject_cast<First*>(item))
        return scalePen(typed, "pen", factor);
    if constexpr (sizeof...(Rest) > 0)
        scaleItemPen<Rest...>(item, factor);
}

void scaleAxis(QCPAxis* a, double factor)
{
    scaleAttribute<QPen>(
        a, "basePen", factor, [a] { return a->basePen(); }, [a](const QPen& p) { a->setBasePen(p); });
    scaleAttribute<QPen>(
        a, "tickPen", factor, [a] { return a->tickPen(); }, [a](const QPen& p) { a->setTickPen(p); });
    scaleAttribute<QPen>(
        a, "subTickPen", factor, [a] { return a->subTickPen(); },
        [a](const QPen& p) { a->setSubTickPen(p); });
    scaleAttribute<QFont>(
        a, "labelFont", factor, [a] { return a->labelFont(); }, [a](const QFont& f) { a->setLabelFont(f); });
    scaleAttribute<QFont>(
        a, "tickLabelFont", factor, [a] { return a->tickLabelFont(); },
        [a](const QFont& f) { a->setTickLabelFont(f); });
    QCPGrid* g = a->grid();
    scalePen(g, "pen", factor);
    scaleAttribute<QPen>(
        g, "zeroLinePen", factor, [g] { return g->zeroLinePen(); },
        [g](const QPen& p) { g->setZeroLinePen(p); });
}

void scaleLegend(QCPLegend* legend, double factor)
{
    scaleFont(legend, "font", factor);
    scaleAttribute<QPen>(
        legend, "borderPen", factor, [legend] { return legend->borderPen(); },
        [legend](const QPen& p) { legend->setBorderPen(p); });
    for (int i = 0; i < legend->itemCount(); ++i) {
        if (QCPAbstractLegendItem* item = legend->item(i)) // a wrapped legend has empty cells
            scaleFont(item, "font", factor);
    }
}

} // namespace

void applyChartScale(QCustomPlot* plot, double factor)
{
    for (int i = 0; i < plot->plottableCount(); ++i)
        scalePen(plot->plottable(i), "pen", factor);
    for (int i = 0; i < plot->itemCount(); ++i) {
        QCPAbstractItem* item = plot->item(i);
        scaleItemPen<QCPItemLine, QCPItemStraightLine, QCPItemRect, QCPItemText, QCPItemTracer, QCPItemCurve,
                     QCPItemEllipse, QCPItemBracket>(item, factor);
        if (auto* text = qobject_cast<QCPItemText*>(item))
            scaleFont(text, "font", factor);
    }
    for (QCPAxisRect* rect : plot->axisRects()) {
        for (QCPAxis* axis : rect->axes())
            scaleAxis(axis, factor);
    }
    if (plot->legend)
        scaleLegend(plot->legend, factor);
    for (QCPLayoutElement* element : plot->plotLayout()->elements(true)) {
        if (auto* text = qobject_cast<QCPTextElement*>(element))
            scaleFont(text, "font", factor);
    }
}

} // namespace aicarbon
