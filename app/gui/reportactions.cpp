// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportactions.h"

#include "estimate.h"
#include "figurebundle.h"
#include "methodsdialog.h"
#include "reportbundle.h"
#include "reporttable.h"
#include "reportwriters.h"
#include "savefile.h"
#include "scenariodocument.h"
#include "scenariouncertainty.h"
#include "textfile.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

namespace aicarbon {

ReportActions::ReportActions(const AppContext& context, QWidget* window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
{ }

void ReportActions::addTo(QMenu* menu)
{
    menu->addAction(tr("Export &Table…"), this, &ReportActions::chooseTableFile);
    menu->addAction(tr("&Methods Paragraph…"), this, &ReportActions::showMethods);
    menu->addAction(tr("Export Reproducibility &Bundle…"), this, &ReportActions::chooseBundleFolder);
}

const Catalog& ReportActions::paperCatalog() const
{
    return m_context.paperCatalog ? *m_context.paperCatalog : *m_context.catalog;
}

std::vector<Estimate> ReportActions::estimates() const
{
    std::vector<Estimate> out;
    for (const Scenario& s : m_context.document->scenarios())
        out.push_back(estimate(s, paperCatalog()));
    return out;
}

std::vector<UncertaintyResult> ReportActions::intervals() const
{
    std::vector<UncertaintyResult> out;
    for (const UncertaintyResult* r : m_context.uncertainty ? m_context.uncertainty->finishedResults()
                                                            : std::vector<const UncertaintyResult*>()) {
        if (!r)
            return {}; // a scenario with errors: no intervals at all rather than some
        out.push_back(*r);
    }
    return out;
}

QString ReportActions::exportTable(const QString& path) const
{
    ReportTable table = reportTable(estimates());
    if (const std::vector<UncertaintyResult> ranges = intervals(); !ranges.empty())
        addIntervals(table, ranges);
    const QString suffix = QFileInfo(path).suffix().toLower();
    const std::string text = suffix == QLatin1StringView("csv") ? tableToCsv(table)
        : suffix == QLatin1StringView("tex")                    ? tableToLatex(table)
                                                                : tableToMarkdown(table);
    return saveFile(path, text);
}

QString ReportActions::exportBundle(const QString& folder) const
{
    const ScenarioDocument& document = *m_context.document;
    const QString file = document.filePath().isEmpty() ? QStringLiteral("project.json")
                                                       : QFileInfo(document.filePath()).fileName();
    BundleInput input {file.toStdString(),
                       document.toJson(),
                       document.scenarios(),
                       estimates(),
                       QApplication::applicationVersion().toStdString(),
                       intervals(),
                       m_context.uncertainty ? m_context.uncertainty->options() : UncertaintyOptions()};
    try {
        std::vector<BundleFile> files = bundleFiles(input, paperCatalog());
        for (BundleFile& figure : bundleFigures(input, paperCatalog()))
            files.push_back(std::move(figure));
        files.push_back(bundleReadme(input, files));
        writeBundle(folder.toStdString(), files);
    } catch (const FileError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

void ReportActions::chooseTableFile()
{
    const QString csv = tr("CSV (*.csv)");
    const QString latex = tr("LaTeX table (*.tex)");
    const QString markdown = tr("Markdown table (*.md)");
    QString filter = latex;
    QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export Table"), QStringLiteral("table.tex"),
                                     QStringList {csv, latex, markdown}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == csv ? QStringLiteral(".csv")
            : filter == latex ? QStringLiteral(".tex")
                              : QStringLiteral(".md");
    warnIfFailed(m_window, exportTable(path), path);
}

void ReportActions::showMethods()
{
    auto* dialog = new MethodsDialog(m_context.document->scenarios(), estimates(), &paperCatalog(), m_window);
    if (m_context.uncertainty)
        dialog->setIntervals(intervals(), m_context.uncertainty->options());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ReportActions::chooseBundleFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Export Reproducibility Bundle"));
    if (!folder.isEmpty())
        warnIfFailed(m_window, exportBundle(folder), folder);
}

} // namespace aicarbon
