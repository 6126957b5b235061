// SPDX-License-Identifier: GPL-3.0-or-later
// Interval recomputation in a 20-scenario project (issue: the GUI stays responsive).
// "editOne": one input of one scenario changes; measured until its new interval is
// delivered. "planOnGuiThread": the part that runs on the GUI thread for that edit.
// "resetAll": every scenario's intervals recomputed (a project is opened).
#include "guitesthelpers.h"
#include "scenariocommands.h"
#include "scenariouncertainty.h"

#include <QTest>

using namespace aicarbon;
using aicarbon::test::GuiFixture;

class BenchUncertainty : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<GuiFixture>();
        const std::array<const char*, 4> regions {"FR", "US", "BE", "CA-QC"};
        for (int i = 0; i < 20; ++i) {
            m_scenarios.push_back(GuiFixture::plan("Scenario " + std::to_string(i + 1),
                                                   regions[std::size_t(i) % regions.size()],
                                                   8.0 * (1 + i % 4)));
        }
        m_fixture->document.setProject(QStringLiteral("bench"), m_scenarios);
        m_uncertainty = std::make_unique<ScenarioUncertainty>(&m_fixture->document);
        m_uncertainty->waitForDone();
    }
    void cleanupTestCase()
    {
        m_uncertainty.reset();
        m_fixture.reset();
    }

    void editOne()
    {
        Scenario s = m_fixture->document.scenario(7);
        QBENCHMARK
        {
            s.hardware.count = s.hardware.count.value_or(8.0) + 1.0;
            Command::editScenario(&m_fixture->document, 7, s, QStringLiteral("hardware.count"));
            m_uncertainty->waitForDone();
        }
        QVERIFY(m_uncertainty->result(7));
    }

    void planOnGuiThread()
    {
        const Scenario& s = m_fixture->document.scenario(3);
        QBENCHMARK
        {
            const UncertaintyPlan plan = planUncertainty(s, m_fixture->catalog);
            QVERIFY(plan.perturbation.has_value());
        }
    }

    void resetAll()
    {
        QBENCHMARK
        {
            m_fixture->document.setProject(QStringLiteral("bench"), m_scenarios);
            m_uncertainty->waitForDone();
        }
        QVERIFY(m_uncertainty->result(19));
    }

private:
    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<ScenarioUncertainty> m_uncertainty;
    std::vector<Scenario> m_scenarios;
};

QTEST_MAIN(BenchUncertainty)
#include "bench_uncertainty.moc"
