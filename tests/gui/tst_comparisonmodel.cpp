// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonmodel.h"
#include "guitesthelpers.h"
#include "scenariocommands.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace aicarbon;
using aicarbon::test::GuiFixture;

namespace {

constexpr double kUsIntensity = 383.78; // fixture grid_intensity.csv, 2024
constexpr double kFrIntensity = 40.48;

int row(ComparisonMetric metric)
{
    return static_cast<int>(metric);
}

} // namespace

class TestComparisonModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester();
    void valuesAndDeltas();
    void baselineShowsNoDelta();
    void invalidScenarioShowsItsError();
    void unknownValuesAreEmpty();
    void setColumnEmitsDataChanged();
    void headerHasNameAndSwatch();
    void exactNumber_data();
    void exactNumber();

private:
    static void fill(GuiFixture& f, ComparisonTableModel& model)
    {
        model.setResults(comparisonColumns(f.document, f.settings.palette()), f.document.baseline(),
                         DisplayFormat(QLocale(QLocale::English, QLocale::UnitedStates), MassUnit::Automatic,
                                       EnergyUnit::Automatic));
    }
};

void TestComparisonModel::passesModelTester()
{
    GuiFixture f;
    f.document.setProject(QStringLiteral("p"), {GuiFixture::plan("FR", "FR"), GuiFixture::plan("US", "US")});
    ComparisonTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fill(f, model);
    Scenario invalid = GuiFixture::plan("nowhere", "XX");
    Command::addScenario(&f.document, invalid);
    fill(f, model);
    model.setColumn(1, comparisonColumn(f.document, 1, f.settings.palette()));
    model.setColumn(0, comparisonColumn(f.document, 0, f.settings.palette()));
    f.document.setProject(QStringLiteral("empty"), {});
    fill(f, model);
    QCOMPARE(model.columnCount(), 0);
    QCOMPARE(model.rowCount(), kComparisonMetricCount);
}

void TestComparisonModel::valuesAndDeltas()
{
    GuiFixture f;
    f.document.setProject(QStringLiteral("p"), {GuiFixture::plan("FR", "FR"), GuiFixture::plan("US", "US")});
    ComparisonTableModel model;
    fill(f, model);
    QCOMPARE(model.columnCount(), 2);
    const auto value = [&model](ComparisonMetric metric, int column, int role) {
        return model.index(row(metric), column).data(role);
    };
    AICARBON_COMPARE_REL(
        value(ComparisonMetric::GridIntensity, 0, ComparisonTableModel::RawValueRole).toDouble(),
        kFrIntensity, 1e-12);
    AICARBON_COMPARE_REL(
        value(ComparisonMetric::GridIntensity, 1, ComparisonTableModel::RawValueRole).toDouble(),
        kUsIntensity, 1e-12);
    const double fr = value(ComparisonMetric::TotalCo2e, 0, ComparisonTableModel::RawValueRole).toDouble();
    const double us = value(ComparisonMetric::TotalCo2e, 1, ComparisonTableModel::RawValueRole).toDouble();
    QVERIFY(fr > 0.0);
    AICARBON_COMPARE_REL(us / fr, kUsIntensity / kFrIntensity, 1e-9);
    AICARBON_COMPARE_REL(value(ComparisonMetric::TotalCo2e, 1, ComparisonTableModel::DeltaRole).toDouble(),
                         us - fr, 1e-9);
    AICARBON_COMPARE_REL(
        value(ComparisonMetric::TotalCo2e, 1, ComparisonTableModel::RelativeDeltaRole).toDouble(),
        kUsIntensity / kFrIntensity - 1.0, 1e-9);
    // Same hardware and workload: the energy is the same, so no delta is shown.
    QCOMPARE(value(ComparisonMetric::FacilityEnergy, 1, ComparisonTableModel::DeltaRole).toDouble(), 0.0);
    QVERIFY(
        !value(ComparisonMetric::FacilityEnergy, 1, Qt::DisplayRole).toString().contains(QLatin1Char('+')));

    const QString text = value(ComparisonMetric::TotalCo2e, 1, Qt::DisplayRole).toString();
    const QString percent =
        QStringLiteral("+%1 %").arg((kUsIntensity / kFrIntensity - 1.0) * 100.0, 0, 'f', 1);
    QVERIFY2(text.contains(percent), qPrintable(text + QStringLiteral(" lacks ") + percent));
    QVERIFY2(text.contains(QStringLiteral("  +")), qPrintable(text));
    const QString tip = value(ComparisonMetric::TotalCo2e, 1, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("kg CO₂e")) && tip.contains(QStringLiteral("Baseline")),
             qPrintable(tip));
}

