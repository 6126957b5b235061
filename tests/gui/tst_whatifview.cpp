// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitesthelpers.h"
#include "regionranking.h"
#include "scenariocommands.h"
#include "sweep.h"
#include "sweeptablemodel.h"
#include "whatifview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <qcustomplot.h>

#include <cmath>
#include <limits>

using namespace aicarbon;
using aicarbon::test::GuiFixture;

namespace {

std::vector<std::string> ids(const std::vector<SweepPoint>& points)
{
    std::vector<std::string> out;
    for (const SweepPoint& p : points)
        out.push_back(p.id);
    return out;
}

QStringList toStrings(const std::vector<std::string>& v)
{
    QStringList out;
    for (const std::string& s : v)
        out << QString::fromStdString(s);
    return out;
}

} // namespace

class TestWhatIfView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regionSweepRanksByEmissions();
    void regionSweepSkipsWhatCannotBeEstimated();
    void deviceSweepLeavesOutCpusAndFindsTheFront();
    void paretoFront_data();
    void paretoFront();
    void selectRegions_data();
    void selectRegions();
    void foldsAccents();
    void tableModelPassesTester();

    void init();
    void cleanup();
    void computesOnlyWhenVisible();
    void followsEditsOfTheCurrentScenario();
    void filtersTheRanking();
    void tableSortsByValue();
    void createsScenarioFromRegion();
    void createsScenarioFromDevice();
    void notesMixedIntensityBases();
    void rendersAt1280x800();

private:
    template<class T>
    T* child(const char* name) const
    {
        return m_view->findChild<T*>(QLatin1StringView(name));
    }
    QAbstractItemModel* tableModel(const char* name) const { return child<QTableView>(name)->model(); }
    void selectId(const char* table, const QString& id);

    GuiFixture* m_fixture = nullptr;
    WhatIfView* m_view = nullptr;
};

void TestWhatIfView::regionSweepRanksByEmissions()
{
    GuiFixture f;
    const Sweep sweep = sweepRegions(GuiFixture::plan("p", "FR"), f.catalog);
    // Québec 35 < France 40.48 < GCP St. Ghislain 103.37 (direct) < Belgium 126.96 < United States
    // 383.78 = AWS Ashburn (US grid; ties keep catalog order) < World 471.08 g/kWh, same PUE.
    const QStringList expected {
        QStringLiteral("CA-QC"), QStringLiteral("FR"), QStringLiteral("gcp:europe-west1"),
        QStringLiteral("BE"),    QStringLiteral("US"), QStringLiteral("aws:us-east-1"),
        QStringLiteral("WORLD")};
    QCOMPARE(toStrings(ids(sweep.points)), expected);
    QCOMPARE(sweep.skipped, std::size_t(0));
    for (std::size_t i = 1; i < sweep.points.size(); ++i)
        QVERIFY(sweep.points[i - 1].totalEmissions <= sweep.points[i].totalEmissions);
    AICARBON_COMPARE_REL(sweep.points[4].totalEmissions.kilograms()
                             / sweep.points[1].totalEmissions.kilograms(),
                         383.78 / 40.48, 1e-9);
    QCOMPARE(sweep.points[0].name, std::string("Québec"));
    QCOMPARE(sweep.points[2].basis, std::string("direct"));
    QCOMPARE(sweep.points[2].group, std::string("gcp"));
    QCOMPARE(sweep.points[1].basis, std::string("lifecycle"));
    QVERIFY(sweep.mixesIntensityBases());
}

void TestWhatIfView::regionSweepSkipsWhatCannotBeEstimated()
{
    GuiFixture f;
    Scenario s = GuiFixture::plan("p", "FR");
    s.facility.year = 2023; // only WORLD, FR and US (and AWS on the US grid) have 2023 figures
    s.facility.carbonIntensityGPerKwh = 999.0; // dropped by the sweep
    const Sweep sweep = sweepRegions(s, f.catalog);
    QCOMPARE(toStrings(ids(sweep.points)),
             QStringList({QStringLiteral("FR"), QStringLiteral("US"), QStringLiteral("aws:us-east-1"),
                          QStringLiteral("WORLD")}));
    QCOMPARE(sweep.skipped, std::size_t(3));
    QVERIFY(!sweep.mixesIntensityBases());
    QCOMPARE(movedToRegion(s, "BE").facility.region, std::string("BE"));
    QVERIFY(!movedToRegion(s, "BE").facility.carbonIntensityGPerKwh);
}

