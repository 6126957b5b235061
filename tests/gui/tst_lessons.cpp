// SPDX-License-Identifier: GPL-3.0-or-later
// The Lessons menu: every lesson's project reads cleanly and estimates, shows what its text
// says, opens untitled and unmodified without losing the user's work, and the menu and the
// panel follow the language.

#include "appsettings.h"
#include "catalog.h"
#include "defaults.h"
#include "estimate.h"
#include "languages.h"
#include "lessonpanel.h"
#include "lessons.h"
#include "mainwindow.h"
#include "publishednumbersdialog.h"
#include "scenariocommands.h"
#include "scenariodocument.h"
#include "shippedwindow.h"
#include "testhelpers.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <tuple>

using namespace aicarbon;
using aicarbon::test::settle;

namespace {

/// Presses `button` in the next message box (the "Save changes?" question).
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(5);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, button] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        box->button(button)->click();
    });
    timer->start();
}

/// The lesson's scenarios, estimated on `catalog`.
std::vector<Estimate> estimates(const QString& id, const Catalog& catalog)
{
    const ScenarioFile file = Lessons::load(*Lessons::find(catalog, id));
    std::vector<Estimate> result;
    for (const Scenario& s : file.scenarios)
        result.push_back(estimate(s, catalog));
    return result;
}

QMenu* lessonsMenu(const MainWindow& window)
{
    const QList<QAction*> menus = window.menuBar()->actions();
    const int index = int(menus.size()) - 2; // between View and Help
    return index >= 0 ? menus.at(index)->menu() : nullptr;
}

/// The lesson actions: those before the separator (Published Numbers… follows it).
QList<QAction*> lessonActions(const MainWindow& window)
{
    QList<QAction*> actions;
    for (QAction* action : lessonsMenu(window)->actions()) {
        if (action->isSeparator())
            break;
        actions << action;
    }
    return actions;
}

} // namespace

