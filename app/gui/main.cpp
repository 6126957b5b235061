// SPDX-License-Identifier: GPL-3.0-or-later
// aicarbon: the desktop application.

#include "appsettings.h"
#include "autosave.h"
#include "cataloglocator.h"
#include "languages.h"
#include "lessons.h"
#include "mainwindow.h"
#include "presentationmode.h"
#include "scenariodocument.h"
#include "scenariouncertainty.h"
#include "walkthroughdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace aicarbon;

namespace {

struct Options
{
    bool smokeTest = false;
    bool presentation = false;
    QString screenshotDir;
    QString catalog;
    QString language;
    QString lesson;
    QString file;
};

/// The lessons' ids, "bert-cost, search-trials, …".
QString lessonIds()
{
    return Lessons::ids().join(QStringLiteral(", "));
}

Options parseArguments(const QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Plan the time, energy, carbon and cost of machine-learning training runs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption smoke(QStringLiteral("smoke-test"),
                                   QApplication::translate("main",
                                                           "Load the example, draw every view once, "
                                                           "print the time to first full draw and exit."));
    const QCommandLineOption shots(
        QStringLiteral("screenshots"),
        QApplication::translate("main", "With --smoke-test: save a PNG of every view."),
        QStringLiteral("dir"));
    const QCommandLineOption catalog(QStringLiteral("catalog"),
                                     QApplication::translate("main", "Use another catalog file."),
                                     QStringLiteral("path"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QApplication::translate("main", "Use this language for this session only (e.g. de, pt_BR, zh_CN)."),
        QStringLiteral("code"));
    const QCommandLineOption lesson(
        QStringLiteral("lesson"),
        QApplication::translate("main", "Open a lesson at start, one of: %1.").arg(lessonIds()),
        QStringLiteral("id"));
    const QCommandLineOption presentation(
        QStringLiteral("presentation"),
        QApplication::translate("main",
                                "Start in presentation mode (larger type and chart lines, for projectors)."));
    parser.addOptions({smoke, shots, catalog, language, lesson, presentation});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A project to open."));
    parser.process(app);
    const QStringList files = parser.positionalArguments();
    return {parser.isSet(smoke),
            parser.isSet(presentation),
            parser.value(shots),
            parser.value(catalog),
            parser.value(language),
            parser.value(lesson),
            files.isEmpty() ? QString() : files.first()};
}

/// The guided explanation of the first scenario on its emissions step, as a PNG.
void saveWalkthrough(MainWindow& window, const QString& path)
{
    window.showWalkthrough();
    WalkthroughDialog* walkthrough = window.walkthrough();
    walkthrough->setStep(int(walkthrough->stepTitles().indexOf(
        QCoreApplication::translate("HowComputed", "Emissions (final run, location-based)"))));
    QCoreApplication::processEvents();
    walkthrough->grab().save(path);
    walkthrough->close();
}

/// Draws every tab once (timing each), optionally saves a PNG of each, and reports the time
/// from process start to the first full draw.
int runSmokeTest(MainWindow& window, const QElapsedTimer& sinceStart, qint64 constructed,
                 const QString& screenshotDir)
{
    window.show();
    const char* names[] = {"scenario", "compare", "whatif", "sensitivity", "data"};
    constexpr int kTabs = 5;
    QStringList timings;
    for (int tab = 0; tab < kTabs; ++tab) {
        QElapsedTimer timer;
        timer.start();
        window.showTab(MainWindow::Tab(tab));
        QCoreApplication::processEvents();
        window.grab();
        timings << QStringLiteral("%1 %2 ms").arg(QLatin1StringView(names[tab])).arg(timer.elapsed());
    }
    window.showTab(MainWindow::Tab::Scenario);
    const qint64 firstDraw = sinceStart.elapsed();
    if (!screenshotDir.isEmpty()) {
        QDir().mkpath(screenshotDir);
        window.uncertainty()->waitForDone(); // intervals and error bars in the pictures
        for (int tab = 0; tab < kTabs; ++tab) {
            window.showTab(MainWindow::Tab(tab));
            QCoreApplication::processEvents();
            window.grab().save(
                QDir(screenshotDir).filePath(QLatin1StringView(names[tab]) + QStringLiteral(".png")));
        }
        window.showTab(MainWindow::Tab::Scenario);
        saveWalkthrough(window, QDir(screenshotDir).filePath(QStringLiteral("walkthrough.png")));
    }
    std::printf("aicarbon smoke test: %d scenarios; window built after %lld ms; first draw of each view: %s; "
                "first full draw after %lld ms\n",
                window.document()->count(), static_cast<long long>(constructed),
                qPrintable(timings.join(QStringLiteral(", "))), static_cast<long long>(firstDraw));
    return 0;
}

/// The saved language, or the first start's (the system's when shipped, else English);
/// --language overrides it for this session without saving it.
void applyLanguage(const QString& requested, AppSettings& settings)
{
    if (!requested.isEmpty() && !Languages::isShipped(requested)) {
        QStringList codes;
        for (const Language& language : Languages::available())
            codes << language.code;
        std::fprintf(stderr, "aicarbon: language %s is not shipped (available: %s)\n", qPrintable(requested),
                     qPrintable(codes.join(QStringLiteral(", "))));
    }
    if (Languages::isShipped(requested))
        settings.setSessionLanguage(requested); // region names follow it too
    Languages::apply(Languages::resolve(Languages::isShipped(requested) ? requested : settings.language()));
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("aicarbon"));
    QApplication::setApplicationDisplayName(QStringLiteral("AI Carbon Planner"));
    QApplication::setOrganizationName(QStringLiteral("aicarbon"));
    QApplication::setApplicationVersion(QStringLiteral(AICARBON_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/aicarbon.svg")));
    const Options options = parseArguments(app);

    // The smoke test never touches the user's settings or catalog.
    QTemporaryDir scratch;
    AppSettings settings =
        options.smokeTest ? AppSettings(scratch.filePath(QStringLiteral("settings.ini"))) : AppSettings();
    if (options.smokeTest)
        settings.setRecoveryFile(QString()); // no autosave, and a stray recovery file is left alone
    applyLanguage(options.language, settings);
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    const QString userCatalog =
        options.smokeTest ? QString() : QDir(dataDir).filePath(QStringLiteral("user-catalog.sqlite"));
    const QString catalogPath =
        QString::fromStdString(cli::locateCatalog(options.catalog.toStdString(), argv[0]));

    std::unique_ptr<MainWindow> window;
    try {
        window = std::make_unique<MainWindow>(catalogPath, userCatalog, &settings);
    } catch (const std::exception& e) {
        const QString message =
            QApplication::translate("main", "The reference catalog could not be read:\n%1")
                .arg(QString::fromUtf8(e.what()));
        if (!options.smokeTest)
            QMessageBox::critical(nullptr, QStringLiteral("AI Carbon Planner"), message);
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 2;
    }
    if (options.file.isEmpty() || !window->openFile(options.file, options.smokeTest))
        window->loadExampleProject();
    if (!options.lesson.isEmpty() && !window->openLesson(options.lesson))
        std::fprintf(stderr, "aicarbon: no lesson %s (available: %s)\n", qPrintable(options.lesson),
                     qPrintable(lessonIds()));
    window->context().presentation->setEnabled(options.presentation);
    const qint64 constructed = sinceStart.elapsed();
    if (options.smokeTest)
        return runSmokeTest(*window, sinceStart, constructed, options.screenshotDir);
    window->show();
    if (!window->startupNotice().isEmpty())
        QMessageBox::warning(window.get(), QStringLiteral("AI Carbon Planner"), window->startupNotice());
    const QString recovery =
        window->autosave()->offerRecovery(AutosaveController::askWithDialog(window.get()));
    if (!recovery.isEmpty())
        QMessageBox::warning(window.get(), QStringLiteral("AI Carbon Planner"), recovery);
    return QApplication::exec();
}