void TestWhatIfView::deviceSweepLeavesOutCpusAndFindsTheFront()
{
    GuiFixture f;
    const Sweep sweep = sweepDevices(GuiFixture::plan("p", "FR"), f.catalog);
    QVERIFY(!sweep.points.empty());
    QCOMPARE(sweep.points.size() + sweep.skipped, std::size_t(4));
    std::vector<ParetoPoint> points;
    for (const SweepPoint& p : sweep.points) {
        QVERIFY(p.wallClock.hours() > 0.0);
        QCOMPARE(p.basis, std::string("lifecycle"));
        points.push_back({p.wallClock.hours(), p.totalEmissions.kilograms()});
    }
    const std::vector<std::size_t> front = aicarbon::paretoFront(points);
    QVERIFY(!front.empty());
    // The fastest device is always on the front, and so is the lowest-emitting one.
    const auto fastest = std::min_element(
        points.begin(), points.end(), [](const ParetoPoint& a, const ParetoPoint& b) { return a.x < b.x; });
    const auto cleanest = std::min_element(
        points.begin(), points.end(), [](const ParetoPoint& a, const ParetoPoint& b) { return a.y < b.y; });
    QCOMPARE(front.front(), std::size_t(fastest - points.begin()));
    QVERIFY(std::find(front.begin(), front.end(), std::size_t(cleanest - points.begin())) != front.end());
    Scenario moved = movedToDevice(GuiFixture::plan("p"), "nvidia-h100-sxm5-80gb");
    QCOMPARE(moved.hardware.device, std::string("nvidia-h100-sxm5-80gb"));
}

void TestWhatIfView::paretoFront_data()
{
    using Points = std::vector<ParetoPoint>;
    using Indices = std::vector<std::size_t>;
    QTest::addColumn<Points>("points");
    QTest::addColumn<Indices>("expected");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("empty") << Points {} << Indices {};
    QTest::newRow("one point") << Points {{3, 4}} << Indices {0};
    QTest::newRow("staircase, a dominated point and an equal-y slower one")
        << Points {{1, 5}, {2, 3}, {3, 4}, {4, 1}, {5, 1}} << Indices {0, 1, 3};
    QTest::newRow("unsorted input, front in x order") << Points {{4, 1}, {1, 5}, {2, 3}} << Indices {1, 2, 0};
    QTest::newRow("equal points are both kept") << Points {{2, 3}, {1, 5}, {2, 3}} << Indices {1, 0, 2};
    QTest::newRow("same x: only the lower y") << Points {{1, 5}, {1, 4}} << Indices {1};
    QTest::newRow("one point dominates all") << Points {{2, 2}, {1, 1}, {3, 1}, {1, 3}} << Indices {1};
    QTest::newRow("non-finite ignored")
        << Points {{nan, 0}, {1, 1}, {0.5, std::numeric_limits<double>::infinity()}} << Indices {1};
}

void TestWhatIfView::paretoFront()
{
    QFETCH(std::vector<ParetoPoint>, points);
    QFETCH(std::vector<std::size_t>, expected);
    QCOMPARE(aicarbon::paretoFront(points), expected);
}

void TestWhatIfView::selectRegions_data()
{
    QTest::addColumn<int>("group");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("highest");
    QTest::addColumn<QString>("keep");
    QTest::addColumn<QStringList>("expected");
    const auto all = int(RegionFilter::Group::All);
    QTest::newRow("lowest 3") << all << QString() << QString() << 3 << false << QString()
                              << QStringList {QStringLiteral("CA-QC"), QStringLiteral("FR"),
                                              QStringLiteral("gcp:europe-west1")};
    QTest::newRow("highest 2, dirtiest first")
        << all << QString() << QString() << 2 << true << QString()
        << QStringList {QStringLiteral("WORLD"), QStringLiteral("aws:us-east-1")};
    QTest::newRow("lowest 2 keeps the current region")
        << all << QString() << QString() << 2 << false << QStringLiteral("US")
        << QStringList {QStringLiteral("CA-QC"), QStringLiteral("FR"), QStringLiteral("US")};
    QTest::newRow("grids only") << int(RegionFilter::Group::Grids) << QString() << QString() << 3 << false
                                << QString()
                                << QStringList {QStringLiteral("CA-QC"), QStringLiteral("FR"),
                                                QStringLiteral("BE")};
    QTest::newRow("one provider") << int(RegionFilter::Group::Provider) << QStringLiteral("aws") << QString()
                                  << 10 << false << QStringLiteral("FR")
                                  << QStringList {QStringLiteral("aws:us-east-1")};
    QTest::newRow("text without accents finds Québec")
        << all << QString() << QStringLiteral("quebec") << 10 << false << QString()
        << QStringList {QStringLiteral("CA-QC")};
    QTest::newRow("country code") << all << QString() << QStringLiteral("us") << 10 << false << QString()
                                  << QStringList {QStringLiteral("US"), QStringLiteral("aws:us-east-1")};
}

