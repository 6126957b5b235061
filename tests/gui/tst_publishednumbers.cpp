// SPDX-License-Identifier: GPL-3.0-or-later
// Lessons → Published Numbers: the model shows the core comparison with the locale's
// numbers, "Open as Scenario" adds one undoable scenario, and the dialog is non-modal.
#include "guitesthelpers.h"
#include "publishedfootprintmodel.h"
#include "publishednumbersdialog.h"
#include "publishednumbersview.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace aicarbon;
using test::GuiFixture;
using Column = PublishedFootprintModel::Column;

namespace {

// tests/fixtures/catalog/published_footprints.csv: three rows of data/published_footprints.csv.
constexpr int kStrubellTransformerBig = 0; // no model preset: no planning estimate
constexpr int kPattersonGpt3 = 1; // GPT-3 preset on V100: planned
constexpr int kLlama2_70b = 2; // no energy published; preset not in the fixture

DisplayFormat formatFor(const QLocale& locale)
{
    return DisplayFormat(locale, MassUnit::Automatic, EnergyUnit::Automatic);
}

QLocale english()
{
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QVariant raw(const PublishedFootprintModel& model, int row, Column column)
{
    return model.data(model.index(row, int(column)), PublishedFootprintModel::RawValueRole);
}

QString shown(const PublishedFootprintModel& model, int row, Column column)
{
    return model.data(model.index(row, int(column))).toString();
}

} // namespace

class TestPublishedNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(english()); }
    void cleanup() { QLocale::setDefault(english()); }

    void modelPassesTester()
    {
        GuiFixture f;
        PublishedFootprintModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparisons(comparePublishedFootprints(f.catalog), &f.catalog, formatFor(english()));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 12);
        model.setComparisons({}, &f.catalog, formatFor(english()));
        QCOMPARE(model.rowCount(), 0);
    }

    void modelValuesAreTheCoreResults()
    {
        GuiFixture f;
        const std::vector<PublishedComparison> core = comparePublishedFootprints(f.catalog);
        PublishedFootprintModel model;
        model.setComparisons(core, &f.catalog, formatFor(english()));
        const PublishedComparison& gpt3 = core[kPattersonGpt3];
        QCOMPARE(raw(model, kPattersonGpt3, Column::ReportedEnergy).toDouble(), 1287.0);
        QCOMPARE(raw(model, kPattersonGpt3, Column::EstimatedEnergy).toDouble(),
                 gpt3.estimatedEnergy.megawattHours());
        QCOMPARE(raw(model, kPattersonGpt3, Column::EnergyDifference).toDouble(),
                 relativeDifference(gpt3.estimatedEnergy.megawattHours(), 1287.0));
        QCOMPARE(raw(model, kPattersonGpt3, Column::ReportedCo2e).toDouble(), 552.1);
        QCOMPARE(raw(model, kPattersonGpt3, Column::EstimatedCo2e).toDouble(), gpt3.estimatedCo2e.tonnes());
        QCOMPARE(raw(model, kPattersonGpt3, Column::Co2eDifference).toDouble(),
                 relativeDifference(gpt3.estimatedCo2e.tonnes(), 552.1));
        QCOMPARE(raw(model, kPattersonGpt3, Column::PlannedCo2e).toDouble(), gpt3.planningCo2e->tonnes());
        QCOMPARE(raw(model, kPattersonGpt3, Column::PlannedDifference).toDouble(),
                 relativeDifference(gpt3.planningCo2e->tonnes(), 552.1));
        // 10,000 × 330 W × 355.2 h × 1.1 = 1,289.4 MWh: +0.2 % against the published 1,287.
        QCOMPARE(shown(model, kPattersonGpt3, Column::EstimatedEnergy), QStringLiteral("1,289"));
        QCOMPARE(shown(model, kPattersonGpt3, Column::EnergyDifference), QStringLiteral("+0.2"));
        QCOMPARE(shown(model, kPattersonGpt3, Column::Study), QStringLiteral("Patterson et al. 2021"));
        QCOMPARE(shown(model, kPattersonGpt3, Column::Model), QStringLiteral("GPT-3"));
        QCOMPARE(shown(model, kPattersonGpt3, Column::Hardware),
                 QStringLiteral("10,000 × Tesla V100 SXM2 32 GB"));
        QCOMPARE(shown(model, kPattersonGpt3, Column::Source), QStringLiteral("Table 4"));
        // Strubell's pounds, shown in tonnes: 192 lb = 0.08709 t.
        QCOMPARE(raw(model, kStrubellTransformerBig, Column::ReportedCo2e).toDouble(),
                 Mass::fromPounds(192).tonnes());
        QCOMPARE(shown(model, kStrubellTransformerBig, Column::ReportedCo2e), QStringLiteral("0.08709"));
    }

    void missingValuesAreDashes()
    {
        GuiFixture f;
        PublishedFootprintModel model;
        model.setComparisons(comparePublishedFootprints(f.catalog), &f.catalog, formatFor(english()));
        QVERIFY(!raw(model, kLlama2_70b, Column::ReportedEnergy).isValid());
        QVERIFY(!raw(model, kLlama2_70b, Column::EnergyDifference).isValid());
        QCOMPARE(shown(model, kLlama2_70b, Column::ReportedEnergy), QStringLiteral("—"));
        QVERIFY(raw(model, kLlama2_70b, Column::EstimatedEnergy).isValid());
        for (const int row : {kStrubellTransformerBig, kLlama2_70b}) {
            QVERIFY(!raw(model, row, Column::PlannedCo2e).isValid());
            QCOMPARE(shown(model, row, Column::PlannedDifference), QStringLiteral("—"));
        }
        const QString tip = model.data(model.index(kLlama2_70b, 0), Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Duration: 1,720,320 device-hours")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Planning mode: not available")), qPrintable(tip));
    }

    void headers_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("header");
        QTest::newRow("study") << int(Column::Study) << QStringLiteral("Study");
        QTest::newRow("reported energy")
            << int(Column::ReportedEnergy) << QStringLiteral("Reported energy (MWh)");
        QTest::newRow("estimated energy")
            << int(Column::EstimatedEnergy) << QStringLiteral("Estimated energy (MWh)");
        QTest::newRow("energy difference") << int(Column::EnergyDifference) << QStringLiteral("Δ energy (%)");
        QTest::newRow("reported CO2e") << int(Column::ReportedCo2e) << QStringLiteral("Reported CO₂e (t)");
        QTest::newRow("CO2e difference") << int(Column::Co2eDifference) << QStringLiteral("Δ CO₂e (%)");
        QTest::newRow("planning") << int(Column::PlannedCo2e) << QStringLiteral("Planning mode CO₂e (t)");
        QTest::newRow("source") << int(Column::Source) << QStringLiteral("Source");
    }
    void headers()
    {
        QFETCH(int, column);
        QFETCH(QString, header);
        PublishedFootprintModel model;
        QCOMPARE(model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString(), header);
        // Long headers break onto two lines to keep the columns narrow.
        const QString shownHeader = model.headerData(column, Qt::Horizontal).toString();
        QCOMPARE(shownHeader.count(QLatin1Char('\n')), header.size() > 14 ? 1 : 0);
        QCOMPARE(QString(shownHeader).replace(QLatin1Char('\n'), QLatin1Char(' ')), header);
    }

    void germanLocaleShowsDecimalComma()
    {
        GuiFixture f;
        PublishedFootprintModel model;
        model.setComparisons(comparePublishedFootprints(f.catalog), &f.catalog,
                             formatFor(QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(shown(model, kPattersonGpt3, Column::ReportedCo2e), QStringLiteral("552,1"));
        QCOMPARE(shown(model, kPattersonGpt3, Column::EnergyDifference), QStringLiteral("+0,2"));
        QCOMPARE(shown(model, kPattersonGpt3, Column::Hardware),
                 QStringLiteral("10.000 × Tesla V100 SXM2 32 GB"));
    }

    // The view follows a language change: its model then formats with the new default locale.
    void viewFollowsLanguageChange()
    {
        GuiFixture f;
        PublishedNumbersView view(f.context);
        QCOMPARE(shown(*view.model(), kPattersonGpt3, Column::ReportedCo2e), QStringLiteral("552.1"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&view, &change);
        QCOMPARE(shown(*view.model(), kPattersonGpt3, Column::ReportedCo2e), QStringLiteral("552,1"));
        QVERIFY(
            view.findChild<QLabel*>(QStringLiteral("explanation"))->text().contains(QStringLiteral("40 %")));
    }

    void openAsScenarioAddsOneUndoableScenario()
    {
        GuiFixture f;
        f.document.setProject(QStringLiteral("mine"), {GuiFixture::plan("my plan")});
        PublishedNumbersView view(f.context);
        auto* open = view.findChild<QPushButton*>(QStringLiteral("openAsScenario"));
        auto* openPlanned = view.findChild<QPushButton*>(QStringLiteral("openPlannedScenario"));
        QVERIFY(!open->isEnabled());
        QCOMPARE(view.openAsScenario(), -1); // nothing selected: nothing added
        view.selectRow(kPattersonGpt3);
        QVERIFY(open->isEnabled());
        QVERIFY(openPlanned->isEnabled());
        QSignalSpy opened(&view, &PublishedNumbersView::scenarioOpened);
        QSignalSpy changed(&f.document, &ScenarioDocument::changed);
        open->click();
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toInt(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(f.document.count(), 2);
        QCOMPARE(f.document.scenario(0).name, std::string("my plan")); // the user's work stays
        QVERIFY(f.document.scenario(1) == view.model()->comparison(kPattersonGpt3).scenario);
        QCOMPARE(f.document.scenario(1).name, std::string("Patterson et al. 2021: GPT-3"));
        QVERIFY(f.document.estimate(1).valid());
        QCOMPARE(f.document.undoStack()->count(), 1);
        f.document.undoStack()->undo();
        QCOMPARE(f.document.count(), 1);
        QCOMPARE(f.document.scenario(0).name, std::string("my plan"));
        f.document.undoStack()->redo();
        QCOMPARE(f.document.count(), 2);
    }

    void openPlannedScenarioOnlyWhereThereIsOne()
    {
        GuiFixture f;
        PublishedNumbersView view(f.context);
        view.selectRow(kStrubellTransformerBig);
        QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("openPlannedScenario"))->isEnabled());
        QCOMPARE(view.openPlannedScenario(), -1);
        QCOMPARE(f.document.count(), 0);
        view.selectRow(kPattersonGpt3);
        QCOMPARE(view.openPlannedScenario(), 0);
        QCOMPARE(f.document.scenario(0).workload.model, std::string("gpt3-175b"));
        QVERIFY(!f.document.scenario(0).runtime.wallClockHours);
    }

    void dialogIsNonModalAndReused()
    {
        GuiFixture f;
        QWidget parent;
        PublishedNumbersDialog* first = showPublishedNumbers(f.context, &parent);
        QVERIFY(!first->isModal());
        QVERIFY(first->isVisible());
        QCOMPARE(first->windowTitle(), QStringLiteral("Published Numbers"));
        QCOMPARE(showPublishedNumbers(f.context, &parent), first);
        QVERIFY(first->testAttribute(Qt::WA_DeleteOnClose));
    }

    // AICARBON_SCREENSHOT_DIR=dir: the dialog over the shipped catalog, in English and with
    // German numbers, as PNG files to look at.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("AICARBON_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set AICARBON_SCREENSHOT_DIR to write screenshots");
        GuiFixture f;
        Catalog shipped(std::string(AICARBON_CATALOG_PATH));
        f.context.catalog = &shipped;
        for (const QLocale& locale : {english(), QLocale(QLocale::German, QLocale::Germany)}) {
            QLocale::setDefault(locale);
            PublishedNumbersDialog dialog(f.context);
            dialog.show();
            dialog.view()->selectRow(9);
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            const QString path =
                QDir(dir).filePath(QStringLiteral("published-numbers-%1.png").arg(locale.name()));
            QVERIFY(dialog.grab().save(path));
        }
    }
};

QTEST_MAIN(TestPublishedNumbers)
#include "tst_publishednumbers.moc"