class TestLessons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { std::tie(m_settings, m_window) = test::openShippedWindow(m_dir); }
    void cleanupTestCase()
    {
        m_window.reset();
        Languages::apply(QStringLiteral("en"));
    }

    void everyLessonReadsAndEstimates_data()
    {
        QTest::addColumn<QString>("id");
        for (const Lesson& lesson : Lessons::all(catalog()))
            QTest::newRow(qPrintable(lesson.id)) << lesson.id;
    }
    void everyLessonReadsAndEstimates()
    {
        QFETCH(QString, id);
        const Lesson lesson = *Lessons::find(catalog(), id);
        const ScenarioFile file = Lessons::load(lesson);
        for (const Diagnostic& d : file.diagnostics)
            QFAIL(d.text().c_str()); // no error, and no unknown key either
        QVERIFY(file.scenarios.size() >= 2);
        QCOMPARE(qsizetype(file.scenarios.size()), lesson.scenarioNames.size());
        QCOMPARE(QString::fromStdString(file.projectName), lesson.projectName);
        for (std::size_t i = 0; i < file.scenarios.size(); ++i) {
            QCOMPARE(QString::fromStdString(file.scenarios[i].name), lesson.scenarioNames.at(qsizetype(i)));
            const Estimate e = estimate(file.scenarios[i], catalog());
            QVERIFY2(e.valid(), file.scenarios[i].name.c_str());
            QVERIFY(e.figures.totalEmissions.kilograms() > 0.0);
        }
        QVERIFY(!lesson.title.isEmpty());
        QVERIFY(lesson.text.startsWith(QStringLiteral("<p>")));
    }

    // Strubell et al. 2019, Table 3: 1,507 kWh and 1,438 lb; the plan trains on the preset's
    // 128B tokens.
    void bertCostReproducesStrubell()
    {
        const std::vector<Estimate> e = estimates(QStringLiteral("bert-cost"), catalog());
        AICARBON_COMPARE_REL(e[0].figures.total.facilityEnergy.kilowattHours(), 1507.0, 0.001);
        AICARBON_COMPARE_REL(e[0].figures.totalEmissions.pounds(), 1438.0, 0.001);
        AICARBON_COMPARE_REL(e[1].compute.tokens, 1e6 * 128000.0, 1e-12);
        AICARBON_COMPARE_REL(e[1].compute.parameters, 110e6, 1e-12);
        // The published duration implies a utilisation far below the plan's default 40%.
        QVERIFY(e[0].figures.mfu > 0.0);
        QVERIFY(e[0].figures.mfu < 0.5 * e[1].figures.mfu);
        QCOMPARE(e[1].figures.mfu, defaults::kMfu.value);
    }

    void searchMultipliesTheBill()
    {
        const std::vector<Estimate> e = estimates(QStringLiteral("search-trials"), catalog());
        const double oneRun = e[0].figures.finalRun.operational.kilograms();
        QCOMPARE(e[0].figures.search.operational.kilograms(), 0.0);
        AICARBON_COMPARE_REL(e[1].figures.search.operational.kilograms(), 20.0 * oneRun, 1e-9);
        AICARBON_COMPARE_REL(e[2].figures.search.operational.kilograms(), 1000.0 * oneRun, 1e-9);
        AICARBON_COMPARE_REL(e[3].figures.search.operational.pounds(), 626155.0, 1e-4);
        AICARBON_COMPARE_REL(e[3].inputs.searchRuns,
                             LessonFacts::kNasSteps / LessonFacts::kTransformerBigSteps, 1e-12);
        QVERIFY(Lessons::find(catalog(), QStringLiteral("search-trials"))
                    ->text.contains(QStringLiteral("626,155")));
    }

    void locationOrdersTheGrids()
    {
        const std::vector<Estimate> e = estimates(QStringLiteral("location"), catalog());
        // Same run everywhere: the energy is equal, the emissions follow the grid.
        for (const Estimate& other : e)
            AICARBON_COMPARE_REL(other.figures.total.facilityEnergy.kilowattHours(),
                                 e[0].figures.total.facilityEnergy.kilowattHours(), 1e-12);
        QVERIFY(e[0].figures.totalEmissions > e[1].figures.totalEmissions); // Poland > US
        QVERIFY(e[1].figures.totalEmissions > e[2].figures.totalEmissions); // US > France
        QVERIFY(e[2].figures.totalEmissions > e[3].figures.totalEmissions); // France > Québec
    }

    void modelSizeRatioIsTheParameterRatio()
    {
        const std::vector<Estimate> e = estimates(QStringLiteral("model-size"), catalog());
        const double presetRatio =
            *catalog().model("gpt3-175b")->parameters / *catalog().model("gpt2-1.5b")->parameters;
        AICARBON_COMPARE_REL(e[1].figures.trainingFlops / e[0].figures.trainingFlops, presetRatio, 1e-12);
        AICARBON_COMPARE_REL(presetRatio, 175e9 / 1.5e9, 1e-12);
        AICARBON_COMPARE_REL(e[1].figures.totalEmissions.kilograms()
                                 / e[0].figures.totalEmissions.kilograms(),
                             presetRatio, 1e-9);
        QVERIFY(Lessons::find(catalog(), QStringLiteral("model-size"))
                    ->text.contains(QStringLiteral("about 117 times")));
    }

    void newerHardwareIsFasterAndUsesLessEnergy()
    {
        const std::vector<Estimate> e = estimates(QStringLiteral("hardware"), catalog());
        QVERIFY(e[2].figures.wallClock < e[1].figures.wallClock); // H100 < A100
        QVERIFY(e[1].figures.wallClock < e[0].figures.wallClock); // A100 < V100
        QVERIFY(e[2].figures.total.facilityEnergy < e[1].figures.total.facilityEnergy);
        QVERIFY(e[1].figures.total.facilityEnergy < e[0].figures.total.facilityEnergy);
        for (const Estimate& generation : e)
            AICARBON_COMPARE_REL(generation.figures.trainingFlops, e[0].figures.trainingFlops, 1e-12);
    }

    // Devlin et al. 2019 §A.2 against Hart & Risley's 45 million words by age four.
    void humanWordsRatioIsComputed()
    {
        const std::vector<Estimate> e = estimates(QStringLiteral("human-words"), catalog());
        const double bertTokens =
            LessonFacts::kBertSteps * LessonFacts::kBertBatchSize * LessonFacts::kBertSequenceLength;
        AICARBON_COMPARE_REL(e[0].compute.tokens, bertTokens, 1e-12);
        AICARBON_COMPARE_REL(e[1].compute.tokens, LessonFacts::kChildWordsProfessional, 1e-12);
        // "About 40 epochs": steps × batch × length is within 1% of 3.3B words × 40.
        AICARBON_COMPARE_REL(bertTokens, LessonFacts::kBertCorpusWords * LessonFacts::kBertEpochs, 0.01);
        AICARBON_COMPARE_REL(LessonFacts::bertWordsPerChildWord(), 3.3e9 * 40 / 45e6, 1e-12);
        QCOMPARE(QLocale().toString(LessonFacts::bertWordsPerChildWord(), 'f', 0), QStringLiteral("2,933"));
        QVERIFY(Lessons::find(catalog(), QStringLiteral("human-words"))
                    ->text.contains(QStringLiteral("about 2,933 times")));
        AICARBON_COMPARE_REL(e[0].figures.total.facilityEnergy.kilowattHours()
                                 / e[1].figures.total.facilityEnergy.kilowattHours(),
                             bertTokens / LessonFacts::kChildWordsProfessional, 1e-9);
    }

    // The texts quote the catalog: Strubell et al.'s published run and the model presets.
    void lessonTextsQuoteTheCatalog()
    {
        QCOMPARE(*catalog().model("bert-base")->parameters, 110e6);
        QCOMPARE(*catalog().model("bert-base")->trainingTokens, 128e9);
        QCOMPARE(*catalog().model("gpt3-1.3b")->parameters, 1.3e9);
        QCOMPARE(*catalog().model("gpt3-175b")->trainingTokens, 300e9);
        const QString bert = Lessons::find(catalog(), QStringLiteral("bert-cost"))->text;
        for (const char* quoted :
             {"64 V100", "79.2 hours", "12,041.51 W", "PUE of 1.58", "0.954 lb", "1,507 kWh", "1,438 lb",
              "110 million parameters", "128 billion tokens", "128,000 tokens"})
            QVERIFY2(bert.contains(QLatin1StringView(quoted)), quoted);
        QVERIFY(Lessons::find(catalog(), QStringLiteral("location"))
                    ->text.contains(QStringLiteral("1.3 billion")));
        QStringList ids;
        for (const Lesson& lesson : Lessons::all(catalog()))
            ids << lesson.id;
        QCOMPARE(Lessons::ids(), ids);
    }

    void unknownLessonOpensNothing()
    {
        QVERIFY(!Lessons::find(catalog(), QStringLiteral("no-such-lesson")));
        QVERIFY(!m_window->openLesson(QStringLiteral("no-such-lesson")));
    }

    // A modified project is never lost: Cancel keeps it, Discard opens the lesson.
    void openingALessonAsksFirst()
    {
        m_window->loadExampleProject();
        ScenarioDocument* doc = m_window->document();
        Command::renameScenario(doc, 0, QStringLiteral("My work"));
        QVERIFY(doc->isModified());

        answerNextMessageBox(QMessageBox::Cancel);
        QVERIFY(!m_window->openLesson(QStringLiteral("search-trials")));
        QCOMPARE(doc->scenario(0).name, std::string("My work"));
        QVERIFY(doc->isModified());
        QVERIFY(m_window->lessonPanel()->isHidden());

        answerNextMessageBox(QMessageBox::Discard);
        QVERIFY(m_window->openLesson(QStringLiteral("search-trials")));
        expectLessonOpen(QStringLiteral("search-trials"));
    }

    void openingALessonFromCleanDocumentAsksNothing()
    {
        m_window->loadExampleProject();
        QVERIFY(m_window->openLesson(QStringLiteral("location"))); // a question would block here
        expectLessonOpen(QStringLiteral("location"));
    }

    void otherProjectsCloseTheLesson()
    {
        QVERIFY(m_window->openLesson(QStringLiteral("bert-cost")));
        QVERIFY(m_window->lessonPanel()->isVisible());
        const QString path = m_dir.filePath(QStringLiteral("saved.json"));
        QCOMPARE(m_window->document()->save(path), QString());
        QVERIFY(m_window->openFile(path, true));
        QVERIFY(m_window->lessonPanel()->isHidden());
        QVERIFY(m_window->lessonPanel()->lessonId().isEmpty());

        QVERIFY(m_window->openLesson(QStringLiteral("bert-cost")));
        triggerMenuAction(QStringLiteral("&File"), QStringLiteral("&New"));
        QVERIFY(m_window->lessonPanel()->isHidden());
        QCOMPARE(m_window->document()->count(), 1);
    }

    void menuOpensEveryLesson()
    {
        QCOMPARE(m_window->menuBar()->actions().at(2)->text(), QStringLiteral("&View"));
        QCOMPARE(lessonsMenu(*m_window)->title(), QStringLiteral("&Lessons"));
        const QList<QAction*> actions = lessonActions(*m_window);
        const QList<Lesson> lessons = Lessons::all(catalog());
        QCOMPARE(actions.size(), 6);
        for (qsizetype i = 0; i < actions.size(); ++i) {
            QCOMPARE(actions.at(i)->text(), QStringLiteral("&%1 %2").arg(i + 1).arg(lessons.at(i).title));
            actions.at(i)->trigger();
            expectLessonOpen(lessons.at(i).id);
        }
        QCOMPARE(actions.first()->text(), QStringLiteral("&1 How much does training BERT cost?"));
    }

    // After the lessons: Published Numbers… opens one non-modal window, raised (not
    // duplicated) when chosen again; the project is left alone.
    void menuOpensPublishedNumbers()
    {
        const QList<QAction*> all = lessonsMenu(*m_window)->actions();
        QCOMPARE(all.last()->text(), QStringLiteral("&Published Numbers…"));
        const int scenarios = m_window->document()->count();
        all.last()->trigger();
        all.last()->trigger();
        const QList<PublishedNumbersDialog*> dialogs = m_window->findChildren<PublishedNumbersDialog*>();
        QCOMPARE(dialogs.size(), 1);
        QVERIFY(dialogs.first()->isVisible());
        QVERIFY(!dialogs.first()->isModal());
        QCOMPARE(m_window->document()->count(), scenarios);
        dialogs.first()->close();
    }

    // Switching language rebuilds the menu (six lessons again) and the panel's text follows
    // the locale: the NAS figure is written 626.155 in German.
    void menuAndPanelFollowTheLanguage()
    {
        if (!Languages::isShipped(QStringLiteral("de")))
            QSKIP("German is not shipped in this build.");
        QVERIFY(m_window->openLesson(QStringLiteral("search-trials")));
        QVERIFY(m_window->lessonPanel()->plainText().contains(QStringLiteral("626,155")));
        const QPointer<QMenu> before = lessonsMenu(*m_window);
        const QString englishHelp = m_window->menuBar()->actions().last()->text();

        QVERIFY(Languages::apply(QStringLiteral("de")));
        settle();
        QVERIFY(before.isNull()); // rebuilt
        QVERIFY(m_window->menuBar()->actions().last()->text() != englishHelp);
        QCOMPARE(lessonActions(*m_window).size(), 6);
        QVERIFY(m_window->lessonPanel()->plainText().contains(QStringLiteral("626.155")));
        QVERIFY(m_window->lessonPanel()->isVisible());

        Languages::apply(QStringLiteral("en"));
        settle();
        QVERIFY(m_window->lessonPanel()->plainText().contains(QStringLiteral("626,155")));
    }

