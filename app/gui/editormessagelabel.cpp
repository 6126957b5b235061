// SPDX-License-Identifier: GPL-3.0-or-later
#include "editormessagelabel.h"

#include <algorithm>

namespace aicarbon {

namespace {

QString rendered(const EditorMessage& message)
{
    const QString colour = message.error ? QStringLiteral("#b3261e") : QStringLiteral("#8a5300");
    const QString mark = message.error ? QStringLiteral("✖") : QStringLiteral("⚠");
    return QStringLiteral("<span style=\"color:%1\">%2&nbsp;%3</span>")
        .arg(colour, mark, message.text.toHtmlEscaped());
}

} // namespace

EditorMessageLabel::EditorMessageLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setObjectName(QStringLiteral("message"));
    hide();
}

void EditorMessageLabel::setMessages(const QList<EditorMessage>& messages)
{
    if (messages == m_messages)
        return;
    m_messages = messages;
    QStringList lines;
    for (const EditorMessage& m : messages)
        lines << rendered(m);
    setText(lines.join(QStringLiteral("<br>")));
    setVisible(!messages.isEmpty());
}

bool EditorMessageLabel::hasError() const
{
    return std::any_of(m_messages.begin(), m_messages.end(), [](const EditorMessage& m) { return m.error; });
}

} // namespace aicarbon
