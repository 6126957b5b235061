// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QList>
#include <QString>

namespace aicarbon {

/// One problem shown beside an input: an estimate diagnostic or a parse error.
struct EditorMessage
{
    bool error = true; ///< false: a warning
    QString text;

    bool operator==(const EditorMessage&) const = default;
};

/// The inline problem text under a field: red for errors, amber for warnings; hidden
/// when there is nothing to say.
class EditorMessageLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorMessageLabel)

public:
    explicit EditorMessageLabel(QWidget* parent = nullptr);

    void setMessages(const QList<EditorMessage>& messages);
    const QList<EditorMessage>& messages() const { return m_messages; }
    bool hasError() const;

private:
    QList<EditorMessage> m_messages;
};

} // namespace aicarbon
