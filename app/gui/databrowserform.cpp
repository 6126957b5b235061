// SPDX-License-Identifier: GPL-3.0-or-later
#include "databrowserform.h"
#include "diagnostictext.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace aicarbon {

namespace {

QString localNumber(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

QString outOfRangeText(const std::string& path)
{
    if (path == "/tdp_w")
        return DataBrowserForm::tr("TDP must be between %1 and %2 W.").arg(localNumber(5), localNumber(2000));
    if (path == "/idle_w")
        return DataBrowserForm::tr("Idle power must be between %1 W and the TDP.").arg(localNumber(0));
    if (path == "/peak_tflops")
        return DataBrowserForm::tr("Peak rates must be above 0 and at most %1 TFLOP/s.")
            .arg(localNumber(1e6));
    if (path == "/g_per_kwh")
        return DataBrowserForm::tr("Carbon intensity must be above 0 and at most %1 g/kWh.")
            .arg(localNumber(1200));
    if (path == "/cfe_fraction")
        return DataBrowserForm::tr("The carbon-free share must be between %1 and %2 %.")
            .arg(localNumber(0), localNumber(100));
    if (path == "/year")
        return DataBrowserForm::tr("The year must be between %1 and %2.")
            .arg(QString::number(1990), QString::number(2100)); // years: no group separator
    return {};
}

} // namespace

DataBrowserForm::DataBrowserForm(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(1, 1);
}

DataBrowserForm::~DataBrowserForm() = default;

void DataBrowserForm::addField(const QString& path, const QString& label, QWidget* field, const QString& unit)
{
    const int row = m_grid->rowCount();
    auto* caption = new QLabel(label, this);
    caption->setBuddy(field);
    field->setObjectName(path.mid(1));
    m_grid->addWidget(caption, row, 0);
    m_grid->addWidget(field, row, 1);
    if (!unit.isEmpty())
        m_grid->addWidget(new QLabel(unit, this), row, 2);
    addMessageLine(path);
    watch(path, field);
}

QLineEdit* DataBrowserForm::addNumber(const QString& path, const QString& label, const QString& unit,
                                      const QString& placeholder)
{
    auto* edit = new QLineEdit(this);
    edit->setAlignment(Qt::AlignRight);
    edit->setPlaceholderText(placeholder.isEmpty() ? tr("unknown") : placeholder);
    addField(path, label, edit, unit);
    return edit;
}

QLineEdit* DataBrowserForm::addText(const QString& path, const QString& label, const QString& placeholder)
{
    auto* edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    addField(path, label, edit);
    return edit;
}

void DataBrowserForm::addMessageLine(const QString& path)
{
    auto* message = new QLabel(this);
    message->setObjectName(path.mid(1) + QStringLiteral("Message"));
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    message->setVisible(false);
    m_grid->addWidget(message, m_grid->rowCount(), 1, 1, 2);
    m_messages.insert(path, message);
}

void DataBrowserForm::addHeading(const QString& text)
{
    auto* heading = new QLabel(text, this);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    const int row = m_grid->rowCount();
    if (row > 0)
        m_grid->setRowMinimumHeight(row, 8);
    m_grid->addWidget(heading, row + 1, 0, 1, 3);
}

void DataBrowserForm::watch(const QString& path, QWidget* field)
{
    if (auto* edit = qobject_cast<QLineEdit*>(field)) {
        m_edits.insert(path, edit);
        connect(edit, &QLineEdit::textEdited, this, [this, path] { m_touched.insert(path, true); });
        connect(edit, &QLineEdit::textChanged, this, &DataBrowserForm::edited);
    } else if (auto* combo = qobject_cast<QComboBox*>(field)) {
        connect(combo, &QComboBox::currentIndexChanged, this, &DataBrowserForm::edited);
    }
}

bool DataBrowserForm::isPending(const QString& path) const
{
    const QLineEdit* edit = m_edits.value(path);
    return edit && edit->text().trimmed().isEmpty() && !isTouched(path);
}

void DataBrowserForm::clearMessages()
{
    for (QLabel* label : std::as_const(m_messages)) {
        label->clear();
        label->setVisible(false);
    }
}

bool DataBrowserForm::addMessage(const QString& path, const QString& text, Severity severity)
{
    QLabel* label = m_messages.value(path);
    if (!label)
        return false;
    // Dark red for errors and dark amber for notes: both readable on light and dark rows.
    const QString color = severity == Severity::Error ? QStringLiteral("#B00020") : QStringLiteral("#8A5A00");
    label->setStyleSheet(QStringLiteral("color: %1;").arg(color));
    label->setText(label->text().isEmpty() ? text : label->text() + QLatin1Char('\n') + text);
    label->setVisible(true);
    return true;
}

QString DataBrowserForm::messageText(const Diagnostic& diagnostic)
{
    const std::string& code = diagnostic.code;
    const std::string& path = diagnostic.path;
    QString text;
    if (code == "missing-value" && path == "/id")
        text = tr("Enter an id.");
    else if (code == "missing-value" && path == "/name")
        text = tr("Enter a name.");
    else if (code == "value-out-of-range")
        text = outOfRangeText(path);
    else if (code == "inconsistent-peaks")
        text = tr("The BF16 peak must not be below the FP32 peak.");
    return text.isEmpty() ? diagnosticText(diagnostic) : text;
}

std::optional<double> DataBrowserForm::parseNumber(const QString& text, bool* ok)
{
    const QString trimmed = text.trimmed();
    *ok = true;
    if (trimmed.isEmpty())
        return std::nullopt;
    double value = QLocale().toDouble(trimmed, ok);
    if (!*ok)
        value = QLocale::c().toDouble(trimmed, ok);
    return *ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace aicarbon
