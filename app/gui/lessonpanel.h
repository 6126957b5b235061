// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QTextBrowser;

namespace aicarbon {

class Catalog;

/// The open lesson's title and text beside the results, in large type for a projector.
/// Hidden while no lesson is open; closing it only hides it. Follows language changes.
class LessonPanel final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonPanel)

public:
    /// `catalog`: what the lesson texts quote; it outlives the panel.
    explicit LessonPanel(const Catalog& catalog, QWidget* parent = nullptr);

    /// Shows the lesson `id` (Lessons::find); an unknown id closes the panel.
    void showLesson(const QString& id);
    /// Forgets the lesson and hides the panel (another project was opened).
    void closeLesson();
    /// The lesson shown; empty when none.
    QString lessonId() const { return m_lessonId; }
    /// The text shown, as plain text (tests).
    QString plainText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    const Catalog& m_catalog;
    QTextBrowser* m_text;
    QString m_lessonId;
};

} // namespace aicarbon
