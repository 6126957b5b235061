// SPDX-License-Identifier: GPL-3.0-or-later
#include "assumptiontext.h"
#include "catalog.h"
#include "guitesthelpers.h"

#include <QTest>

using namespace aicarbon;

namespace {

/// Scenarios that together make core give every assumption name it has (real catalog).
std::vector<Scenario> variedScenarios()
{
    Scenario plan = test::GuiFixture::plan("plan", "DE");
    plan.embodied.include = true;
    plan.hardware.device = "nvidia-h100-sxm5-80gb";
    plan.search.method = SearchMethod::Trials;
    plan.search.trials = 10;
    plan.development.multiplier = 1.5;
    plan.cost.pricePerDeviceHour = 2.0;
    plan.cost.carbonPricePerTonne = 100.0;
    plan.cost.currency = "USD";

    Scenario preset = test::GuiFixture::gpt3Plan();
    preset.facility.region = "gcp:europe-west1";

    Scenario moe = plan;
    moe.workload = {};
    moe.workload.model = "mixtral-8x7b";
    moe.workload.tokens = 1e12;

    Scenario accounting = test::GuiFixture::plan("accounting", "aws:us-east-1");
    accounting.runtime.wallClockHours = 100.0;
    accounting.hardware.averagePowerW = 350.0;
    accounting.facility.carbonIntensityGPerKwh = 300.0;
    accounting.facility.carbonFreeEnergyFraction = 0.5;
    accounting.facility.pue = 1.2;
    accounting.hardware.hostPowerW = 50.0;
    accounting.hardware.peakTflops = 300.0;
    accounting.hardware.precision = Precision::Bf16;
    accounting.embodied.include = true;
    accounting.embodied.perDeviceKgCo2e = 150.0;
    accounting.embodied.lifetimeYears = 5.0;

    Scenario steps = test::GuiFixture::plan("steps", "FR");
    steps.workload.tokens.reset();
    steps.workload.steps = 1000;
    steps.workload.batchSize = 512;
    steps.workload.sequenceLength = 2048;
    steps.workload.flopsPerParameterToken = 8.0;
    steps.hardware.mfu = 0.4;
    steps.hardware.tdpW = 400.0;
    steps.hardware.powerUtilization = 0.8;

    Scenario epochs = test::GuiFixture::plan("epochs", "US");
    epochs.workload.tokens.reset();
    epochs.workload.datasetTokens = 1e10;
    epochs.workload.epochs = 3;
    epochs.workload.trainingFlops = 1e21;
    return {plan, preset, moe, accounting, steps, epochs};
}

} // namespace

class TestAssumptionText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyAssumptionCoreGivesHasItsName()
    {
        const Catalog catalog(AICARBON_CATALOG_PATH);
        int named = 0;
        for (const Scenario& s : variedScenarios()) {
            const Estimate e = estimate(s, catalog);
            QVERIFY2(e.valid(), s.name.c_str());
            for (const Assumption& a : e.assumptions) {
                QVERIFY2(hasAssumptionName(a), (a.key + ": " + a.name).c_str());
                // No translator is loaded: the source text rebuilt from nameArgs is the English name.
                QCOMPARE(assumptionName(a), QString::fromStdString(a.name));
                ++named;
            }
        }
        QVERIFY(named > 60);
    }

    void catalogIntensityKeepsIdsAndTranslatesTheBasis()
    {
        Assumption a;
        a.key = "carbon_intensity";
        a.name = "Grid carbon intensity, DE 2023 (lifecycle)";
        a.nameArgs = {"DE", "2023", "lifecycle"};
        QVERIFY(hasAssumptionName(a));
        QCOMPARE(assumptionName(a), QStringLiteral("Grid carbon intensity, DE 2023 (lifecycle)"));
    }

    void unknownNamesFallBackToEnglish()
    {
        Assumption a;
        a.key = "pue";
        a.name = "PUE (a name core does not give)";
        QVERIFY(!hasAssumptionName(a));
        QCOMPARE(assumptionName(a), QStringLiteral("PUE (a name core does not give)"));
    }
};

QTEST_MAIN(TestAssumptionText)
#include "tst_assumptiontext.moc"
