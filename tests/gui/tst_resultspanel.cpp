// SPDX-License-Identifier: GPL-3.0-or-later
// ResultsPanel shows the current estimate and follows the document and the settings;
// howComputed() lists each step with the estimate's numbers substituted.
#include "displayformat.h"
#include "guitesthelpers.h"
#include "howcomputed.h"
#include "resultspanel.h"
#include "scenariocommands.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace aicarbon;
using test::GuiFixture;

namespace {

/// The GPT-3 example (examples/gpt3-175b-v100.json) on the fixture catalog.
Scenario gpt3()
{
    return test::GuiFixture::gpt3Plan();
}

DisplayFormat english()
{
    return DisplayFormat(QLocale(QLocale::English, QLocale::UnitedStates), MassUnit::Automatic,
                         EnergyUnit::Automatic);
}

const HowComputedStep* stepTitled(const QList<HowComputedStep>& steps, const QString& title)
{
    for (const HowComputedStep& s : steps) {
        if (s.title == title)
            return &s;
    }
    return nullptr;
}

} // namespace

class TestResultsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_fx = std::make_unique<GuiFixture>();
        m_fx->document.setProject(QStringLiteral("P"), {gpt3(), GuiFixture::plan("France")});
        m_panel = std::make_unique<ResultsPanel>(m_fx->context);
        m_panel->resize(600, 800);
    }
    void cleanup()
    {
        m_panel.reset();
        m_fx.reset();
    }

    void showsTheEstimate()
    {
        const Estimate& e = m_fx->document.estimate(0);
        QVERIFY(e.valid());
        const DisplayFormat f = m_fx->settings.displayFormat();
        QCOMPARE(text("totalEmissions"), f.mass(e.figures.totalEmissions));
        QVERIFY(text("locationBased").startsWith(f.mass(e.figures.total.operational)));
        QVERIFY(text("marketBased").startsWith(f.mass(e.figures.total.marketBased)));
        QCOMPARE(text("trainingFlops"), QStringLiteral("3.15 × 10²³ FLOP"));
        QVERIFY(text("wallClock").startsWith(f.duration(e.figures.wallClock)));
        QVERIFY(text("deviceHours").startsWith(f.count(e.figures.total.deviceTime.hours())));
        QVERIFY(text("itEnergy").startsWith(f.energy(e.figures.total.itEnergy)));
        QVERIFY(text("facilityEnergy").startsWith(f.energy(e.figures.total.facilityEnergy)));
        QCOMPARE(text("embodied"), QStringLiteral("not included"));
        QVERIFY(text("cost").startsWith(f.money(e.figures.totalCost, QStringLiteral("USD"))));
        QCOMPARE(label(QStringLiteral("result.title"))->text(), QStringLiteral("GPT-3 175B on 10,000 V100"));
    }

    void showsEquivalents()
    {
        const Estimate& e = m_fx->document.estimate(0);
        QCOMPARE(e.equivalents.size(), std::size_t(2)); // the fixture catalog has two
        const DisplayFormat f = m_fx->settings.displayFormat();
        const QString expected = formatScientific(e.equivalents.front().count, f.locale(), 3)
            + QLatin1Char(' ') + QString::fromStdString(e.equivalents.front().unit);
        bool found = false;
        for (const QLabel* l : m_panel->findChildren<QLabel*>())
            found = found || l->text() == expected;
        QVERIFY2(found, qPrintable(expected));
    }

    void followsEdits()
    {
        QSignalSpy spy(&m_fx->document, &ScenarioDocument::changed);
        const QString before = text("totalEmissions");
        Scenario s = m_fx->document.scenario(0);
        s.facility.region = "FR";
        Command::editScenario(&m_fx->document, 0, s, QStringLiteral("facility.region"));
        QCOMPARE(spy.count(), 1);
        QVERIFY(text("totalEmissions") != before);
        QCOMPARE(text("totalEmissions"),
                 m_fx->settings.displayFormat().mass(m_fx->document.estimate(0).figures.totalEmissions));
        m_fx->document.undoStack()->undo();
        QCOMPARE(text("totalEmissions"), before);
    }

    void ignoresOtherScenarios()
    {
        const QString before = text("totalEmissions");
        Scenario s = m_fx->document.scenario(1);
        s.hardware.count = 64;
        Command::editScenario(&m_fx->document, 1, s, QStringLiteral("hardware.count"));
        QCOMPARE(text("totalEmissions"), before);
        m_panel->setCurrentScenario(1);
        QCOMPARE(label(QStringLiteral("result.title"))->text(), QStringLiteral("France"));
    }

    void keepsItsScenarioWhenOthersMove()
    {
        m_panel->setCurrentScenario(1);
        Command::removeScenario(&m_fx->document, 0);
        QCOMPARE(label(QStringLiteral("result.title"))->text(), QStringLiteral("France"));
        m_fx->document.undoStack()->undo(); // GPT-3 back at 0: still France, now at 1
        QCOMPARE(label(QStringLiteral("result.title"))->text(), QStringLiteral("France"));
    }

    void showsNothingWithoutScenarios()
    {
        m_fx->document.setProject(QStringLiteral("empty"), {});
        QCOMPARE(label(QStringLiteral("result.title"))->text(), QStringLiteral("No scenario"));
        QCOMPARE(text("totalEmissions"), QStringLiteral("—"));
        Command::addScenario(&m_fx->document, gpt3());
        QCOMPARE(label(QStringLiteral("result.title"))->text(), QStringLiteral("GPT-3 175B on 10,000 V100"));
    }

    void followsTheMassUnit_data()
    {
        QTest::addColumn<int>("unit");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("kilograms") << int(MassUnit::Kilograms) << QStringLiteral(" kg");
        QTest::newRow("tonnes") << int(MassUnit::Tonnes) << QStringLiteral(" t");
        QTest::newRow("pounds") << int(MassUnit::Pounds) << QStringLiteral(" lb");
    }
    void followsTheMassUnit()
    {
        QFETCH(int, unit);
        QFETCH(QString, suffix);
        m_fx->settings.setMassUnit(static_cast<MassUnit>(unit));
        QVERIFY2(text("totalEmissions").endsWith(QChar(0x202F) + suffix.mid(1)),
                 qPrintable(text("totalEmissions")));
    }

    void showsErrorsWithoutFigures()
    {
        Scenario s = m_fx->document.scenario(0);
        s.hardware.mfu = 1.5;
        Command::editScenario(&m_fx->document, 0, s, QStringLiteral("hardware.mfu"));
        QCOMPARE(text("totalEmissions"), QStringLiteral("—"));
        QCOMPARE(label(QStringLiteral("result.headline"))->text(), QStringLiteral("No result"));
        QVERIFY(
            label(QStringLiteral("diagnostics"))->text().contains(QStringLiteral("MFU must be at most 1")));
        QVERIFY(!label(QStringLiteral("diagnostics"))->isHidden());
    }

    void howComputedExpands()
    {
        auto* toggle = m_panel->findChild<QToolButton*>(QStringLiteral("howToggle"));
        QLabel* how = label(QStringLiteral("howComputed"));
        QVERIFY(toggle && how);
        QVERIFY(how->isHidden());
        toggle->click();
        QVERIFY(!how->isHidden());
        QVERIFY(how->text().contains(QStringLiteral("6 × 1.75 × 10¹¹ × 3 × 10¹¹ = 3.15 × 10²³ FLOP")));
        toggle->click();
        QVERIFY(how->isHidden());
    }

    // --- howComputed() ---------------------------------------------------------------

    void gpt3Steps_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("substituted");
        QTest::newRow("compute, 6 × 175e9 × 300e9")
            << QStringLiteral("Training compute")
            << QStringLiteral("C = 6 × 1.75 × 10¹¹ × 3 × 10¹¹ = 3.15 × 10²³ FLOP");
        QTest::newRow("device time, 125 TFLOP/s at MFU 0.213")
            << QStringLiteral("Device time (final run)")
            << QStringLiteral(
                   "T = 3.15 × 10²³ FLOP / (1.25 × 10¹⁴ FLOP/s × 0.213) = 1.183 × 10¹⁰ s = 3,286,385 "
                   "device-hours");
        QTest::newRow("wall-clock on 10,000 devices")
            << QStringLiteral("Wall-clock time") << QStringLiteral("3,286,385 h / 10,000 = 328.6 h");
        QTest::newRow("power at TDP") << QStringLiteral("Power per device")
                                      << QStringLiteral("u = 1, TDP = 300 W → P = 300 W; host 0 W");
        // Four significant digits in the user's units, so that each line adds up.
        QTest::newRow("IT energy") << QStringLiteral("IT energy (final run)")
                                   << QStringLiteral("10,000 × 328.6 h × (300 W + 0 W) = 985.9\u202FMWh");
        QTest::newRow("facility energy, PUE 1.1") << QStringLiteral("Facility energy (final run)")
                                                  << QStringLiteral("985.9\u202FMWh × 1.1 = 1.085\u202FGWh");
        QTest::newRow("emissions, US 2024 grid")
            << QStringLiteral("Emissions (final run, location-based)")
            << QStringLiteral("1.085\u202FGWh × 383.8 g/kWh = 416.2\u202Ft");
        QTest::newRow("market-based, no CFE") << QStringLiteral("Market-based emissions")
                                              << QStringLiteral("416.2\u202Ft × (1 − 0) = 416.2\u202Ft");
        QTest::newRow("total") << QStringLiteral("Total emissions")
                               << QStringLiteral("416.2\u202Ft + 0\u202Fkg = 416.2\u202Ft");
        QTest::newRow("cost at 2.48 USD")
            << QStringLiteral("Cost") << QStringLiteral("2.48\u202FUSD × 3,286,385 h");
    }
    void gpt3Steps()
    {
        QFETCH(QString, title);
        QFETCH(QString, substituted);
        const QList<HowComputedStep> steps = howComputed(m_fx->document.estimate(0), english());
        const HowComputedStep* step = stepTitled(steps, title);
        QVERIFY2(step, qPrintable(title));
        QVERIFY2(step->substituted.contains(substituted), qPrintable(step->substituted));
        QVERIFY(!step->formula.isEmpty());
        QVERIFY(!step->result.isEmpty());
        QVERIFY2(!step->source.isEmpty(), qPrintable(title));
    }

    void gpt3Results()
    {
        const Estimate& e = m_fx->document.estimate(0);
        const DisplayFormat f = english();
        const QList<HowComputedStep> steps = howComputed(e, f);
        QCOMPARE(stepTitled(steps, QStringLiteral("Wall-clock time"))->result,
                 f.duration(e.figures.wallClock));
        QCOMPARE(stepTitled(steps, QStringLiteral("Cost"))->result,
                 f.money(e.figures.totalCost, QStringLiteral("USD")));
        QCOMPARE(stepTitled(steps, QStringLiteral("Total emissions"))->result,
                 QStringLiteral("416.2\u202Ft"));
        // The user's unit choice applies to the steps too.
        const DisplayFormat kilograms(QLocale(QLocale::English), MassUnit::Kilograms,
                                      EnergyUnit::KilowattHours);
        const QList<HowComputedStep> inKg = howComputed(e, kilograms);
        QCOMPARE(stepTitled(inKg, QStringLiteral("Total emissions"))->result,
                 QStringLiteral("416,212\u202Fkg"));
        QVERIFY(stepTitled(inKg, QStringLiteral("Facility energy (final run)"))
                    ->result.endsWith(QStringLiteral("kWh")));
    }

    void stepsNameTheirSources()
    {
        const QList<HowComputedStep> steps = howComputed(m_fx->document.estimate(0), english());
        const HowComputedStep* compute = stepTitled(steps, QStringLiteral("Training compute"));
        QVERIFY(compute->source.contains(QStringLiteral("Kaplan et al. 2020")));
        QVERIFY(compute->source.contains(QStringLiteral("Language Models are Few-Shot Learners")));
        const HowComputedStep* time = stepTitled(steps, QStringLiteral("Device time (final run)"));
        QVERIFY(time->source.contains(QStringLiteral("Data on Machine Learning Hardware")));
        QVERIFY(time->source.contains(QStringLiteral("MFU: your input")));
        const HowComputedStep* grid =
            stepTitled(steps, QStringLiteral("Emissions (final run, location-based)"));
        QVERIFY2(grid->source.contains(QStringLiteral("US 2024 (lifecycle)")), qPrintable(grid->source));
    }

    void searchDevelopmentAndEmbodiedSteps()
    {
        Scenario s = gpt3();
        s.search.trials = 4;
        s.search.meanTrialFraction = 0.5;
        s.development.multiplier = 2;
        s.embodied.include = true;
        s.embodied.perDeviceKgCo2e = 150;
        const Estimate e = estimate(s, m_fx->catalog);
        const QList<HowComputedStep> steps = howComputed(e, english());
        const HowComputedStep* search = stepTitled(steps, QStringLiteral("Hyperparameter search"));
        QVERIFY(search && search->substituted.startsWith(QStringLiteral("3,286,385 h × 2 = 6,572,770 h")));
        const HowComputedStep* dev = stepTitled(steps, QStringLiteral("Development"));
        QVERIFY(dev
                && dev->substituted.startsWith(
                    QStringLiteral("(3,286,385 h + 6,572,770 h) × (2 − 1) = 9,859,155 h")));
        const HowComputedStep* embodied = stepTitled(steps, QStringLiteral("Embodied emissions"));
        QVERIFY2(
            embodied
                && embodied->substituted.startsWith(QStringLiteral("150 kg × 19,718,310 h / (6 × 8,766 h)")),
            embodied ? qPrintable(embodied->substituted) : "missing");
        QVERIFY(embodied->substituted.endsWith(
            QStringLiteral(" = 56.24\u202Ft"))); // 150 × 19,718,310 / 52,596 kg
        QCOMPARE(embodied->result, QStringLiteral("56.24\u202Ft"));
        QVERIFY(stepTitled(steps, QStringLiteral("Operational emissions, all components")));
    }

    void accountingModeSteps()
    {
        Scenario s = gpt3();
        s.runtime.deviceHours = 1000;
        s.hardware.mfu.reset();
        const QList<HowComputedStep> steps = howComputed(estimate(s, m_fx->catalog), english());
        const HowComputedStep* time = stepTitled(steps, QStringLiteral("Device time (final run)"));
        QVERIFY(time && time->formula.contains(QStringLiteral("given")));
        QCOMPARE(time->result, QStringLiteral("1,000 device-hours"));
        QVERIFY(stepTitled(steps, QStringLiteral("Implied MFU")));
    }

    void noStepsForInvalidEstimates()
    {
        Scenario s = gpt3();
        s.facility.pue = 0.5;
        QVERIFY(howComputed(estimate(s, m_fx->catalog), english()).isEmpty());
    }

    void scientificFormat_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("175e9") << 175e9 << QStringLiteral("en_US") << QStringLiteral("1.75 × 10¹¹");
        QTest::newRow("3e11, no trailing zeros")
            << 3e11 << QStringLiteral("en_US") << QStringLiteral("3 × 10¹¹");
        QTest::newRow("9.99996e9 rounds up")
            << 9.99996e9 << QStringLiteral("en_US") << QStringLiteral("1 × 10¹⁰");
        QTest::newRow("German decimal comma")
            << 1.75e11 << QStringLiteral("de_DE") << QStringLiteral("1,75 × 10¹¹");
        QTest::newRow("small plain") << 0.213 << QStringLiteral("en_US") << QStringLiteral("0.213");
        QTest::newRow("below a million") << 328.63 << QStringLiteral("en_US") << QStringLiteral("328.6");
    }
    void scientificFormat()
    {
        QFETCH(double, value);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(formatScientific(value, QLocale(locale)), expected);
    }

private:
    QLabel* label(const QString& name) const { return m_panel->findChild<QLabel*>(name); }
    QString text(const char* key) const
    {
        QLabel* l = label(QStringLiteral("result.") + QLatin1StringView(key));
        return l ? l->text() : QStringLiteral("<missing %1>").arg(QLatin1StringView(key));
    }

    std::unique_ptr<GuiFixture> m_fx;
    std::unique_ptr<ResultsPanel> m_panel;
};

QTEST_MAIN(TestResultsPanel)
#include "tst_resultspanel.moc"