void TestWhatIfView::selectRegions()
{
    QFETCH(int, group);
    QFETCH(QString, provider);
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(bool, highest);
    QFETCH(QString, keep);
    QFETCH(QStringList, expected);
    GuiFixture f;
    const Sweep sweep = sweepRegions(GuiFixture::plan("p", "FR"), f.catalog);
    RegionFilter filter;
    filter.group = RegionFilter::Group(group);
    filter.provider = provider;
    filter.text = text;
    filter.count = count;
    filter.highest = highest;
    filter.keep = keep.toStdString();
    QStringList shown;
    for (const std::size_t i : aicarbon::selectRegions(sweep.points, filter))
        shown << QString::fromStdString(sweep.points[i].id);
    QCOMPARE(shown, expected);
    QCOMPARE(regionProviders(sweep.points), QStringList({QStringLiteral("aws"), QStringLiteral("gcp")}));
}

void TestWhatIfView::foldsAccents()
{
    QCOMPARE(foldedText(QStringLiteral("Québec")), QStringLiteral("quebec"));
    QCOMPARE(foldedText(QStringLiteral("São Paulo")), QStringLiteral("sao paulo"));
}

void TestWhatIfView::tableModelPassesTester()
{
    GuiFixture f;
    for (const auto kind : {SweepTableModel::Kind::Regions, SweepTableModel::Kind::Devices}) {
        SweepTableModel model(kind);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Sweep sweep = kind == SweepTableModel::Kind::Regions
            ? sweepRegions(GuiFixture::plan("p"), f.catalog)
            : sweepDevices(GuiFixture::plan("p"), f.catalog);
        std::vector<SweepRow> rows;
        for (const SweepPoint& p : sweep.points)
            rows.push_back({p, int(rows.size()) + 1, rows.empty()});
        model.setResults(rows, "FR", 100.0, f.settings.displayFormat());
        QCOMPARE(model.rowCount(), int(sweep.points.size()));
        model.setResults({}, {}, 0.0, f.settings.displayFormat());
        QCOMPARE(model.rowCount(), 0);
    }
}

void TestWhatIfView::init()
{
    m_fixture = new GuiFixture;
    m_fixture->document.setProject(QStringLiteral("p"),
                                   {GuiFixture::plan("Plan", "FR"), GuiFixture::plan("Other", "US")});
    m_view = new WhatIfView(m_fixture->context);
    m_view->resize(1280, 800);
}

void TestWhatIfView::cleanup()
{
    delete m_view;
    delete m_fixture;
}

void TestWhatIfView::selectId(const char* table, const QString& id)
{
    auto* view = child<QTableView>(table);
    const QModelIndexList found =
        view->model()->match(view->model()->index(0, 0), SweepTableModel::IdRole, id, 1, Qt::MatchExactly);
    QVERIFY2(!found.isEmpty(), qPrintable(id));
    view->selectRow(found.front().row());
}

void TestWhatIfView::computesOnlyWhenVisible()
{
    m_view->setCurrentScenario(0);
    QCOMPARE(tableModel("regionTable")->rowCount(), 0);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    QCOMPARE(tableModel("regionTable")->rowCount(), 7);
    QVERIFY(tableModel("deviceTable")->rowCount() > 0);
    m_view->hide();
    m_view->setCurrentScenario(1);
    QVERIFY(!child<QLabel>("whatIfTitle")->text().contains(QStringLiteral("Other")));
    m_view->show();
    QVERIFY(child<QLabel>("whatIfTitle")->text().contains(QStringLiteral("Other")));
    // The current region's bar has the current scenario's colour, as everywhere else.
    auto* chart = child<QCustomPlot>("regionChart");
    QCPAbstractPlottable* current = nullptr;
    for (int i = 0; i < chart->plottableCount(); ++i) {
        if (chart->plottable(i)->interface1D()->dataCount() == 1
            && chart->plottable(i)->name().contains(QStringLiteral("Current")))
            current = chart->plottable(i);
    }
    QVERIFY(current);
    QCOMPARE(current->brush().color(),
             scenarioColor(m_fixture->document.colorSlot(1), m_fixture->settings.palette()));
}

