// SPDX-License-Identifier: GPL-3.0-or-later
// The engine reproduces published training footprints from their published inputs.

#include "estimate.h"
#include "scenario.h"
#include "testhelpers.h"
#include "units.h"

#include <QTest>

using namespace aicarbon;

namespace {

/// Accounting-mode scenario: `devices` drawing `watts` each (system power) for `hours`.
Scenario measuredRun(double devices, double watts, double hours, double pue, double gramsPerKwh)
{
    Scenario s;
    s.name = "published run";
    s.hardware.count = devices;
    s.hardware.averagePowerW = watts;
    s.runtime.wallClockHours = hours;
    s.facility.pue = pue;
    s.facility.carbonIntensityGPerKwh = gramsPerKwh;
    return s;
}

const double kStrubellGramsPerKwh = CarbonIntensity::fromPoundsPerKilowattHour(0.954).gramsPerKilowattHour();

} // namespace

class TestPublished : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_catalog.emplace(test::fixtureCatalog()); }

    // Strubell et al. 2019, Table 3: power is the whole machine (CPU + DRAM + GPUs), so it
    // is split evenly over the GPUs; PUE 1.58; 0.954 lb CO2e/kWh.
    void strubellTable3_data()
    {
        QTest::addColumn<double>("gpus");
        QTest::addColumn<double>("totalWatts");
        QTest::addColumn<double>("hours");
        QTest::addColumn<double>("kwhTimesPue");
        QTest::addColumn<double>("pounds");
        QTest::addColumn<double>("tolerance");
        // Published kWh and lb are rounded to integers; small runs get the rounding slack.
        QTest::newRow("BERT base, 64 V100, 79.2 h") << 64.0 << 12041.51 << 79.2 << 1507.0 << 1438.0 << 0.001;
        QTest::newRow("Transformer big, 8 P100, 84 h") << 8.0 << 1515.43 << 84.0 << 201.0 << 192.0 << 0.003;
        QTest::newRow("Transformer base, 8 P100, 12 h") << 8.0 << 1415.78 << 12.0 << 27.0 << 26.0 << 0.02;
        QTest::newRow("ELMo, 3 P100, 336 h") << 3.0 << 517.66 << 336.0 << 275.0 << 262.0 << 0.003;
    }
    void strubellTable3()
    {
        QFETCH(double, gpus);
        QFETCH(double, totalWatts);
        QFETCH(double, hours);
        QFETCH(double, kwhTimesPue);
        QFETCH(double, pounds);
        QFETCH(double, tolerance);
        const Estimate e =
            estimate(measuredRun(gpus, totalWatts / gpus, hours, 1.58, kStrubellGramsPerKwh), *m_catalog);
        QVERIFY(e.valid());
        AICARBON_COMPARE_REL(e.figures.total.facilityEnergy.kilowattHours(), kwhTimesPue, tolerance);
        AICARBON_COMPARE_REL(e.figures.totalEmissions.pounds(), pounds, tolerance);
    }

    // Strubell 2019 §2.1: the evolved-transformer NAS took 979M steps against 300K for one
    // Transformer big run (84 h on 8 P100) → 274,120 h, 656,347 kWh, 626,155 lb.
    void strubellNeuralArchitectureSearch()
    {
        Scenario s = measuredRun(8, 1515.43 / 8, 84.0, 1.58, kStrubellGramsPerKwh);
        s.search.equivalentRuns = 979e6 / 300e3;
        const Estimate e = estimate(s, *m_catalog);
        QVERIFY(e.valid());
        AICARBON_COMPARE_REL(e.figures.search.deviceTime.hours() / 8.0, 274120.0, 1e-4);
        AICARBON_COMPARE_REL(e.figures.search.facilityEnergy.kilowattHours(), 656347.0, 1e-4);
        AICARBON_COMPARE_REL(e.figures.search.operational.pounds(), 626155.0, 1e-4);
        // The final run stays its own component, not folded into the search.
        AICARBON_COMPARE_REL(e.figures.finalRun.operational.pounds(), 192.0, 0.003);
    }

    // Strubell 2019 §4.2, Table 4 (LISA): one model is 120 GPU-hours; the whole project's
    // 4,789 jobs took 239,942 GPU-hours, a development multiplier of 239,942 / 120.
    void strubellLisaDevelopment()
    {
        Scenario s = measuredRun(1, 250, 120, 1.58, kStrubellGramsPerKwh);
        s.development.multiplier = 239942.0 / 120.0;
        const Estimate e = estimate(s, *m_catalog);
        QVERIFY(e.valid());
        AICARBON_COMPARE_REL(e.figures.total.deviceTime.hours(), 239942.0, 1e-9);
        AICARBON_COMPARE_REL(e.figures.development.deviceTime.hours(), 239942.0 - 120.0, 1e-9);
    }

    // Patterson et al. 2021, Table 4: measured system power per chip (host included),
    // chips × days, PUE, gross and net gCO2e/kWh → MWh and tCO2e. Within ±1%.
    void pattersonTable4_data()
    {
        QTest::addColumn<double>("chips");
        QTest::addColumn<double>("days");
        QTest::addColumn<double>("watts");
        QTest::addColumn<double>("pue");
        QTest::addColumn<double>("grossGrams");
        QTest::addColumn<double>("netGrams");
        QTest::addColumn<double>("megawattHours");
        QTest::addColumn<double>("grossTonnes");
        QTest::addColumn<double>("netTonnes");
        QTest::newRow("T5, 512 TPU v3")
            << 512.0 << 20.0 << 310.0 << 1.12 << 545.0 << 545.0 << 85.7 << 46.7 << 46.7;
        QTest::newRow("Meena, 1024 TPU v3")
            << 1024.0 << 30.0 << 289.0 << 1.09 << 415.0 << 415.0 << 232.0 << 96.4 << 96.4;
        QTest::newRow("GShard-600B, 1024 TPU v3")
            << 1024.0 << 3.1 << 288.0 << 1.09 << 201.0 << 177.0 << 24.1 << 4.8 << 4.3;
        QTest::newRow("Switch, 1024 TPU v3")
            << 1024.0 << 27.0 << 245.0 << 1.10 << 403.0 << 330.0 << 179.0 << 72.2 << 59.1;
        QTest::newRow("GPT-3, 10,000 V100")
            << 10000.0 << 14.8 << 330.0 << 1.10 << 429.0 << 429.0 << 1287.0 << 552.1 << 552.1;
    }
    void pattersonTable4()
    {
        QFETCH(double, chips);
        QFETCH(double, days);
        QFETCH(double, watts);
        QFETCH(double, pue);
        QFETCH(double, grossGrams);
        QFETCH(double, netGrams);
        QFETCH(double, megawattHours);
        QFETCH(double, grossTonnes);
        QFETCH(double, netTonnes);
        Scenario s = measuredRun(chips, watts, days * 24.0, pue, grossGrams);
        // Net = gross × (1 − carbon-free energy bought on top of the grid mix).
        s.facility.carbonFreeEnergyFraction = 1.0 - netGrams / grossGrams;
        const Estimate e = estimate(s, *m_catalog);
        QVERIFY(e.valid());
        AICARBON_COMPARE_REL(e.figures.total.facilityEnergy.megawattHours(), megawattHours, 0.01);
        // GShard's tonnes are printed with two significant digits only.
        const double tolerance = grossTonnes < 10.0 ? 0.02 : 0.01;
        AICARBON_COMPARE_REL(e.figures.total.operational.tonnes(), grossTonnes, tolerance);
        AICARBON_COMPARE_REL(e.figures.total.marketBased.tonnes(), netTonnes, tolerance);
    }

    // Touvron et al. 2023 (Llama 2), Table 2: GPU-hours × 400 W; PUE 1.1 and 0.385 kg/kWh
    // (Touvron et al. 2023a, Llama 1 §6) reproduce every row.
    void llama2Table2_data()
    {
        QTest::addColumn<double>("gpuHours");
        QTest::addColumn<double>("watts");
        QTest::addColumn<double>("tonnes");
        QTest::newRow("Llama 2 7B") << 184320.0 << 400.0 << 31.22;
        QTest::newRow("Llama 2 13B") << 368640.0 << 400.0 << 62.44;
        QTest::newRow("Llama 2 34B") << 1038336.0 << 350.0 << 153.90;
        QTest::newRow("Llama 2 70B") << 1720320.0 << 400.0 << 291.42;
    }
    void llama2Table2()
    {
        QFETCH(double, gpuHours);
        QFETCH(double, watts);
        QFETCH(double, tonnes);
        Scenario s = measuredRun(1, watts, 1, 1.1, 385.0);
        s.runtime = {};
        s.runtime.deviceHours = gpuHours;
        s.hardware.count = 2048;
        const Estimate e = estimate(s, *m_catalog);
        QVERIFY(e.valid());
        AICARBON_COMPARE_REL(e.figures.totalEmissions.tonnes(), tonnes, 0.001);
        AICARBON_COMPARE_REL(e.figures.wallClock.hours(), gpuHours / 2048.0, 1e-12);
    }

    // Brown et al. 2020, Table D.1: GPT-3 175B took 3.14e23 FLOPs, i.e. 6 × 174.6e9 × 300e9.
    void gpt3ComputeFromPreset()
    {
        Scenario s;
        s.workload.model = "gpt3-175b";
        s.hardware.device = "nvidia-v100-sxm2-32gb";
        s.hardware.count = 10000;
        s.facility.region = "US";
        const Estimate e = estimate(s, *m_catalog);
        QVERIFY(e.valid());
        QCOMPARE(e.figures.trainingFlops, 6.0 * 175e9 * 300e9);
        AICARBON_COMPARE_REL(e.figures.trainingFlops, 3.14e23, 0.0035);
        // The architecture gives N and the attention term too (Kaplan et al. 2020).
        AICARBON_COMPARE_REL(e.compute.nonEmbeddingParameters, 12.0 * 96 * 12288.0 * 12288.0, 1e-12);
        QVERIFY(e.compute.architectureFlops > e.compute.simpleFlops);
        s.workload.parameters = 174.6e9;
        AICARBON_COMPARE_REL(estimate(s, *m_catalog).figures.trainingFlops, 3.14e23,
                             0.002); // published to three significant figures
    }

    // Planning mode: device-seconds = FLOPs / (peak × MFU); the published GPT-3 run at its
    // published 21.3% MFU on 125 TFLOP/s V100s should take about Patterson's 14.8 days.
    void planningTimeFromFlops()
    {
        Scenario s;
        s.workload.trainingFlops = 3.14e23;
        s.hardware.device = "nvidia-v100-sxm2-32gb";
        s.hardware.count = 10000;
        s.hardware.precision = Precision::Fp16;
        s.hardware.mfu = 0.213;
        s.facility.region = "US";
        const Estimate e = estimate(s, *m_catalog);
        QVERIFY(e.valid());
        const double deviceSeconds = 3.14e23 / (125e12 * 0.213);
        AICARBON_COMPARE_REL(e.figures.finalRun.deviceTime.seconds(), deviceSeconds, 1e-12);
        AICARBON_COMPARE_REL(e.figures.wallClock.days(), 13.65, 0.001);
        QVERIFY(std::abs(e.figures.wallClock.days() - 14.8) / 14.8 < 0.1);
    }

    // Accounting mode reports the MFU implied by the FLOPs and the duration.
    void impliedMfu()
    {
        Scenario s = measuredRun(10000, 330, 14.8 * 24, 1.1, 429);
        s.workload.trainingFlops = 3.14e23;
        s.hardware.device = "nvidia-v100-sxm2-32gb";
        s.hardware.precision = Precision::Fp16;
        const Estimate e = estimate(s, *m_catalog);
        QVERIFY(e.valid());
        AICARBON_COMPARE_REL(e.figures.mfu, 3.14e23 / (125e12 * 10000 * 14.8 * 86400), 1e-12);
        QVERIFY(e.assumption("implied_mfu"));
    }

    // Search helpers inside a scenario: a 3×4×5 grid of quarter-length trials costs
    // 15 full runs; successive halving n=81, η=3, r=1/81 costs 5 runs.
    void searchComponents_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<double>("expectedRuns");
        QTest::newRow("grid 3x4x5 at 1/4") << int(SearchMethod::Grid) << 15.0;
        QTest::newRow("successive halving 81/3/(1/81)") << int(SearchMethod::SuccessiveHalving) << 5.0;
        QTest::newRow("hyperband 3/(1/81)") << int(SearchMethod::Hyperband) << 23.481481481481;
    }
    void searchComponents()
    {
        QFETCH(int, method);
        QFETCH(double, expectedRuns);
        Scenario s = measuredRun(8, 300, 10, 1.2, 400);
        s.search.method = SearchMethod(method);
        s.search.gridSizes = {3, 4, 5};
        s.search.meanTrialFraction = 0.25;
        s.search.configurations = 81;
        s.search.eta = 3;
        s.search.minFraction = 1.0 / 81.0;
        const Estimate e = estimate(s, *m_catalog);
        QVERIFY(e.valid());
        AICARBON_COMPARE_REL(e.figures.search.operational / e.figures.finalRun.operational, expectedRuns,
                             1e-9);
        AICARBON_COMPARE_REL(e.figures.total.operational.kilograms(),
                             e.figures.finalRun.operational.kilograms() * (1.0 + expectedRuns), 1e-12);
    }

    // Embodied: per-device kgCO2e × device-hours / (lifetime × 8,766 h).
    void embodiedAmortisation()
    {
        Scenario s = measuredRun(8, 300, 1000, 1.2, 400);
        s.embodied.include = true;
        s.embodied.perDeviceKgCo2e = 150.0; // Luccioni et al. 2023: ~150 kg per GPU
        s.embodied.lifetimeYears = 6.0;
        const Estimate e = estimate(s, *m_catalog);
        QVERIFY(e.valid());
        AICARBON_COMPARE_REL(e.figures.total.embodied.kilograms(), 150.0 * 8000.0 / (6.0 * 8766.0), 1e-12);
        AICARBON_COMPARE_REL(e.figures.totalEmissions.kilograms(),
                             e.figures.total.operational.kilograms() + e.figures.total.embodied.kilograms(),
                             1e-12);
    }

    // Cost: price × all device-hours + carbon price × tonnes.
    void cost()
    {
        Scenario s = measuredRun(8, 300, 100, 1.0, 1000);
        s.search.trials = 4;
        s.search.meanTrialFraction = 0.5;
        s.cost.pricePerDeviceHour = 2.0;
        s.cost.carbonPricePerTonne = 100.0;
        const Estimate e = estimate(s, *m_catalog);
        QVERIFY(e.valid());
        QCOMPARE(e.figures.computeCost, 2.0 * 800.0 * 3.0);
        // 2,400 device-hours × 0.3 kW × 1 kg/kWh = 720 kg = 0.72 t.
        AICARBON_COMPARE_REL(e.figures.carbonCost, 72.0, 1e-12);
    }

private:
    std::optional<Catalog> m_catalog;
};

QTEST_APPLESS_MAIN(TestPublished)
#include "tst_published.moc"
