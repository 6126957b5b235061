// SPDX-License-Identifier: GPL-3.0-or-later
#include "rangeeditor.h"

#include "editornumbers.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace aicarbon {

namespace {

constexpr int kBoundWidth = 72;

QLineEdit* boundEdit(const QString& name, const QString& placeholder, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setFixedWidth(kBoundWidth);
    return edit;
}

} // namespace

RangeEditor::RangeEditor(QWidget* parent)
    : QWidget(parent)
    , m_low(boundEdit(QStringLiteral("rangeLow"), tr("low bound"), this))
    , m_high(boundEdit(QStringLiteral("rangeHigh"), tr("high bound"), this))
    , m_distribution(new QComboBox(this))
    , m_remove(new QToolButton(this))
    , m_message(new QLabel(this))
{
    m_distribution->setObjectName(QStringLiteral("rangeDistribution"));
    m_distribution->addItem(tr("uniform"), static_cast<int>(Distribution::Uniform));
    m_distribution->addItem(tr("triangular"), static_cast<int>(Distribution::Triangular));
    m_distribution->addItem(tr("normal"), static_cast<int>(Distribution::Normal));
    m_distribution->addItem(tr("lognormal"), static_cast<int>(Distribution::Lognormal));
    m_distribution->setToolTip(tr("Uniform: every value between the bounds equally likely. Triangular: most "
                                  "likely at the field's value. Normal: centred on the value, σ = (high − "
                                  "low)/3.29, cut at the bounds. Lognormal: the bounds are the 5% and 95% "
                                  "quantiles around the value."));
    m_remove->setObjectName(QStringLiteral("rangeRemove"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the range: the input counts as exactly known again"));
    m_message->setObjectName(QStringLiteral("rangeMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_low);
    row->addWidget(new QLabel(QStringLiteral("–"), this));
    row->addWidget(m_high);
    row->addWidget(m_distribution);
    row->addWidget(m_remove);
    row->addStretch(1);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addLayout(row);
    column->addWidget(m_message);
    connect(m_low, &QLineEdit::editingFinished, this, &RangeEditor::commit);
    connect(m_high, &QLineEdit::editingFinished, this, &RangeEditor::commit);
    connect(m_distribution, &QComboBox::activated, this, &RangeEditor::commit);
    connect(m_remove, &QToolButton::clicked, this, [this] {
        m_low->clear();
        m_high->clear();
        showError({});
        m_remove->setEnabled(false);
        if (std::exchange(m_range, std::nullopt))
            Q_EMIT rangeEdited(std::nullopt);
    });
}

void RangeEditor::setRange(std::optional<InputRange> range, std::optional<double> central)
{
    m_central = central;
    QString error;
    if (range == m_range && parse(&error) == range)
        return; // the user's text already means this range
    m_range = range;
    const QLocale locale;
    m_low->setText(range ? formatEditorNumber(range->low, locale) : QString());
    m_high->setText(range ? formatEditorNumber(range->high, locale) : QString());
    m_distribution->setCurrentIndex(std::max(
        0, m_distribution->findData(static_cast<int>(range ? range->distribution : Distribution::Uniform))));
    m_remove->setEnabled(range.has_value());
    showError({});
}

QString RangeEditor::inputError() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

std::optional<InputRange> RangeEditor::parse(QString* error) const
{
    const QLocale locale;
    const ParsedNumber low = parseEditorNumber(m_low->text(), locale);
    const ParsedNumber high = parseEditorNumber(m_high->text(), locale);
    if (!low.ok || !high.ok) {
        *error = !low.ok ? tr("Low bound: %1").arg(low.error) : tr("High bound: %1").arg(high.error);
        return std::nullopt;
    }
    if (!low.value || !high.value)
        return std::nullopt; // not finished yet
    const auto distribution = static_cast<Distribution>(m_distribution->currentData().toInt());
    const InputRange range {*low.value, *high.value, distribution};
    if (!(range.low < range.high))
        *error = tr("The low bound must be below the high bound.");
    else if (!m_central)
        *error = tr("Give the field a value first: the range is drawn around it.");
    else if (*m_central < range.low || *m_central > range.high)
        *error =
            tr("The range must contain the field's value, %1.").arg(formatEditorNumber(*m_central, locale));
    else if (distribution == Distribution::Lognormal && range.low <= 0.0)
        *error = tr("A lognormal range needs a positive low bound.");
    return error->isEmpty() ? std::optional<InputRange>(range) : std::nullopt;
}

void RangeEditor::commit()
{
    QString error;
    const std::optional<InputRange> range = parse(&error);
    showError(error);
    if (range && range != m_range) {
        m_range = range;
        m_remove->setEnabled(true);
        Q_EMIT rangeEdited(range);
    }
}

void RangeEditor::showError(const QString& error)
{
    m_message->setText(error);
    m_message->setVisible(!error.isEmpty());
}

} // namespace aicarbon
