// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurecommand.h"

#include "catalog.h"
#include "cataloglocator.h"
#include "commands.h"
#include "figurebuilder.h"
#include "figureexport.h"
#include "scenariodocument.h"
#include "scenarioloading.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>

#include <iostream>
#include <memory>

namespace aicarbon {

namespace {

/// Qt needs a platform; without a display (CI, servers) the offscreen one draws as well.
/// Qt's warnings are not the CLI's: drops the one about a missing XDG_RUNTIME_DIR, which
/// every run as root in a container would print; passes the others on.
QtMessageHandler previousHandler = nullptr;

void quietMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1StringView("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
    else
        std::cerr << message.toStdString() << '\n';
}

/// A font family that is not installed falls back to another: say so, the figure would
/// not have the font the author asked for.
void warnAboutMissingFont(const QString& family)
{
    if (!QFontDatabase::families().contains(family, Qt::CaseInsensitive))
        std::cerr << "aicarbon-cli: warning: font '" << family.toStdString() << "' is not installed; using '"
                  << QFontInfo(QFont(family)).family().toStdString() << "'\n";
}

int usageError(const QString& problem)
{
    std::cerr << "aicarbon-cli: " << problem.toStdString() << "\nTry 'aicarbon-cli figure --help'.\n";
    return cli::ExitUsage;
}

/// Loads the file; prints its diagnostics and those of every estimate, as `compare` does.
int loadProject(ScenarioDocument& document, const QString& path)
{
    int code = cli::ExitOk;
    for (const Diagnostic& d : document.load(path)) {
        std::cerr << d.text() << '\n';
        if (d.severity == Severity::Error)
            code = cli::ExitBadInput;
    }
    if (code != cli::ExitOk)
        return code;
    for (int i = 0; i < document.count(); ++i)
        code = std::max(code, cli::reportDiagnostics(document.estimate(i), std::cerr));
    return code;
}

/// Error bars: each scenario's 90% intervals, as `compare --uncertainty` computes them.
void addIntervals(FigureData& data, const ScenarioDocument& document, const FigureOptions& options)
{
    UncertaintyOptions u;
    u.draws = options.draws.value_or(u.draws);
    u.seed = options.seed.value_or(u.seed);
    u.sobolSamples = 0; // only the intervals are drawn
    u.includeDefaultRanges = options.defaultRanges;
    std::vector<UncertaintyResult> results;
    for (int i = 0; i < document.count(); ++i)
        results.push_back(propagate(document.scenario(i), *document.catalog(), u));
    std::vector<const UncertaintyResult*> pointers;
    for (const UncertaintyResult& r : results)
        pointers.push_back(&r);
    setFigureIntervals(data, pointers);
}

int writeFigure(const ScenarioDocument& document, FigureOptions& options)
{
    const bool swept =
        options.spec.chart == FigureChart::Regions || options.spec.chart == FigureChart::Devices;
    if (swept && options.scenario > document.count())
        return usageError(QStringLiteral("--scenario %1: the file has %2 scenarios")
                              .arg(options.scenario)
                              .arg(document.count()));
    options.spec.scenario = options.scenario - 1;
    warnAboutMissingFont(options.spec.fontFamily);
    FigureData data = figureData(document, options.spec);
    if (options.uncertainty)
        addIntervals(data, document, options);
    const Figure figure(data, options.spec);
    if (const QString error = exportFigure(figure, options.output); !error.isEmpty()) {
        std::cerr << "aicarbon-cli: " << error.toStdString() << '\n';
        return cli::ExitBadInput;
    }
    return cli::ExitOk;
}

} // namespace

void prepareHeadlessQt()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    previousHandler = qInstallMessageHandler(quietMessages);
}

int runFigureCommand(int argc, char** argv)
{
    prepareHeadlessQt();
    QApplication app(argc, argv);
    FigureOptions options;
    if (const auto problem = parseFigureOptions(app.arguments().mid(1), options))
        return usageError(*problem);
    if (options.help) {
        std::cout << figureUsage().toStdString();
        return cli::ExitOk;
    }
    const auto catalog = cli::openCatalog(options.catalogPath, options.userCatalogPath, argv[0], std::cerr);
    if (!catalog)
        return cli::ExitBadInput;
    ScenarioDocument document(catalog.get());
    if (const int code = loadProject(document, options.project); code != cli::ExitOk)
        return code;
    return writeFigure(document, options);
}

} // namespace aicarbon
