// SPDX-License-Identifier: GPL-3.0-or-later
// The engine reproduces published training footprints from their published inputs.

#include "estimate.h"
#include "publishedfootprints.h"
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

struct RowTolerance
{
    const char* id;
    double tolerance; ///< relative, for energy, CO2e and net CO2e
};

// Every row of data/published_footprints.csv. Tolerances follow the published rounding:
// Strubell prints integers (small runs get more slack), Patterson days and watts to two or
// three digits (±1%; GShard's tonnes to two digits).
constexpr RowTolerance kRowTolerances[] = {
    {"strubell-transformer-base", 0.02},
    {"strubell-transformer-big", 0.003},
    {"strubell-elmo", 0.003},
    {"strubell-bert-base", 0.001},
    {"strubell-nas", 1e-4},
    {"patterson-t5", 0.01},
    {"patterson-meena", 0.01},
    {"patterson-gshard-600b", 0.02},
    {"patterson-switch", 0.01},
    {"patterson-gpt3", 0.01},
    {"luccioni-bloom", 0.001},
    {"llama2-7b", 0.001},
    {"llama2-13b", 0.001},
    {"llama2-34b", 0.001},
    {"llama2-70b", 0.001},
};

const double kStrubellGramsPerKwh = CarbonIntensity::fromPoundsPerKilowattHour(0.954).gramsPerKilowattHour();

} // namespace

