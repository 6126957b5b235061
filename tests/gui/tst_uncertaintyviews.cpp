// SPDX-License-Identifier: GPL-3.0-or-later
// ScenarioUncertainty keeps every scenario's intervals equal to core propagate(), off the
// GUI thread, dropping stale work; the results panel, compare chart and Sensitivity view
// show them.
#include "compareview.h"
#include "displayformat.h"
#include "guitesthelpers.h"
#include "scenariocommands.h"
#include "scenariouncertainty.h"
#include "sensitivityview.h"
#include "uncertaintybox.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <qcustomplot.h>

using namespace aicarbon;
using test::GuiFixture;

namespace {

UncertaintyOptions quickOptions()
{
    UncertaintyOptions o;
    o.draws = 2000;
    o.sobolSamples = 256;
    return o;
}

/// p95 of total emissions as core computes it for `s`.
double coreP95(const Scenario& s, const Catalog& catalog, const UncertaintyOptions& o)
{
    return propagate(s, catalog, o).metric(Metric::TotalEmissionsKg).p95;
}

double p95(const ScenarioUncertainty& u, int index)
{
    const UncertaintyResult* r = u.result(index);
    return r ? r->metric(Metric::TotalEmissionsKg).p95 : -1.0;
}

} // namespace

class TestUncertaintyViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_fx = std::make_unique<GuiFixture>();
        m_fx->document.setProject(QStringLiteral("P"),
                                  {GuiFixture::plan("France", "FR"), GuiFixture::plan("Belgium", "BE"),
                                   GuiFixture::plan("Québec", "CA-QC")});
        m_uncertainty = std::make_unique<ScenarioUncertainty>(&m_fx->document);
        m_uncertainty->setOptions(quickOptions());
        m_fx->context.uncertainty = m_uncertainty.get();
    }
    void cleanup()
    {
        m_uncertainty.reset();
        m_fx.reset();
    }

    void everyScenarioGetsTheCoreResult()
    {
        m_uncertainty->waitForDone();
        for (int i = 0; i < m_fx->document.count(); ++i) {
            QVERIFY(!m_uncertainty->isPending(i));
            QVERIFY(m_uncertainty->result(i));
            QCOMPARE(p95(*m_uncertainty, i),
                     coreP95(m_fx->document.scenario(i), m_fx->catalog, quickOptions()));
        }
        // Default ranges (MFU, power, intensity) make a real interval.
        const Interval& kg = m_uncertainty->result(0)->metric(Metric::TotalEmissionsKg);
        QVERIFY(kg.p5 < kg.central && kg.central < kg.p95);
    }

    void editsDropStaleWork()
    {
        m_uncertainty->waitForDone();
        QSignalSpy spy(m_uncertainty.get(), &ScenarioUncertainty::resultChanged);
        Scenario s = m_fx->document.scenario(1);
        for (int devices = 10; devices < 30; ++devices) {
            s.hardware.count = devices;
            Command::editScenario(&m_fx->document, 1, s, QStringLiteral("hardware.count"));
        }
        QVERIFY(m_uncertainty->isPending(1));
        QVERIFY(!m_uncertainty->result(1));
        QVERIFY(m_uncertainty->result(0)); // other scenarios keep theirs
        m_uncertainty->waitForDone();
        QCOMPARE(p95(*m_uncertainty, 1), coreP95(s, m_fx->catalog, quickOptions()));
        // One "lost" signal for the first edit, one delivery for the last; none for stale runs.
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.last().at(0).toInt(), 1);
    }

    void resultsFollowInsertRemoveAndMove()
    {
        m_uncertainty->waitForDone();
        const double belgium = p95(*m_uncertainty, 1);
        const double quebec = p95(*m_uncertainty, 2);
        Command::moveScenario(&m_fx->document, 2, 0);
        QCOMPARE(p95(*m_uncertainty, 0), quebec);
        Command::removeScenario(&m_fx->document, 0);
        QCOMPARE(p95(*m_uncertainty, 1), belgium);
        Command::addScenario(&m_fx->document, GuiFixture::plan("US", "US"));
        QVERIFY(m_uncertainty->isPending(2));
        m_uncertainty->waitForDone();
        QCOMPARE(p95(*m_uncertainty, 2), coreP95(m_fx->document.scenario(2), m_fx->catalog, quickOptions()));
    }

    void switchingOffDropsResults()
    {
        m_uncertainty->waitForDone();
        m_uncertainty->setEnabled(false);
        QVERIFY(!m_uncertainty->result(0));
        QVERIFY(!m_uncertainty->isPending(0));
        m_uncertainty->setEnabled(true);
        m_uncertainty->waitForDone();
        QVERIFY(m_uncertainty->result(0));
    }

    void userRangeWithoutDefaults()
    {
        UncertaintyOptions o = quickOptions();
        o.includeDefaultRanges = false;
        m_uncertainty->setOptions(o);
        m_uncertainty->waitForDone();
        QVERIFY(m_uncertainty->result(0)->ranges.empty());
        Scenario s = m_fx->document.scenario(0);
        s.facility.carbonIntensityGPerKwh = 100.0;
        s.ranges["/facility/carbon_intensity_g_per_kwh"] = {50.0, 150.0, Distribution::Uniform};
        Command::editScenario(&m_fx->document, 0, s, QStringLiteral("range"));
        m_uncertainty->waitForDone();
        const UncertaintyResult* r = m_uncertainty->result(0);
        QCOMPARE(r->ranges.size(), std::size_t(1));
        // Emissions are linear in a uniform intensity: p5/p95 at 55 and 145 g/kWh.
        const Interval& kg = r->metric(Metric::TotalEmissionsKg);
        QVERIFY(std::abs(kg.p5 / kg.central - 0.55) < 0.01);
        QVERIFY(std::abs(kg.p95 / kg.central - 1.45) < 0.01);
    }

    void boxShowsTheIntervalText()
    {
        UncertaintyBox box(m_fx->context);
        box.setCurrentScenario(1);
        auto* total = box.findChild<QLabel*>(QStringLiteral("interval.totalEmissions"));
        QVERIFY(total);
        QCOMPARE(total->text(), QStringLiteral("…"));
        m_uncertainty->waitForDone();
        const Interval& kg = m_uncertainty->result(1)->metric(Metric::TotalEmissionsKg);
        const DisplayFormat f = m_fx->settings.displayFormat();
        const ScaledUnit unit = f.massUnitFor(kg.central);
        QCOMPARE(total->text(),
                 QStringLiteral("%1 (%2, 90% interval)")
                     .arg(f.number(kg.central / unit.divisor) + QChar(0x202F) + unit.symbol,
                          f.range(kg.p5, kg.p95, unit)));
        QVERIFY(total->text().contains(QChar(0x2013)));
        m_uncertainty->setEnabled(false);
        box.refresh();
        QVERIFY(box.isHidden());
    }

    void sensitivityTableFollowsTheTornado()
    {
        SensitivityView view(m_fx->context);
        view.setCurrentScenario(1);
        m_uncertainty->waitForDone();
        auto* table = view.findChild<QTableWidget*>(QStringLiteral("sensitivityTable"));
        const UncertaintyResult* r = m_uncertainty->result(1);
        QCOMPARE(table->rowCount(), int(r->tornado.size()));
        QVERIFY(table->rowCount() >= 2);
        // Rows in tornado order: the largest swing first.
        QCOMPARE(table->item(0, 0)->toolTip(), QString::fromStdString(r->tornado.front().pointer));
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("MFU"));
        auto* plot = view.findChild<QCustomPlot*>(QStringLiteral("tornadoChart"));
        QCOMPARE(plot->plottableCount(), 2);
        auto* low = qobject_cast<QCPBars*>(plot->plottable(0));
        QCOMPARE(low->data()->size(), table->rowCount());
        const double central = r->metric(Metric::TotalEmissionsKg).central;
        const ScaledUnit unit = m_fx->settings.displayFormat().massUnitFor(r->tornado.front().atLowKg);
        QVERIFY(std::abs(low->baseValue() - central / unit.divisor) < 1e-9 * central);
    }

    void compareBarsCarryErrorBars()
    {
        CompareView view(m_fx->context);
        view.resize(1000, 700);
        m_uncertainty->waitForDone();
        view.replotAll();
        auto* plot = view.findChild<QCustomPlot*>(QStringLiteral("barChart"));
        QList<QCPItemLine*> whiskers;
        for (int i = 0; i < plot->itemCount(); ++i) {
            if (auto* line = qobject_cast<QCPItemLine*>(plot->item(i)); line && line->visible())
                whiskers << line;
        }
        QCOMPARE(whiskers.size(), m_fx->document.count());
        const Interval& kg = m_uncertainty->result(1)->metric(Metric::TotalEmissionsKg);
        const double ratio = whiskers[1]->end->value() / whiskers[1]->start->value();
        QVERIFY(std::abs(ratio - kg.p95 / kg.p5) < 1e-9 * ratio);
        QCOMPARE(whiskers[1]->start->key(), 1.0);
    }

private:
    std::unique_ptr<GuiFixture> m_fx;
    std::unique_ptr<ScenarioUncertainty> m_uncertainty;
};

QTEST_MAIN(TestUncertaintyViews)
#include "tst_uncertaintyviews.moc"
