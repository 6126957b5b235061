// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationmode.h"

#include "chartscaling.h"

#include <QApplication>
#include <QHeaderView>
#include <QVariant>
#include <QWidget>

#include <qcustomplot.h>

#include <cmath>

namespace aicarbon {

namespace {

/// The widget classes a platform theme may give fonts of their own (menus, tool tips,
/// small print): the classes of QApplicationPrivate::initializeWidgetFontHash().
constexpr const char* kThemeFontClasses[] = {"QMenu",
                                             "QMenuBar",
                                             "QMenuItem",
                                             "QMessageBox",
                                             "QLabel",
                                             "QTipLabel",
                                             "QStatusBar",
                                             "QMdiSubWindowTitleBar",
                                             "QDockWidgetTitle",
                                             "QPushButton",
                                             "QCheckBox",
                                             "QRadioButton",
                                             "QToolButton",
                                             "QAbstractItemView",
                                             "QListView",
                                             "QHeaderView",
                                             "QListBox",
                                             "QComboMenuItem",
                                             "QComboLineEdit",
                                             "QSmallFont",
                                             "QMiniFont"};

/// Turning on keeps a widget's own value (its own font size, its row height) to give it
/// back exactly; one set while the mode was on (made from the enlarged application font)
/// is scaled back.
template<typename T, typename Get, typename Set, typename Scale>
void scaleRemembered(QWidget* widget, const char* key, bool up, Get get, Set set, Scale scale)
{
    if (up) {
        widget->setProperty(key, QVariant::fromValue(get()));
        set(scale(get(), PresentationMode::kFactor));
        return;
    }
    const QVariant normal = widget->property(key);
    set(normal.isValid() ? normal.value<T>() : scale(get(), 1.0 / PresentationMode::kFactor));
    widget->setProperty(key, QVariant());
}

/// A widget whose font size was set on it (a headline): the application font does not reach it.
bool hasOwnFontSize(const QWidget* widget)
{
    return widget->testAttribute(Qt::WA_SetFont) && (widget->font().resolveMask() & QFont::SizeResolved);
}

} // namespace

PresentationMode::PresentationMode(QObject* parent)
    : QObject(parent)
{ }

PresentationMode::~PresentationMode()
{
    setEnabled(false);
}

void PresentationMode::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    // Widgets with their own size first: the application font change that follows makes
    // windows that derive their sizes from it (the guided explanation) set them again.
    scaleOwnFonts(enabled);
    if (enabled)
        rememberApplicationFonts();
    QApplication::setFont(scaledFont(m_normalFont, factor()));
    for (const auto& [className, font] : m_classFonts)
        QApplication::setFont(scaledFont(font, factor()), className);
    // Qt posts the change to the widgets; they should have their new fonts before anyone
    // (a chart laying out its labels) reads them.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::ApplicationFontChange);
    scaleRowHeights(enabled);
    Q_EMIT changed(enabled);
}

void PresentationMode::rememberApplicationFonts()
{
    m_normalFont = QApplication::font();
    m_classFonts.clear();
    for (const char* className : kThemeFontClasses) // Qt keeps them when the default changes
        m_classFonts.append({className, QApplication::font(className)});
}

void PresentationMode::scaleOwnFonts(bool up)
{
    for (QWidget* widget : QApplication::allWidgets()) {
        if (!hasOwnFontSize(widget))
            continue;
        scaleRemembered<QFont>(
            widget, "presentationMode.normalFont", up, [widget] { return widget->font(); },
            [widget](const QFont& font) { widget->setFont(font); }, &scaledFont);
    }
}

// Row heights that views set from their font do not follow a font change.
void PresentationMode::scaleRowHeights(bool up)
{
    for (QWidget* widget : QApplication::allWidgets()) {
        auto* rows = qobject_cast<QHeaderView*>(widget);
        if (!rows || rows->orientation() != Qt::Vertical)
            continue;
        scaleRemembered<int>(
            rows, "presentationMode.normalRowHeight", up, [rows] { return rows->defaultSectionSize(); },
            [rows](int height) { rows->setDefaultSectionSize(height); },
            [](int height, double factor) { return int(std::lround(height * factor)); });
    }
}

void PresentationMode::follow(QCustomPlot* plot)
{
    applyChartScale(plot, factor()); // remembers the view's own pens and fonts as they are now
    connect(plot, &QCustomPlot::beforeReplot, this, [this, plot] { applyChartScale(plot, factor()); });
    connect(this, &PresentationMode::changed, plot, [plot] { plot->replot(); });
}

void followPresentationMode(const AppContext& context, QCustomPlot* plot)
{
    if (context.presentation)
        context.presentation->follow(plot);
}

} // namespace aicarbon
