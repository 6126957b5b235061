// SPDX-License-Identifier: GPL-3.0-or-later
// The guided explanation: every step of howComputed() has a title, formula, substitution
// and plain-language explanation; WalkthroughDialog shows one at a time, steps by buttons
// and keys, keeps its step across edits and follows the locale.
#include "displayformat.h"
#include "guitesthelpers.h"
#include "howcomputed.h"
#include "mainwindow.h"
#include "presentationmode.h"
#include "scenariocommands.h"
#include "walkthroughdialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace aicarbon;
using test::GuiFixture;

Q_DECLARE_METATYPE(aicarbon::Scenario)

namespace {

DisplayFormat english()
{
    return DisplayFormat(QLocale(QLocale::English, QLocale::UnitedStates), MassUnit::Automatic,
                         EnergyUnit::Automatic);
}

Scenario withEveryComponent()
{
    Scenario s = GuiFixture::gpt3Plan();
    s.search.trials = 4;
    s.search.meanTrialFraction = 0.5;
    s.development.multiplier = 2;
    s.embodied.include = true;
    s.embodied.perDeviceKgCo2e = 150;
    s.cost.carbonPricePerTonne = 80;
    return s;
}

Scenario accounting()
{
    Scenario s = GuiFixture::gpt3Plan();
    s.runtime.deviceHours = 1000;
    s.hardware.mfu.reset();
    return s;
}

Scenario givenComputeAndPower()
{
    Scenario s = GuiFixture::plan("given");
    s.workload.trainingFlops = 1e21;
    s.hardware.averagePowerW = 250;
    return s;
}

} // namespace

