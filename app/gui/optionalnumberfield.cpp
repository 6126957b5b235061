// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionalnumberfield.h"
#include "rangeeditor.h"

#include "editornumbers.h"
#include "editorstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace aicarbon {

namespace {

constexpr int kEditWidth = 180; // one column of equal fields in every section
constexpr int kLongUnit = 150;

QLabel* makeTag(QWidget* parent)
{
    auto* tag = new QLabel(parent);
    tag->setObjectName(QStringLiteral("defaultTag"));
    tag->setStyleSheet(QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 3px;"
                                      " padding: 0px 4px; font-style: italic; }"));
    setMutedText(tag);
    QFont font = tag->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    tag->setFont(font);
    return tag;
}

} // namespace

OptionalNumberField::OptionalNumberField(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_unit(new QLabel(this))
    , m_tag(makeTag(this))
    , m_message(new EditorMessageLabel(this))
{
    m_edit->setClearButtonEnabled(true);
    m_edit->setFixedWidth(kEditWidth);
    m_unit->setObjectName(QStringLiteral("unit"));
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit);
    row->addWidget(m_unit);
    row->addWidget(m_tag);
    row->addStretch(1);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addLayout(row);
    column->addWidget(m_message);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &OptionalNumberField::commitText);
    connect(m_edit, &QLineEdit::editingFinished, this, &OptionalNumberField::commitText);
    connect(m_edit, &QLineEdit::textChanged, this, &OptionalNumberField::updateEmptyLook);
    updateEmptyLook();
}

void OptionalNumberField::enableRange()
{
    if (m_rangeButton)
        return;
    m_rangeButton = new QToolButton(this);
    m_rangeButton->setObjectName(QStringLiteral("rangeButton"));
    m_rangeButton->setText(QStringLiteral("±"));
    m_rangeButton->setCheckable(true);
    m_rangeButton->setAutoRaise(true);
    m_rangeButton->setToolTip(tr("Give this input an uncertainty range (low, high and distribution)"));
    m_rangeEditor = new RangeEditor(this);
    m_rangeEditor->hide();
    auto* row = qobject_cast<QHBoxLayout*>(layout()->itemAt(0)->layout());
    row->insertWidget(row->count() - 1, m_rangeButton); // before the stretch
    qobject_cast<QVBoxLayout*>(layout())->insertWidget(1, m_rangeEditor);
    connect(m_rangeButton, &QToolButton::toggled, m_rangeEditor, &QWidget::setVisible);
    connect(m_rangeEditor, &RangeEditor::rangeEdited, this, &OptionalNumberField::rangeEdited);
}

void OptionalNumberField::setRange(std::optional<InputRange> range)
{
    if (!m_rangeEditor)
        return;
    m_rangeEditor->setRange(range, m_value);
    if (range && !m_range)
        m_rangeButton->setChecked(true); // an input with a range shows it
    m_range = range;
    QFont font = m_rangeButton->font();
    font.setBold(range.has_value());
    m_rangeButton->setFont(font);
}

void OptionalNumberField::setUnit(const QString& unit)
{
    m_unit->setText(unit);
    // Long units (translations) take two lines rather than push the field below its label.
    m_unit->setWordWrap(m_unit->fontMetrics().horizontalAdvance(unit) > kLongUnit);
    m_unit->setVisible(!unit.isEmpty());
}

void OptionalNumberField::setValue(std::optional<double> value)
{
    const bool unchanged = value == m_value;
    m_value = value;
    const ParsedNumber shown = parseEditorNumber(m_edit->text(), QLocale(), m_integer);
    if (shown.ok && shown.value == value) {
        setInputError({});
        return;
    }
    if (unchanged && (m_edit->hasFocus() || !m_inputError.isEmpty()))
        return;
    m_edit->setText(value ? formatEditorNumber(*value, QLocale()) : QString());
    setInputError({});
}

void OptionalNumberField::reset(std::optional<double> value)
{
    m_value = value;
    m_edit->setText(value ? formatEditorNumber(*value, QLocale()) : QString());
    setInputError({});
}

void OptionalNumberField::setDefault(const QString& valueText, const QString& tag, const QString& toolTip)
{
    m_edit->setPlaceholderText(valueText);
    m_tag->setText(tag);
    m_defaultToolTip = toolTip;
    m_tag->setToolTip(toolTip);
    updateEmptyLook();
}

void OptionalNumberField::setHelp(const QString& toolTip)
{
    m_help = toolTip;
    updateEmptyLook();
}

void OptionalNumberField::setMessages(const QList<EditorMessage>& messages)
{
    m_estimateMessages = messages;
    showMessages();
}

void OptionalNumberField::commitText()
{
    const ParsedNumber parsed = parseEditorNumber(m_edit->text(), QLocale(), m_integer);
    setInputError(parsed.ok ? QString() : parsed.error);
    if (parsed.ok && parsed.value != m_value)
        Q_EMIT valueEdited(parsed.value);
}

void OptionalNumberField::updateEmptyLook()
{
    const bool empty = m_edit->text().isEmpty();
    QFont font = m_edit->font();
    font.setItalic(empty);
    m_edit->setFont(font);
    m_tag->setVisible(empty && !m_tag->text().isEmpty());
    const QString inUse =
        empty && !m_defaultToolTip.isEmpty() ? QStringLiteral("\n\n") + m_defaultToolTip : QString();
    m_edit->setToolTip(m_help + inUse);
}

void OptionalNumberField::showMessages()
{
    QList<EditorMessage> all;
    if (!m_inputError.isEmpty()) {
        const QString used = m_value ? formatEditorNumber(*m_value, QLocale()) : tr("the default");
        all.append({true, tr("%1; the estimate still uses %2").arg(m_inputError, used)});
    }
    all.append(m_estimateMessages);
    m_message->setMessages(all);
    const bool error = m_message->hasError();
    if (error == m_errorLook)
        return;
    m_errorLook = error;
    m_edit->setStyleSheet(error ? QStringLiteral("QLineEdit { border: 1px solid #b3261e; border-radius: 2px; "
                                                 "padding: 1px; }")
                                : QString());
}

void OptionalNumberField::setInputError(const QString& error)
{
    m_inputError = error;
    showMessages();
}

} // namespace aicarbon