private:
    const Catalog& catalog() const { return *m_window->context().catalog; }

    void expectLessonOpen(const QString& id)
    {
        const Lesson lesson = *Lessons::find(catalog(), id);
        ScenarioDocument* doc = m_window->document();
        QCOMPARE(doc->projectName(), lesson.projectName);
        QCOMPARE(doc->filePath(), QString()); // untitled: Save asks for a name
        QVERIFY(!doc->isModified());
        QCOMPARE(doc->count(), int(lesson.scenarioNames.size()));
        QCOMPARE(QString::fromStdString(doc->scenario(0).name), lesson.scenarioNames.first());
        QVERIFY(m_window->lessonPanel()->isVisible());
        QCOMPARE(m_window->lessonPanel()->lessonId(), id);
        QVERIFY(m_window->lessonPanel()->plainText().startsWith(lesson.title));
        auto* tabs = qobject_cast<QTabWidget*>(m_window->centralWidget());
        QCOMPARE(tabs->currentIndex(), int(MainWindow::Tab::Compare));
        QVERIFY(m_window->windowTitle().contains(lesson.projectName));
    }

    void triggerMenuAction(const QString& menuTitle, const QString& actionText)
    {
        for (QAction* menu : m_window->menuBar()->actions()) {
            if (menu->text() != menuTitle)
                continue;
            for (QAction* action : menu->menu()->actions()) {
                if (action->text() == actionText) {
                    action->trigger();
                    return;
                }
            }
        }
        QFAIL(qPrintable(actionText + QStringLiteral(" not found")));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestLessons)
#include "tst_lessons.moc"