class TestWalkthrough : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init()
    {
        m_fx = std::make_unique<GuiFixture>();
        m_fx->document.setProject(QStringLiteral("P"), {GuiFixture::gpt3Plan(), GuiFixture::plan("France")});
        m_dialog = std::make_unique<WalkthroughDialog>(m_fx->context);
    }
    void cleanup()
    {
        m_dialog.reset();
        m_fx.reset();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // --- the steps ----------------------------------------------------------------------

    void everyStepIsComplete_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<int>("minimumSteps");
        QTest::newRow("GPT-3 on 10,000 V100") << GuiFixture::gpt3Plan() << 9;
        QTest::newRow("search, development, embodied, carbon price") << withEveryComponent() << 13;
        QTest::newRow("accounting mode: device-hours given") << accounting() << 9;
        QTest::newRow("FLOPs and device power given") << givenComputeAndPower() << 8;
    }
    void everyStepIsComplete()
    {
        QFETCH(Scenario, scenario);
        QFETCH(int, minimumSteps);
        const QList<HowComputedStep> steps = howComputed(estimate(scenario, m_fx->catalog), english());
        QVERIFY2(steps.size() >= minimumSteps, qPrintable(QString::number(steps.size())));
        for (const HowComputedStep& s : steps) {
            QVERIFY2(!s.title.isEmpty(), qPrintable(s.formula));
            QVERIFY2(!s.formula.isEmpty(), qPrintable(s.title));
            QVERIFY2(!s.substituted.isEmpty(), qPrintable(s.title));
            QVERIFY2(!s.explanation.isEmpty(), qPrintable(s.title));
            QVERIFY2(s.explanation.endsWith(QLatin1Char('.')), qPrintable(s.explanation)); // one sentence
        }
    }

    void explanationCarriesTheConstant()
    {
        const QList<HowComputedStep> steps = howComputed(m_fx->document.estimate(0), english());
        QCOMPARE(steps.first().title, QStringLiteral("Training compute"));
        QCOMPARE(steps.first().explanation,
                 QStringLiteral("Training costs about 6 floating-point operations for every parameter (N) "
                                "and every training token (D)."));
    }

    // --- the dialog -----------------------------------------------------------------------

    void showsTheFirstStep()
    {
        const QList<HowComputedStep> steps = howComputed(m_fx->document.estimate(0), english());
        QCOMPARE(m_dialog->stepCount(), steps.size());
        QCOMPARE(m_dialog->currentStep(), 0);
        QCOMPARE(text("title"), QStringLiteral("Training compute"));
        QCOMPARE(text("formula"), steps.first().formula);
        QCOMPARE(text("substituted"), steps.first().substituted);
        QCOMPARE(text("explanation"), steps.first().explanation);
        QVERIFY(text("source").contains(QStringLiteral("Kaplan et al. 2020")));
        QCOMPARE(text("indicator"), QStringLiteral("Step 1 of %1").arg(steps.size()));
        QCOMPARE(m_dialog->windowTitle(), QStringLiteral("Guided Explanation — GPT-3 175B on 10,000 V100"));
    }

    void typeIsLarge()
    {
        const double base = m_dialog->font().pointSizeF();
        QCOMPARE(label("title")->font().pointSizeF(), base * 2.0);
        QCOMPARE(label("formula")->font().pointSizeF(), base * 2.5);
        QCOMPARE(label("substituted")->font().pointSizeF(), base * 2.5);
        QCOMPARE(label("explanation")->font().pointSizeF(), base * 1.6);
        QVERIFY(label("source")->font().pointSizeF() < base);
    }

    void buttonsStep()
    {
        QSignalSpy spy(m_dialog.get(), &WalkthroughDialog::stepChanged);
        QTest::mouseClick(button("next"), Qt::LeftButton);
        QTest::mouseClick(button("next"), Qt::LeftButton);
        QCOMPARE(m_dialog->currentStep(), 2);
        QCOMPARE(text("indicator"), QStringLiteral("Step 3 of %1").arg(m_dialog->stepCount()));
        QTest::mouseClick(button("previous"), Qt::LeftButton);
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(0).at(0).toInt(), 1);
        QCOMPARE(spy.at(1).at(0).toInt(), 2);
        QCOMPARE(spy.at(2).at(0).toInt(), 1);
        QCOMPARE(text("title"), m_dialog->stepTitles().at(1));
    }

    void keysStep_data()
    {
        QTest::addColumn<QList<int>>("keys");
        QTest::addColumn<int>("expected");
        QTest::newRow("Right twice") << QList<int> {Qt::Key_Right, Qt::Key_Right} << 2;
        QTest::newRow("Page Down, Page Down, Page Up (presenter remote)")
            << QList<int> {Qt::Key_PageDown, Qt::Key_PageDown, Qt::Key_PageUp} << 1;
        QTest::newRow("Space three times") << QList<int> {Qt::Key_Space, Qt::Key_Space, Qt::Key_Space} << 3;
        QTest::newRow("End, Left") << QList<int> {Qt::Key_End, Qt::Key_Left} << -2;
        QTest::newRow("End, Home") << QList<int> {Qt::Key_End, Qt::Key_Home} << 0;
        QTest::newRow("Left at the first step stays") << QList<int> {Qt::Key_Left} << 0;
    }
    void keysStep()
    {
        QFETCH(QList<int>, keys);
        QFETCH(int, expected);
        QSignalSpy spy(m_dialog.get(), &WalkthroughDialog::stepChanged);
        for (int key : keys)
            QTest::keyClick(m_dialog.get(), Qt::Key(key));
        const int step = expected >= 0 ? expected : m_dialog->stepCount() + expected; // -2: one before last
        QCOMPARE(m_dialog->currentStep(), step);
        if (step != 0)
            QCOMPARE(spy.last().at(0).toInt(), step);
    }

    void bounds()
    {
        QVERIFY(!button("previous")->isEnabled());
        QVERIFY(button("next")->isEnabled());
        QTest::keyClick(m_dialog.get(), Qt::Key_End);
        QCOMPARE(m_dialog->currentStep(), m_dialog->stepCount() - 1);
        QVERIFY(button("previous")->isEnabled());
        QVERIFY(!button("next")->isEnabled());
        QSignalSpy spy(m_dialog.get(), &WalkthroughDialog::stepChanged);
        QTest::keyClick(m_dialog.get(), Qt::Key_Right); // past the last: nothing happens
        QCOMPARE(m_dialog->currentStep(), m_dialog->stepCount() - 1);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(text("title"), QStringLiteral("Cost"));
    }

    void escapeCloses()
    {
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QVERIFY(!m_dialog->isVisible());
    }

    void editKeepsTheStep()
    {
        m_dialog->setStep(6);
        const QString title = text("title");
        const QString before = text("substituted");
        Scenario edited = m_fx->document.scenario(0);
        edited.facility.pue = 1.5;
        Command::editScenario(&m_fx->document, 0, edited, QStringLiteral("facility.pue"));
        QCOMPARE(m_dialog->currentStep(), 6);
        QCOMPARE(text("title"), title);
        QVERIFY2(text("substituted") != before, qPrintable(before));
    }

    void editThatAddsAStepKeepsTheTitle()
    {
        // A search step and the total of all components come before the market-based step.
        const int market = int(m_dialog->stepTitles().indexOf(QStringLiteral("Market-based emissions")));
        m_dialog->setStep(market);
        const QString title = text("title");
        Scenario edited = m_fx->document.scenario(0);
        edited.search.trials = 4;
        edited.search.meanTrialFraction = 0.5;
        const int before = m_dialog->stepCount();
        Command::editScenario(&m_fx->document, 0, edited, QStringLiteral("search.trials"));
        QCOMPARE(m_dialog->stepCount(), before + 2);
        QCOMPARE(m_dialog->currentStep(), market + 2);
        QCOMPARE(text("title"), title);
    }

    void followsTheCurrentScenario()
    {
        m_dialog->setCurrentScenario(1);
        QCOMPARE(m_dialog->windowTitle(), QStringLiteral("Guided Explanation — France"));
        QCOMPARE(m_dialog->currentStep(), 0);
        QCOMPARE(m_dialog->stepCount(), howComputed(m_fx->document.estimate(1), english()).size());
    }

    void invalidScenarioShowsAMessage()
    {
        QSignalSpy spy(m_dialog.get(), &WalkthroughDialog::stepChanged);
        Scenario broken = m_fx->document.scenario(0);
        broken.facility.pue = 0.5;
        Command::editScenario(&m_fx->document, 0, broken, QStringLiteral("facility.pue"));
        QCOMPARE(m_dialog->currentStep(), -1);
        QCOMPARE(m_dialog->stepCount(), 0);
        QCOMPARE(spy.count(), 1);
        QVERIFY(!label("message")->isHidden());
        QVERIFY(text("message").contains(QStringLiteral("errors")));
        QVERIFY(label("title")->isHidden());
        QVERIFY(!button("next")->isEnabled());
        QVERIFY(!button("previous")->isEnabled());
        QTest::keyClick(m_dialog.get(), Qt::Key_Right);
        QCOMPARE(m_dialog->currentStep(), -1);
        m_fx->document.undoStack()->undo();
        QCOMPARE(m_dialog->currentStep(), 0);
        QVERIFY(label("message")->isHidden());
    }

    void noScenarioShowsAMessage()
    {
        m_dialog->setCurrentScenario(-1);
        QCOMPARE(m_dialog->currentStep(), -1);
        QVERIFY(text("message").contains(QStringLiteral("scenario")));
        QCOMPARE(m_dialog->windowTitle(), QStringLiteral("Guided Explanation"));
    }

    void germanDecimalCommas()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        m_dialog->setCurrentScenario(0); // the settings' display format reads the default locale
        m_dialog->setStep(int(m_dialog->stepTitles().indexOf(QStringLiteral("Device time (final run)"))));
        // 1.25 × 10¹⁴ FLOP/s at MFU 0.213
        QVERIFY2(text("substituted").contains(QStringLiteral("1,25 × 10¹⁴")),
                 qPrintable(text("substituted")));
        QVERIFY2(text("substituted").contains(QStringLiteral("0,213")), qPrintable(text("substituted")));
        QVERIFY(!text("substituted").contains(QStringLiteral("0.213")));
        QVERIFY(text("indicator").endsWith(QString::number(m_dialog->stepCount())));
    }

    // --- in the application window ----------------------------------------------------------

    void openedFromTheViewMenuAndTheResultsPanel()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(QStringLiteral(AICARBON_CATALOG_PATH), QString(), &settings);
        window.loadExampleProject();
        QAction* guided = nullptr;
        for (QAction* a : window.findChildren<QAction*>()) {
            if (a->text() == QStringLiteral("&Guided Explanation"))
                guided = a;
        }
        QVERIFY(guided);
        QCOMPARE(guided->shortcut(), QKeySequence(Qt::Key_F6));
        QVERIFY(!window.walkthrough());
        window.findChild<QPushButton*>(QStringLiteral("stepThrough"))->click();
        QVERIFY(window.walkthrough() && window.walkthrough()->isVisible());
        QCOMPARE(window.walkthrough()->stepCount(),
                 howComputed(window.document()->estimate(0), settings.displayFormat()).size());
        window.walkthrough()->close();
        guided->trigger();
        QVERIFY(window.walkthrough()->isVisible());
    }

    void presentationModeFromTheViewMenu()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        const QFont normal = QApplication::font();
        {
            MainWindow window(QStringLiteral(AICARBON_CATALOG_PATH), QString(), &settings);
            auto* action = window.findChild<QAction*>(QStringLiteral("presentationModeAction"));
            QVERIFY(action && action->isCheckable() && !action->isChecked());
            QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F5));
            action->trigger();
            QVERIFY(window.context().presentation->isEnabled());
            QCOMPARE(QApplication::font().pointSizeF(), normal.pointSizeF() * PresentationMode::kFactor);
            window.context().presentation->setEnabled(false); // the action follows the mode
            QVERIFY(!action->isChecked());
            action->trigger(); // on again: closing the window turns it off
        }
        QCOMPARE(QApplication::font(), normal);
    }

private:
    QLabel* label(const char* name) const
    {
        return m_dialog->findChild<QLabel*>(QStringLiteral("walkthrough.") + QLatin1StringView(name));
    }
    QString text(const char* name) const
    {
        QLabel* l = label(name);
        return l ? l->text() : QStringLiteral("<missing %1>").arg(QLatin1StringView(name));
    }
    QPushButton* button(const char* name) const
    {
        return m_dialog->findChild<QPushButton*>(QStringLiteral("walkthrough.") + QLatin1StringView(name));
    }

    std::unique_ptr<GuiFixture> m_fx;
    std::unique_ptr<WalkthroughDialog> m_dialog;
};

QTEST_MAIN(TestWalkthrough)
#include "tst_walkthrough.moc"
