// SPDX-License-Identifier: GPL-3.0-or-later
#include "compareview.h"
#include "comparisonmodel.h"
#include "guitesthelpers.h"
#include "scenariocommands.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

#include <qcustomplot.h>

using namespace aicarbon;
using aicarbon::test::GuiFixture;

namespace {

/// The bars or graphs of a plot that are shown and have data.
int visibleWithData(QCustomPlot* plot)
{
    int count = 0;
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable* p = plot->plottable(i);
        if (p->visible() && p->interface1D() && p->interface1D()->dataCount() > 0)
            ++count;
    }
    return count;
}

} // namespace

class TestCompareView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tableHasOneColumnPerScenario();
    void editingUpdatesTheTable();
    void removingRemovesTheColumn();
    void chartsHaveOneBarAndPointPerScenario();
    void unitPickerRescalesAxes();
    void paletteChangeRecolours();
    void hoverShowsExactValues();
    void rendersAt1280x800();

private:
    ComparisonTableModel* model() const;
    QCustomPlot* plot(const char* name) const;
    void pick(const char* combo, const QString& text);

    GuiFixture* m_fixture = nullptr;
    CompareView* m_view = nullptr;
};

void TestCompareView::init()
{
    m_fixture = new GuiFixture;
    m_fixture->document.setProject(QStringLiteral("p"),
                                   {GuiFixture::plan("France", "FR"), GuiFixture::plan("United States", "US"),
                                    GuiFixture::plan("Québec", "CA-QC")});
    m_view = new CompareView(m_fixture->context);
    m_view->resize(1280, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestCompareView::cleanup()
{
    delete m_view;
    delete m_fixture;
}

ComparisonTableModel* TestCompareView::model() const
{
    auto* table = m_view->findChild<QTableView*>(QStringLiteral("comparisonTable"));
    return table ? qobject_cast<ComparisonTableModel*>(table->model()) : nullptr;
}

QCustomPlot* TestCompareView::plot(const char* name) const
{
    return m_view->findChild<QCustomPlot*>(QLatin1StringView(name));
}

void TestCompareView::pick(const char* combo, const QString& text)
{
    auto* box = m_view->findChild<QComboBox*>(QLatin1StringView(combo));
    QVERIFY(box);
    const int index = box->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    box->setCurrentIndex(index);
}

void TestCompareView::tableHasOneColumnPerScenario()
{
    QVERIFY(model());
    QCOMPARE(model()->columnCount(), 3);
    QCOMPARE(model()->rowCount(), kComparisonMetricCount);
    QCOMPARE(model()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Québec"));
}

void TestCompareView::editingUpdatesTheTable()
{
    QSignalSpy changed(model(), &QAbstractItemModel::dataChanged);
    const QModelIndex total = model()->index(int(ComparisonMetric::TotalCo2e), 1);
    const double before = total.data(ComparisonTableModel::RawValueRole).toDouble();
    Scenario edited = m_fixture->document.scenario(1);
    edited.hardware.count = 16;
    edited.facility.pue = 2.0;
    Command::editScenario(&m_fixture->document, 1, edited, QStringLiteral("facility.pue"));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(
        model()->index(int(ComparisonMetric::Devices), 1).data(ComparisonTableModel::RawValueRole).toDouble(),
        16.0);
    const double after = total.data(ComparisonTableModel::RawValueRole).toDouble();
    AICARBON_COMPARE_REL(after / before, 2.0 / 1.56, 1e-9); // global default PUE of the fixture
    m_fixture->document.undoStack()->undo();
    AICARBON_COMPARE_REL(total.data(ComparisonTableModel::RawValueRole).toDouble(), before, 1e-12);
}

void TestCompareView::removingRemovesTheColumn()
{
    QSignalSpy reset(model(), &QAbstractItemModel::modelReset);
    Command::removeScenario(&m_fixture->document, 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model()->columnCount(), 2);
    QCOMPARE(model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Québec"));
    m_view->replotAll();
    QCOMPARE(visibleWithData(plot("scatterChart")), 2);
    m_fixture->document.undoStack()->undo();
    QCOMPARE(model()->columnCount(), 3);
}

void TestCompareView::chartsHaveOneBarAndPointPerScenario()
{
    QCustomPlot* bars = plot("barChart");
    QCustomPlot* scatter = plot("scatterChart");
    QVERIFY(bars && scatter);
    // Emissions: four stacked components, each with one bar per scenario.
    QCOMPARE(visibleWithData(bars), 4);
    for (int i = 0; i < bars->plottableCount(); ++i) {
        if (bars->plottable(i)->visible())
            QCOMPARE(bars->plottable(i)->interface1D()->dataCount(), 3);
    }
    QCOMPARE(visibleWithData(scatter), 3);
    pick("metricPicker", QStringLiteral("Facility energy"));
    QCOMPARE(visibleWithData(bars), 3);
    Command::addScenario(&m_fixture->document, GuiFixture::plan("Belgium", "BE"));
    QCOMPARE(visibleWithData(bars), 4);
    QCOMPARE(visibleWithData(scatter), 4);
    pick("metricPicker", QStringLiteral("Wall-clock time"));
    QCOMPARE(visibleWithData(bars), 4);
    QVERIFY(bars->yAxis->label().contains(QStringLiteral("(h)")));
}

void TestCompareView::unitPickerRescalesAxes()
{
    QCustomPlot* bars = plot("barChart");
    pick("unitPicker", QStringLiteral("kg"));
    QVERIFY2(bars->yAxis->label().contains(QStringLiteral("(kg CO₂e)")), qPrintable(bars->yAxis->label()));
    const double kgTop = bars->yAxis->range().upper;
    pick("unitPicker", QStringLiteral("t"));
    QVERIFY2(bars->yAxis->label().contains(QStringLiteral("(t CO₂e)")), qPrintable(bars->yAxis->label()));
    AICARBON_COMPARE_REL(bars->yAxis->range().upper, kgTop / 1000.0, 1e-9);
    QVERIFY(plot("scatterChart")->yAxis->label().contains(QStringLiteral("(t CO₂e)")));
    pick("metricPicker", QStringLiteral("Facility energy"));
    pick("unitPicker", QStringLiteral("kWh"));
    QVERIFY2(bars->yAxis->label().contains(QStringLiteral("(kWh)")), qPrintable(bars->yAxis->label()));
    const double kwhTop = bars->yAxis->range().upper;
    pick("unitPicker", QStringLiteral("MWh"));
    AICARBON_COMPARE_REL(bars->yAxis->range().upper, kwhTop / 1000.0, 1e-9);
}

void TestCompareView::paletteChangeRecolours()
{
    m_fixture->settings.setPalette(PaletteKind::TolBright);
    QCOMPARE(model()->columns()[1].color,
             scenarioColor(m_fixture->document.colorSlot(1), PaletteKind::TolBright));
    pick("metricPicker", QStringLiteral("Wall-clock time"));
    QCustomPlot* bars = plot("barChart");
    QList<QColor> colours;
    for (int i = 0; i < bars->plottableCount(); ++i) {
        if (bars->plottable(i)->visible())
            colours << bars->plottable(i)->brush().color();
    }
    QVERIFY(colours.contains(scenarioColor(1, PaletteKind::TolBright)));
}

void TestCompareView::hoverShowsExactValues()
{
    QCustomPlot* bars = plot("barChart");
    m_view->replotAll();
    const double total = model()
                             ->index(int(ComparisonMetric::TotalCo2e), 1)
                             .data(ComparisonTableModel::RawValueRole)
                             .toDouble();
    const QPoint onBar(int(bars->xAxis->coordToPixel(1.0)),
                       int(bars->yAxis->coordToPixel(bars->yAxis->range().lower)) - 3);
    QTest::mouseMove(bars, onBar);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().startsWith(QStringLiteral("United States")), qPrintable(QToolTip::text()));
    const QString exact = exactNumber(m_fixture->settings.displayFormat().locale(), total);
    QVERIFY2(QToolTip::text().contains(exact),
             qPrintable(QToolTip::text() + QStringLiteral(" lacks ") + exact));
    QCustomPlot* scatter = plot("scatterChart");
    const QPoint onPoint(int(scatter->xAxis->coordToPixel(scatter->graph(2)->data()->begin()->key)),
                         int(scatter->yAxis->coordToPixel(scatter->graph(2)->data()->begin()->value)));
    QTest::mouseMove(scatter, onPoint);
    QTRY_VERIFY(QToolTip::text().startsWith(QStringLiteral("Québec")));
}

void TestCompareView::rendersAt1280x800()
{
    m_view->replotAll();
    const QImage image = m_view->grab().toImage();
    QCOMPARE(image.size(), QSize(1280, 800) * m_view->devicePixelRatio());
    const QString path = qEnvironmentVariable("AICARBON_SCREENSHOT_DIR");
    if (!path.isEmpty())
        image.save(path + QStringLiteral("/compareview.png"));
}

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