class TestPublished : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_catalog.emplace(test::fixtureCatalog());
        m_shipped.emplace(std::string(AICARBON_CATALOG_PATH));
    }

    // Every row of data/published_footprints.csv, estimated from its published inputs,
    // reproduces the published energy and CO2e (and net CO2e where given).
    void publishedTableRow_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("tolerance");
        for (const RowTolerance& row : kRowTolerances)
            QTest::newRow(row.id) << QString::fromLatin1(row.id) << row.tolerance;
    }
    void publishedTableRow()
    {
        QFETCH(QString, id);
        QFETCH(double, tolerance);
        const PublishedComparison c = shippedComparison(id.toStdString());
        QVERIFY2(c.estimate.valid(), qPrintable(id));
        if (c.reportedEnergy)
            AICARBON_COMPARE_REL(c.estimatedEnergy.kilowattHours(), c.reportedEnergy->kilowattHours(),
                                 tolerance);
        AICARBON_COMPARE_REL(c.estimatedCo2e.kilograms(), c.reportedCo2e.kilograms(), tolerance);
        if (c.reportedNetCo2e)
            AICARBON_COMPARE_REL(c.estimatedNetCo2e.kilograms(), c.reportedNetCo2e->kilograms(), tolerance);
        QVERIFY(
            std::abs(aicarbon::relativeDifference(c.estimatedCo2e.kilograms(), c.reportedCo2e.kilograms()))
            <= tolerance);
    }

    // kRowTolerances lists every row of the shipped table, in order: none goes unchecked.
    void everyPublishedRowIsChecked()
    {
        const std::vector<PublishedFootprintRecord> rows = m_shipped->publishedFootprints();
        QCOMPARE(rows.size(), std::size(kRowTolerances));
        for (std::size_t i = 0; i < rows.size(); ++i)
            QCOMPARE(rows[i].id, std::string(kRowTolerances[i].id));
    }

    // Published values as printed, in their units: Strubell in lb, Patterson in MWh and t.
    void publishedUnits()
    {
        const PublishedComparison bert = shippedComparison("strubell-bert-base");
        AICARBON_COMPARE_REL(bert.reportedCo2e.pounds(), 1438.0, 1e-12);
        AICARBON_COMPARE_REL(bert.scenario.facility.carbonIntensityGPerKwh.value_or(0), kStrubellGramsPerKwh,
                             1e-12);
        AICARBON_COMPARE_REL(bert.scenario.hardware.averagePowerW.value_or(0), 12041.51 / 64.0, 1e-12);
        QCOMPARE(bert.studyLabel, std::string("Strubell et al. 2019"));
        const PublishedComparison gpt3 = shippedComparison("patterson-gpt3");
        AICARBON_COMPARE_REL(gpt3.reportedEnergy->megawattHours(), 1287.0, 1e-12);
        AICARBON_COMPARE_REL(gpt3.scenario.runtime.wallClockHours.value_or(0), 14.8 * 24.0, 1e-12);
        const PublishedComparison switchRow = shippedComparison("patterson-switch");
        AICARBON_COMPARE_REL(switchRow.scenario.facility.carbonFreeEnergyFraction.value_or(0),
                             1.0 - 330.0 / 403.0, 1e-12);
        const PublishedComparison llama = shippedComparison("llama2-70b");
        QVERIFY(!llama.reportedEnergy);
        QVERIFY(!llama.reportedNetCo2e);
        QCOMPARE(llama.scenario.runtime.deviceHours.value_or(0), 1720320.0);
        QCOMPARE(llama.studyLabel, std::string("Touvron et al. 2023"));
    }

    // BLOOM: the compared figures are the paper's dynamic power consumption, which leaves
    // out the PUE: 1,082,990 GPU-hours × 400 W = 433,196 kWh; × 57 g/kWh = 24.69 t.
    void bloomDynamicPower()
    {
        const PublishedComparison bloom = shippedComparison("luccioni-bloom");
        QCOMPARE(bloom.scenario.facility.pue.value_or(0), 1.0);
        AICARBON_COMPARE_REL(bloom.estimatedEnergy.kilowattHours(), 433196.0, 1e-12);
        AICARBON_COMPARE_REL(bloom.estimatedCo2e.tonnes(), 433196.0 * 57.0 / 1e6, 1e-12);
        AICARBON_COMPARE_REL(bloom.reportedCo2e.tonnes(), 24.69, 1e-12);
    }

    // Touvron et al. 2023, Table 2: the four sizes together emitted 539.00 t.
    void llama2TotalOfTable2()
    {
        double tonnes = 0.0;
        for (const char* id : {"llama2-7b", "llama2-13b", "llama2-34b", "llama2-70b"})
            tonnes += shippedComparison(id).estimatedCo2e.tonnes();
        AICARBON_COMPARE_REL(tonnes, 539.00, 0.001);
    }

    void relativeDifferenceFormula_data()
    {
        QTest::addColumn<double>("estimated");
        QTest::addColumn<double>("reported");
        QTest::addColumn<double>("expected");
        QTest::newRow("10% above") << 110.0 << 100.0 << 0.10;
        QTest::newRow("25% below") << 75.0 << 100.0 << -0.25;
        QTest::newRow("equal") << 46.7 << 46.7 << 0.0;
        QTest::newRow("twice") << 2.0 << 1.0 << 1.0;
    }
    void relativeDifferenceFormula()
    {
        QFETCH(double, estimated);
        QFETCH(double, reported);
        QFETCH(double, expected);
        QCOMPARE(aicarbon::relativeDifference(estimated, reported), expected);
        QVERIFY(std::isnan(aicarbon::relativeDifference(estimated, 0.0)));
    }

    // The planning estimate exists only with a model preset giving N and D and a device
    // with a peak: GPT-3, T5, BERT, BLOOM and Llama 2 7B/13B/70B; not Meena, GShard,
    // Switch (no tokens), Transformer big, ELMo, the NAS or Llama 2 34B (no preset).
    void planningPresence_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("planned");
        const auto row = [](const char* id, bool planned) {
            QTest::newRow(id) << QString::fromLatin1(id) << planned;
        };
        row("patterson-gpt3", true);
        row("patterson-t5", true);
        row("strubell-bert-base", true);
        row("luccioni-bloom", true);
        row("llama2-7b", true);
        row("llama2-70b", true);
        row("patterson-meena", false);
        row("patterson-gshard-600b", false);
        row("patterson-switch", false);
        row("strubell-transformer-big", false);
        row("strubell-elmo", false);
        row("strubell-nas", false);
        row("llama2-34b", false);
    }
    void planningPresence()
    {
        QFETCH(QString, id);
        QFETCH(bool, planned);
        const PublishedComparison c = shippedComparison(id.toStdString());
        QCOMPARE(c.planningCo2e.has_value(), planned);
        QCOMPARE(c.planningScenario.has_value(), planned);
        QCOMPARE(c.planningEstimate.has_value(), planned);
        if (planned) {
            QVERIFY(c.planningEstimate->valid());
            QVERIFY(!c.planningScenario->runtime.wallClockHours && !c.planningScenario->runtime.deviceHours);
        }
    }

    // GPT-3 planned: 6 × 175e9 × 300e9 FLOP at the default 40% MFU of a 125 TFLOP/s V100
    // (FP16), with Patterson's 330 W, PUE 1.1 and 429 g/kWh.
    void planningValueForGpt3()
    {
        const PublishedComparison c = shippedComparison("patterson-gpt3");
        const double deviceHours = 6.0 * 175e9 * 300e9 / (125e12 * 0.40) / 3600.0;
        AICARBON_COMPARE_REL(c.planningCo2e->kilograms(), deviceHours * 0.330 * 1.1 * 0.429, 1e-9);
        // The fixture catalog (GPT-3 preset and V100 only) plans the same row, and no other.
        const std::vector<PublishedComparison> fixture = comparePublishedFootprints(*m_catalog);
        QCOMPARE(fixture.size(), std::size_t(3));
        QCOMPARE(fixture[1].record.id, std::string("patterson-gpt3"));
        QVERIFY(fixture[1].planningCo2e);
        AICARBON_COMPARE_REL(fixture[1].planningCo2e->kilograms(), c.planningCo2e->kilograms(), 1e-12);
        QVERIFY(!fixture[0].planningCo2e);
        QVERIFY(!fixture[2].planningCo2e);
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
    /// The row `id` of the shipped catalog's published_footprints table, compared.
    PublishedComparison shippedComparison(const std::string& id) const
    {
        for (const PublishedFootprintRecord& record : m_shipped->publishedFootprints()) {
            if (record.id == id)
                return comparePublishedFootprint(record, *m_shipped);
        }
        qFatal("no published footprint %s", id.c_str());
    }

    std::optional<Catalog> m_catalog; ///< tests/fixtures/catalog
    std::optional<Catalog> m_shipped; ///< the catalog compiled from data/
};

QTEST_APPLESS_MAIN(TestPublished)
#include "tst_published.moc"