void TestComparisonModel::baselineShowsNoDelta()
{
    GuiFixture f;
    f.document.setProject(QStringLiteral("p"), {GuiFixture::plan("FR", "FR"), GuiFixture::plan("US", "US")});
    Command::setBaseline(&f.document, 1);
    ComparisonTableModel model;
    fill(f, model);
    QCOMPARE(model.baseline(), 1);
    const QModelIndex us = model.index(row(ComparisonMetric::TotalCo2e), 1);
    const QModelIndex fr = model.index(row(ComparisonMetric::TotalCo2e), 0);
    QVERIFY(!us.data(ComparisonTableModel::DeltaRole).isValid());
    QVERIFY(!us.data().toString().contains(QLatin1Char('(')));
    QVERIFY2(fr.data().toString().contains(QStringLiteral("−")), qPrintable(fr.data().toString()));
    QVERIFY(fr.data(ComparisonTableModel::DeltaRole).toDouble() < 0.0);
    QVERIFY(model.headerData(1, Qt::Horizontal).toString().contains(QStringLiteral("baseline")));
}

void TestComparisonModel::invalidScenarioShowsItsError()
{
    GuiFixture f;
    f.document.setProject(QStringLiteral("p"),
                          {GuiFixture::plan("FR", "FR"), GuiFixture::plan("nowhere", "XX")});
    ComparisonTableModel model;
    fill(f, model);
    const QString first = model.index(0, 1).data().toString();
    QVERIFY2(first.contains(QStringLiteral("unknown region")), qPrintable(first));
    QCOMPARE(model.index(row(ComparisonMetric::TotalCo2e), 1).data().toString(), QStringLiteral("—"));
    QVERIFY(
        !model.index(row(ComparisonMetric::TotalCo2e), 1).data(ComparisonTableModel::RawValueRole).isValid());
    QVERIFY(
        model.index(row(ComparisonMetric::Cost), 1).data(Qt::ToolTipRole).toString().contains(first.mid(2)));
}

void TestComparisonModel::unknownValuesAreEmpty()
{
    GuiFixture f;
    Scenario priced = GuiFixture::plan("priced", "FR");
    priced.cost.pricePerDeviceHour = 2.0;
    priced.cost.currency = "USD";
    f.document.setProject(QStringLiteral("p"), {GuiFixture::plan("FR", "FR"), priced});
    ComparisonTableModel model;
    fill(f, model);
    QCOMPARE(model.index(row(ComparisonMetric::Cost), 0).data().toString(), QStringLiteral("—"));
    QVERIFY(!model.index(row(ComparisonMetric::Cost), 1).data(ComparisonTableModel::DeltaRole).isValid());
    const QString cost = model.index(row(ComparisonMetric::Cost), 1).data().toString();
    QVERIFY2(cost.contains(QStringLiteral("USD")), qPrintable(cost));
    const double deviceHours = model.index(row(ComparisonMetric::DeviceHours), 1)
                                   .data(ComparisonTableModel::RawValueRole)
                                   .toDouble();
    AICARBON_COMPARE_REL(
        model.index(row(ComparisonMetric::Cost), 1).data(ComparisonTableModel::RawValueRole).toDouble(),
        2.0 * deviceHours, 1e-9);
}

void TestComparisonModel::setColumnEmitsDataChanged()
{
    GuiFixture f;
    f.document.setProject(
        QStringLiteral("p"),
        {GuiFixture::plan("FR", "FR"), GuiFixture::plan("US", "US"), GuiFixture::plan("BE", "BE")});
    ComparisonTableModel model;
    fill(f, model);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setColumn(2, comparisonColumn(f.document, 2, f.settings.palette()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), 2);
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), 2);
    // A baseline edit changes every delta.
    model.setColumn(0, comparisonColumn(f.document, 0, f.settings.palette()));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toModelIndex().column(), 0);
    QCOMPARE(changed.at(1).at(1).toModelIndex().column(), 2);
    QCOMPARE(reset.count(), 0);
}

void TestComparisonModel::headerHasNameAndSwatch()
{
    GuiFixture f;
    f.document.setProject(QStringLiteral("p"),
                          {GuiFixture::plan("France", "FR"), GuiFixture::plan("US", "US")});
    ComparisonTableModel model;
    fill(f, model);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("US"));
    QVERIFY(!model.headerData(1, Qt::Horizontal, Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.columns()[1].color, scenarioColor(f.document.colorSlot(1), f.settings.palette()));
    QCOMPARE(model.headerData(row(ComparisonMetric::TotalCo2e), Qt::Vertical).toString(),
             QStringLiteral("Total CO₂e"));
}

void TestComparisonModel::exactNumber_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("GPT-3 emissions in kg, whole kilograms") << 552311.44 << QStringLiteral("552,311");
    QTest::newRow("energy in MWh, two decimals") << 1287.456 << QStringLiteral("1,287.46");
    QTest::newRow("MFU, three decimals") << 0.40123 << QStringLiteral("0.401");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0");
    QTest::newRow("FLOPs in scientific notation") << 3.14e23 << QStringLiteral("3.14000E+23");
}

void TestComparisonModel::exactNumber()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(aicarbon::exactNumber(QLocale(QLocale::English, QLocale::UnitedStates), value), expected);
}

QTEST_MAIN(TestComparisonModel)
#include "tst_comparisonmodel.moc"
