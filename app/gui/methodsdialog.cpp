// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodsdialog.h"

#include "bibliography.h"
#include "savefile.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace aicarbon {

MethodsDialog::MethodsDialog(std::vector<Scenario> scenarios, std::vector<Estimate> estimates,
                             const Catalog* catalog, QWidget* parent)
    : QDialog(parent)
    , m_scenarios(std::move(scenarios))
    , m_estimates(std::move(estimates))
    , m_catalog(catalog)
    , m_format(new QComboBox(this))
    , m_view(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Methods Paragraph"));
    m_format->addItem(tr("LaTeX"), int(TextFormat::Latex));
    m_format->addItem(tr("Markdown"), int(TextFormat::Markdown));
    m_view->setReadOnly(true);
    m_view->setObjectName(QStringLiteral("methodsText"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy to Clipboard"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyButton"));
    QPushButton* save = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    QPushButton* saveBib = buttons->addButton(tr("Save .&bib…"), QDialogButtonBox::ActionRole);

    auto* label = new QLabel(tr("&Format:"), this);
    label->setBuddy(m_format);
    auto* top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_format);
    top->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(720, 480);

    connect(m_format, &QComboBox::currentIndexChanged, this, &MethodsDialog::regenerate);
    connect(copy, &QPushButton::clicked, this, &MethodsDialog::copyToClipboard);
    connect(save, &QPushButton::clicked, this, &MethodsDialog::chooseTextFile);
    connect(saveBib, &QPushButton::clicked, this, &MethodsDialog::chooseBibliographyFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    regenerate();
}

TextFormat MethodsDialog::format() const
{
    return TextFormat(m_format->currentData().toInt());
}

void MethodsDialog::setFormat(TextFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

QString MethodsDialog::text() const
{
    return m_view->toPlainText();
}

QString MethodsDialog::bibliographyText() const
{
    return QString::fromStdString(bibliography(m_methods.citations, *m_catalog));
}

QString MethodsDialog::saveText(const QString& path) const
{
    return saveFile(path, text().toStdString());
}

QString MethodsDialog::saveBibliography(const QString& path) const
{
    return saveFile(path, bibliographyText().toStdString());
}

void MethodsDialog::copyToClipboard()
{
    QApplication::clipboard()->setText(text());
}

void MethodsDialog::setIntervals(std::vector<UncertaintyResult> intervals, const UncertaintyOptions& options)
{
    m_intervals = std::move(intervals);
    m_intervalOptions = options;
    regenerate();
}

void MethodsDialog::regenerate()
{
    MethodsOptions options(format(), QApplication::applicationVersion().toStdString());
    options.uncertainty = m_intervals;
    options.uncertaintyOptions = m_intervalOptions;
    m_methods = methodsText(m_estimates, m_scenarios, *m_catalog, options);
    m_view->setPlainText(QString::fromStdString(m_methods.text));
}

void MethodsDialog::chooseTextFile()
{
    const bool latex = format() == TextFormat::Latex;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Methods Paragraph"),
                                     latex ? QStringLiteral("methods.tex") : QStringLiteral("methods.md"),
                                     latex ? tr("LaTeX (*.tex)") : tr("Markdown (*.md)"));
    if (!path.isEmpty())
        warnIfFailed(this, saveText(path), path);
}

void MethodsDialog::chooseBibliographyFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Bibliography"),
                                                      QStringLiteral("references.bib"), tr("BibTeX (*.bib)"));
    if (!path.isEmpty())
        warnIfFailed(this, saveBibliography(path), path);
}

} // namespace aicarbon
