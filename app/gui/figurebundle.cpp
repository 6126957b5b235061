// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurebundle.h"

#include "figurebuilder.h"
#include "figurecommand.h"
#include "figuredata.h"
#include "figureexport.h"
#include "scenariodocument.h"
#include "textfile.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>

#include <memory>

namespace aicarbon {

namespace {

/// A QApplication for the figures when the caller (the CLI) has none.
std::unique_ptr<QApplication> applicationIfNone()
{
    if (QCoreApplication::instance())
        return nullptr;
    prepareHeadlessQt();
    static int argc = 1;
    static char name[] = "aicarbon-cli";
    static char* argv[] = {name, nullptr};
    return std::make_unique<QApplication>(argc, argv);
}

void addFigure(std::vector<BundleFile>& files, const Figure& figure, const QString& name, const QDir& scratch)
{
    for (const char* suffix : {"pdf", "svg"}) {
        const QString file = name + QLatin1Char('.') + QLatin1StringView(suffix);
        const QString path = scratch.filePath(file);
        if (const QString error = exportFigure(figure, path); !error.isEmpty())
            throw FileError(error.toStdString());
        files.push_back({"figures/" + file.toStdString(), readTextFile(path.toStdString())});
    }
}

} // namespace

std::vector<BundleFile> bundleFigures(const BundleInput& input, const Catalog& catalog)
{
    if (input.scenarios.empty())
        return {};
    const std::unique_ptr<QApplication> application = applicationIfNone();
    std::vector<BundleFile> files;
    {
        ScenarioDocument document(&catalog);
        document.setProject(QStringLiteral("bundle"), input.scenarios);
        std::vector<const UncertaintyResult*> intervals;
        for (const UncertaintyResult& r : input.uncertainty)
            intervals.push_back(&r);
        const QTemporaryDir scratch;
        for (const FigureChart chart : {FigureChart::Compare, FigureChart::Breakdown}) {
            const FigureSpec spec = figureSpecFor(chart, PaletteKind::OkabeIto);
            FigureData data = figureData(document, spec);
            if (!intervals.empty())
                setFigureIntervals(data, intervals);
            addFigure(files, Figure(data, spec), chartName(chart), QDir(scratch.path()));
        }
    }
    return files;
}

} // namespace aicarbon
