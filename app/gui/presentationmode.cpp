// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationmode.h"

#include "chartscaling.h"

#include <QApplication>
#include <QVariant>
#include <QWidget>

#include <qcustomplot.h>

namespace aicarbon {

namespace {

/// Where a widget with a font of its own keeps that font while the mode is on.
constexpr char kNormalFontProperty[] = "presentationMode.normalFont";

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
    scaleWidgetFonts(enabled);
    if (enabled)
        rememberApplicationFonts();
    // The default font first: setting it forgets the fonts of widget classes.
    QApplication::setFont(scaledFont(m_normalFont, factor()));
    for (const auto& [className, font] : m_classFonts)
        QApplication::setFont(scaledFont(font, factor()), className);
    // Qt posts the change to the widgets; they should have their new fonts before anyone
    // (a chart laying out its labels) reads them.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::ApplicationFontChange);
    Q_EMIT changed(enabled);
}

void PresentationMode::rememberApplicationFonts()
{
    m_normalFont = QApplication::font();
    m_classFonts.clear();
    for (const char* className : kThemeFontClasses) {
        const QFont font = QApplication::font(className);
        if (font != m_normalFont)
            m_classFonts.append({className, font});
    }
}

// Turning on keeps each such widget's font to give it back exactly; one that got its
// font while the mode was on (made from the enlarged application font) is scaled back.
void PresentationMode::scaleWidgetFonts(bool up)
{
    const QByteArray key(kNormalFontProperty);
    for (QWidget* widget : QApplication::allWidgets()) {
        if (!hasOwnFontSize(widget))
            continue;
        if (up) {
            widget->setProperty(key.constData(), widget->font());
            widget->setFont(scaledFont(widget->font(), kFactor));
            continue;
        }
        const QVariant normal = widget->property(key.constData());
        widget->setFont(normal.isValid() ? normal.value<QFont>() : scaledFont(widget->font(), 1.0 / kFactor));
        widget->setProperty(key.constData(), QVariant());
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
