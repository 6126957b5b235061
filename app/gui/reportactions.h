// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontext.h"
#include "estimate.h"
#include "uncertainty.h"

#include <QObject>

#include <vector>

class QMenu;
class QWidget;

namespace aicarbon {

/// The File menu's paper outputs: Export Table… (CSV, LaTeX or Markdown by file
/// filter), Methods Paragraph… and Export Reproducibility Bundle…, over the document's
/// scenarios and estimates.
class ReportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportActions)

public:
    ReportActions(const AppContext& context, QWidget* window);

    /// Adds the three actions to `menu`.
    void addTo(QMenu* menu);

    /// Writes the comparison table to `path` in the format of its suffix (.csv, .tex,
    /// anything else Markdown); returns an error message or empty.
    QString exportTable(const QString& path) const;
    /// Writes the reproducibility bundle into `folder`; returns an error message or empty.
    QString exportBundle(const QString& folder) const;

public Q_SLOTS:
    void chooseTableFile();
    void showMethods();
    void chooseBundleFolder();

private:
    /// The catalog of paper outputs: English region names whatever the UI language.
    const Catalog& paperCatalog() const;
    /// The document's scenarios estimated on paperCatalog(), so that the region names the
    /// estimates quote are English.
    std::vector<Estimate> estimates() const;
    /// Every scenario's interval when intervals are shown and all are known; else empty.
    std::vector<UncertaintyResult> intervals() const;

    AppContext m_context;
    QWidget* m_window;
};

} // namespace aicarbon