void TestWhatIfView::followsEditsOfTheCurrentScenario()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    Scenario moved = m_fixture->document.scenario(0);
    moved.facility.region = "BE";
    Command::editScenario(&m_fixture->document, 0, moved, QStringLiteral("facility.region"));
    // Recomputed after a short delay (coalescing edits), or at once by replotAll().
    QTRY_VERIFY(child<QLabel>("whatIfTitle")->text().contains(QStringLiteral("BE")));
    QAbstractItemModel* regions = tableModel("regionTable");
    const QModelIndexList current = regions->match(regions->index(0, 0), SweepTableModel::IdRole,
                                                   QStringLiteral("BE"), 1, Qt::MatchExactly);
    QVERIFY(!current.isEmpty());
    QVERIFY(current.front().data(Qt::FontRole).value<QFont>().bold());
    // Editing another scenario changes nothing here.
    Scenario other = m_fixture->document.scenario(1);
    other.facility.region = "CA-QC";
    Command::editScenario(&m_fixture->document, 1, other, QStringLiteral("facility.region"));
    m_view->replotAll();
    QVERIFY(child<QLabel>("whatIfTitle")->text().contains(QStringLiteral("BE")));
}

void TestWhatIfView::filtersTheRanking()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    auto* provider = child<QComboBox>("regionProvider");
    provider->setCurrentIndex(provider->findText(QStringLiteral("Electricity grids")));
    QCOMPARE(tableModel("regionTable")->rowCount(), 5);
    child<QLineEdit>("regionSearch")->setText(QStringLiteral("quebec"));
    // The current region (France) is kept beyond the N shown, not past the text filter.
    QCOMPARE(tableModel("regionTable")->rowCount(), 1);
    auto* chart = child<QCustomPlot>("regionChart");
    int bars = 0;
    for (int i = 0; i < chart->plottableCount(); ++i)
        bars += chart->plottable(i)->interface1D()->dataCount();
    QCOMPARE(bars, 1);
}

void TestWhatIfView::tableSortsByValue()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    auto* table = child<QTableView>("regionTable");
    int emissions = -1;
    for (int c = 0; c < table->model()->columnCount(); ++c) {
        if (table->model()->headerData(c, Qt::Horizontal).toString() == QStringLiteral("Total CO₂e"))
            emissions = c;
    }
    QVERIFY(emissions >= 0);
    table->sortByColumn(emissions, Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, 0).data(SweepTableModel::IdRole).toString(), QStringLiteral("WORLD"));
    table->sortByColumn(emissions, Qt::AscendingOrder);
    QCOMPARE(table->model()->index(0, 0).data(SweepTableModel::IdRole).toString(), QStringLiteral("CA-QC"));
}

void TestWhatIfView::createsScenarioFromRegion()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    auto* button = child<QPushButton>("createFromRegion");
    QVERIFY(!button->isEnabled());
    selectId("regionTable", QStringLiteral("CA-QC"));
    QVERIFY(button->isEnabled());
    QSignalSpy created(m_view, &WhatIfView::scenarioCreated);
    button->click();
    QCOMPARE(created.count(), 1);
    QCOMPARE(created.at(0).at(0).toInt(), 2);
    QCOMPARE(m_fixture->document.count(), 3);
    QCOMPARE(m_fixture->document.scenario(2).facility.region, std::string("CA-QC"));
    QCOMPARE(m_fixture->document.scenario(2).name, std::string("Plan in Québec"));
    QCOMPARE(m_fixture->document.scenario(2).hardware, m_fixture->document.scenario(0).hardware);
    m_fixture->document.undoStack()->undo();
    QCOMPARE(m_fixture->document.count(), 2);
}

void TestWhatIfView::createsScenarioFromDevice()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    selectId("deviceTable", QStringLiteral("nvidia-h100-sxm5-80gb"));
    QSignalSpy created(m_view, &WhatIfView::scenarioCreated);
    child<QPushButton>("createFromDevice")->click();
    QCOMPARE(created.count(), 1);
    const Scenario& s = m_fixture->document.scenario(created.at(0).at(0).toInt());
    QCOMPARE(s.hardware.device, std::string("nvidia-h100-sxm5-80gb"));
    QCOMPARE(s.facility.region, std::string("FR"));
    QVERIFY(QString::fromStdString(s.name).startsWith(QStringLiteral("Plan on ")));
    QVERIFY(m_fixture->document.estimate(2).valid());
}

void TestWhatIfView::notesMixedIntensityBases()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    const QString note = child<QLabel>("regionNote")->text();
    QVERIFY2(note.contains(QStringLiteral("direct")) && note.contains(QStringLiteral("lifecycle")),
             qPrintable(note));
}

void TestWhatIfView::rendersAt1280x800()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->replotAll();
    const QImage image = m_view->grab().toImage();
    QVERIFY(!image.isNull());
    const QString path = qEnvironmentVariable("AICARBON_SCREENSHOT_DIR");
    if (!path.isEmpty())
        image.save(path + QStringLiteral("/whatifview.png"));
}

QTEST_MAIN(TestWhatIfView)
#include "tst_whatifview.moc"
