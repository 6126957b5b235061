// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editormessagelabel.h"
#include "inputrange.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QToolButton;

namespace aicarbon {

class RangeEditor;

/// A number that may be left open: a line edit with its unit, a grey "default" tag and
/// the value in use as placeholder while empty, and an inline message for bad input or
/// for the estimate's diagnostics on this field. Reads and writes with the current
/// QLocale; scientific notation is accepted. Emits valueEdited as the user types.
class OptionalNumberField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionalNumberField)

public:
    explicit OptionalNumberField(QWidget* parent = nullptr);

    void setUnit(const QString& unit);
    void setInteger(bool integer) { m_integer = integer; }
    /// The value of the document. Keeps the text the user is typing when it already
    /// means `value` (no cursor jumps), and keeps invalid input until the value changes.
    void setValue(std::optional<double> value);
    std::optional<double> value() const { return m_value; }
    /// Shows `value` whatever the field holds (another scenario is shown now).
    void reset(std::optional<double> value);
    /// What the engine uses while the field is empty: placeholder text, a short tag
    /// ("default", "catalog") and a tool tip naming the source.
    void setDefault(const QString& valueText, const QString& tag, const QString& toolTip);
    void setHelp(const QString& toolTip);
    /// Diagnostics of the estimate for this field.
    void setMessages(const QList<EditorMessage>& messages);

    /// Offers a "±" button that opens a range editor below the field (hidden until asked
    /// for, or while the input has a range).
    void enableRange();
    /// The input's uncertainty range in the document.
    void setRange(std::optional<InputRange> range);

    QLineEdit* lineEdit() const { return m_edit; }
    QString inputError() const { return m_inputError; }

Q_SIGNALS:
    /// The user typed a valid number, or cleared the field (nullopt).
    void valueEdited(std::optional<double> value);
    /// The user entered a valid range or removed it (nullopt).
    void rangeEdited(std::optional<aicarbon::InputRange> range);

private Q_SLOTS:
    void commitText();
    void updateEmptyLook();

private:
    void showMessages();
    void setInputError(const QString& error);

    QLineEdit* m_edit;
    QLabel* m_unit;
    QLabel* m_tag;
    EditorMessageLabel* m_message;
    QToolButton* m_rangeButton = nullptr;
    RangeEditor* m_rangeEditor = nullptr;
    std::optional<InputRange> m_range;
    std::optional<double> m_value;
    QList<EditorMessage> m_estimateMessages;
    QString m_inputError;
    QString m_help;
    QString m_defaultToolTip;
    bool m_integer = false;
    bool m_errorLook = false;
};

} // namespace aicarbon
