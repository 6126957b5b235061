// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonpanel.h"

#include "lessons.h"

#include <QAction>
#include <QEvent>
#include <QTextBrowser>

namespace aicarbon {

namespace {

/// Lesson text is read from the back of a classroom: a quarter larger than the interface.
constexpr double kProjectorScale = 1.25;

} // namespace

LessonPanel::LessonPanel(const Catalog& catalog, QWidget* parent)
    : QDockWidget(parent)
    , m_catalog(catalog)
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("lessonDock"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    m_text->setObjectName(QStringLiteral("lessonText"));
    m_text->setOpenLinks(false);
    QFont font = m_text->font();
    font.setPointSizeF(font.pointSizeF() * kProjectorScale);
    m_text->setFont(font);
    setWidget(m_text);
    hide();
    refresh();
}

void LessonPanel::showLesson(const QString& id)
{
    m_lessonId = Lessons::ids().contains(id) ? id : QString();
    refresh();
    setVisible(!m_lessonId.isEmpty());
}

void LessonPanel::closeLesson()
{
    m_lessonId.clear();
    refresh();
    hide();
}

QString LessonPanel::plainText() const
{
    return m_text->toPlainText();
}

void LessonPanel::changeEvent(QEvent* event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

void LessonPanel::refresh()
{
    setWindowTitle(tr("Lesson"));
    toggleViewAction()->setEnabled(!m_lessonId.isEmpty());
    const std::optional<Lesson> lesson = Lessons::find(m_catalog, m_lessonId);
    if (!lesson) {
        m_text->clear();
        return;
    }
    m_text->setHtml(QStringLiteral("<h3>%1</h3>%2").arg(lesson->title.toHtmlEscaped(), lesson->text));
}

} // namespace aicarbon
