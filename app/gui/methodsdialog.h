// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimate.h"
#include "methodstext.h"
#include "scenario.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QPlainTextEdit;

namespace aicarbon {

class Catalog;

/// Shows the generated methods paragraph (LaTeX or Markdown) of a project, with Copy to
/// Clipboard, Save (.tex / .md) and Save .bib. The paragraph stays English until the
/// languages issue lands.
class MethodsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MethodsDialog)

public:
    MethodsDialog(std::vector<Scenario> scenarios, std::vector<Estimate> estimates, const Catalog* catalog,
                  QWidget* parent = nullptr);

    /// The scenarios' intervals (same order) and how they were computed: the paragraph
    /// then states them. Empty: no intervals.
    void setIntervals(std::vector<UncertaintyResult> intervals, const UncertaintyOptions& options);

    TextFormat format() const;
    void setFormat(TextFormat format);
    /// The paragraph as shown.
    QString text() const;
    /// BibTeX of every source the paragraph cites.
    QString bibliographyText() const;

    /// Writes the paragraph / the .bib atomically; returns an error message or empty.
    QString saveText(const QString& path) const;
    QString saveBibliography(const QString& path) const;

public Q_SLOTS:
    void copyToClipboard();

private Q_SLOTS:
    void regenerate();
    void chooseTextFile();
    void chooseBibliographyFile();

private:
    std::vector<Scenario> m_scenarios;
    std::vector<Estimate> m_estimates;
    std::vector<UncertaintyResult> m_intervals;
    UncertaintyOptions m_intervalOptions;
    const Catalog* m_catalog;
    MethodsText m_methods;
    QComboBox* m_format = nullptr;
    QPlainTextEdit* m_view = nullptr;
};

} // namespace aicarbon
