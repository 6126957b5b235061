// SPDX-License-Identifier: GPL-3.0-or-later
// Monte Carlo propagation, sampling and sensitivity (methodology §13) against closed forms.

#include "sampling.h"
#include "scenario.h"
#include "testhelpers.h"
#include "uncertainty.h"

#include <QTest>

#include <algorithm>
#include <vector>

using namespace aicarbon;

namespace {

/// Every input given, so the engine adds no default range: 1e21 FLOP at 100 TFLOP/s and
/// MFU 0.5 on 8 devices of 400 W, PUE 1, 200 g/kWh.
Scenario linearScenario()
{
    Scenario s;
    s.name = "linear";
    s.workload.trainingFlops = 1e21;
    s.hardware.peakTflops = 100.0;
    s.hardware.mfu = 0.5;
    s.hardware.tdpW = 400.0;
    s.hardware.powerUtilization = 1.0;
    s.hardware.hostPowerW = 0.0;
    s.hardware.count = 8.0;
    s.facility.pue = 1.0;
    s.facility.carbonIntensityGPerKwh = 200.0;
    return s;
}

double centralKg(const Scenario& s, const Catalog& catalog)
{
    return estimate(s, catalog).figures.totalEmissions.kilograms();
}

UncertaintyOptions withDraws(std::size_t draws, Sampling sampling = Sampling::LatinHypercube)
{
    UncertaintyOptions o;
    o.draws = draws;
    o.sampling = sampling;
    return o;
}

} // namespace

class TestUncertainty : public QObject
{
    Q_OBJECT

private slots:
    void inverseNormalMatchesTables()
    {
        QVERIFY(std::abs(inverseNormalCdf(0.95) - 1.6448536) < 1e-6);
        QVERIFY(std::abs(inverseNormalCdf(0.5)) < 1e-12);
        QVERIFY(std::abs(inverseNormalCdf(0.001) + 3.0902323) < 1e-6);
        QVERIFY(std::abs(normalCdf(1.6448536) - 0.95) < 1e-7);
    }

    void quantilesOfEachDistribution()
    {
        QCOMPARE(quantileOf({100, 300, Distribution::Uniform}, 200, 0.05), 110.0);
        // Triangular 0.2–0.46, mode 0.4: F(0.4) = 0.2/0.26.
        AICARBON_COMPARE_REL(quantileOf({0.2, 0.46, Distribution::Triangular}, 0.4, 0.2 / 0.26), 0.4, 1e-12);
        // Lognormal: low/high are the 5%/95% quantiles around the median.
        AICARBON_COMPARE_REL(quantileOf({50, 200, Distribution::Lognormal}, 100, 0.95), 200, 1e-3);
        AICARBON_COMPARE_REL(quantileOf({50, 200, Distribution::Lognormal}, 100, 0.5), 100, 1e-12);
        // Normal is truncated at low/high.
        const InputRange normal {1.0, 2.0, Distribution::Normal};
        QVERIFY(quantileOf(normal, 1.5, 1e-9) >= 1.0);
        QVERIFY(quantileOf(normal, 1.5, 1 - 1e-9) <= 2.0);
        AICARBON_COMPARE_REL(quantileOf(normal, 1.5, 0.5), 1.5, 1e-9);
    }

    void linearInputGivesAnalyticQuantiles()
    {
        const Catalog catalog = test::fixtureCatalog();
        Scenario s = linearScenario();
        const double k = centralKg(s, catalog) / 200.0;
        s.ranges["/facility/carbon_intensity_g_per_kwh"] = {100.0, 300.0, Distribution::Uniform};
        const UncertaintyResult r = propagate(s, catalog, withDraws(10'000));
        QVERIFY(r.valid());
        QCOMPARE(r.ranges.size(), std::size_t(1));
        const Interval& e = r.metric(Metric::TotalEmissionsKg);
        AICARBON_COMPARE_REL(e.central, 200.0 * k, 1e-12);
        AICARBON_COMPARE_REL(e.p5, 110.0 * k, 0.01);
        AICARBON_COMPARE_REL(e.p50, 200.0 * k, 0.01);
        AICARBON_COMPARE_REL(e.p95, 290.0 * k, 0.01);
        AICARBON_COMPARE_REL(e.mean, 200.0 * k, 0.005);
        // Energy does not depend on the intensity.
        QCOMPARE(r.metric(Metric::FacilityEnergyKwh).p5, r.metric(Metric::FacilityEnergyKwh).p95);
    }

    void seedDecidesTheDraws()
    {
        const Catalog catalog = test::fixtureCatalog();
        Scenario s = linearScenario();
        s.ranges["/facility/carbon_intensity_g_per_kwh"] = {100.0, 300.0, Distribution::Triangular};
        s.ranges["/facility/pue"] = {1.0, 1.5, Distribution::Uniform};
        UncertaintyOptions o = withDraws(2000);
        const UncertaintyResult a = propagate(s, catalog, o);
        const UncertaintyResult b = propagate(s, catalog, o);
        o.seed = 7;
        const UncertaintyResult c = propagate(s, catalog, o);
        QCOMPARE(a.metric(Metric::TotalEmissionsKg).p50, b.metric(Metric::TotalEmissionsKg).p50);
        QCOMPARE(a.metric(Metric::TotalEmissionsKg).mean, b.metric(Metric::TotalEmissionsKg).mean);
        QCOMPARE(a.sobol.front().firstOrder, b.sobol.front().firstOrder);
        QVERIFY(a.metric(Metric::TotalEmissionsKg).p50 != c.metric(Metric::TotalEmissionsKg).p50);
    }

    void planThenRunEqualsPropagate()
    {
        const Catalog catalog = test::fixtureCatalog();
        Scenario s = linearScenario();
        s.ranges["/facility/pue"] = {1.0, 1.5, Distribution::Uniform};
        const UncertaintyOptions o = withDraws(3000);
        const auto run = runUncertainty(planUncertainty(s, catalog, o), o);
        QVERIFY(run.has_value());
        const UncertaintyResult whole = propagate(s, catalog, o);
        QCOMPARE(run->metric(Metric::TotalEmissionsKg).p95, whole.metric(Metric::TotalEmissionsKg).p95);
        QCOMPARE(run->tornado.size(), whole.tornado.size());
        QCOMPARE(run->sobol.front().firstOrder, whole.sobol.front().firstOrder);
    }

    void cancelledRunGivesNothing()
    {
        const Catalog catalog = test::fixtureCatalog();
        Scenario s = linearScenario();
        s.ranges["/facility/pue"] = {1.0, 1.5, Distribution::Uniform};
        const std::atomic<bool> cancelled {true};
        QVERIFY(!runUncertainty(planUncertainty(s, catalog), {}, &cancelled).has_value());
        const std::atomic<bool> notCancelled {false};
        QVERIFY(runUncertainty(planUncertainty(s, catalog), {}, &notCancelled).has_value());
    }

    void productOfTwoUniforms()
    {
        const Catalog catalog = test::fixtureCatalog();
        Scenario s = linearScenario();
        const double k = centralKg(s, catalog) / 200.0; // kg per (g/kWh) at PUE 1
        s.ranges["/facility/carbon_intensity_g_per_kwh"] = {100.0, 300.0, Distribution::Uniform};
        s.ranges["/facility/pue"] = {1.0, 2.0, Distribution::Uniform};
        const UncertaintyResult r = propagate(s, catalog, withDraws(50'000));
        // E[I·P] = E[I]·E[P] = 200 × 1.5 for independent inputs.
        AICARBON_COMPARE_REL(r.metric(Metric::TotalEmissionsKg).mean, 300.0 * k, 0.005);
        // Median against a large plain reference sample of the product.
        Random rng(12345);
        std::vector<double> reference(1'000'000);
        for (double& v : reference)
            v = (100.0 + 200.0 * rng.uniform()) * (1.0 + rng.uniform());
        std::nth_element(reference.begin(), reference.begin() + 500'000, reference.end());
        AICARBON_COMPARE_REL(r.metric(Metric::TotalEmissionsKg).p50, reference[500'000] * k, 0.01);
    }

    void tornadoOrdersBySwing()
    {
        const Catalog catalog = test::fixtureCatalog();
        Scenario s = linearScenario();
        const double e = centralKg(s, catalog);
        s.ranges["/facility/pue"] = {1.0, 1.1, Distribution::Uniform}; // +10%
        s.ranges["/facility/carbon_intensity_g_per_kwh"] = {150.0, 250.0, Distribution::Uniform}; // ±25%
        s.ranges["/hardware/mfu"] = {0.25, 0.5, Distribution::Uniform}; // time × 2 at low
        const UncertaintyResult r = propagate(s, catalog, withDraws(1000));
        QCOMPARE(r.tornado.size(), std::size_t(3));
        QCOMPARE(r.tornado[0].pointer, std::string("/hardware/mfu"));
        QCOMPARE(r.tornado[1].pointer, std::string("/facility/carbon_intensity_g_per_kwh"));
        QCOMPARE(r.tornado[2].pointer, std::string("/facility/pue"));
        AICARBON_COMPARE_REL(r.tornado[0].atLowKg, 2.0 * e, 1e-9);
        AICARBON_COMPARE_REL(r.tornado[0].atHighKg, e, 1e-9);
        AICARBON_COMPARE_REL(r.tornado[1].swingKg, 0.5 * e, 1e-9);
        AICARBON_COMPARE_REL(r.tornado[2].swingKg, 0.1 * e, 1e-9);
    }

    void sobolSharesOfAnAdditiveCase()
    {
        // Total = operational (∝ intensity) + embodied (∝ per-device kg): additive.
        const Catalog catalog = test::fixtureCatalog();
        Scenario s = linearScenario();
        s.embodied.include = true;
        s.embodied.perDeviceKgCo2e = 2000.0;
        s.embodied.lifetimeYears = 1.0;
        s.ranges["/facility/carbon_intensity_g_per_kwh"] = {100.0, 300.0, Distribution::Uniform};
        s.ranges["/embodied/per_device_kgco2e"] = {1000.0, 3000.0, Distribution::Uniform};
        UncertaintyOptions o = withDraws(1000);
        o.sobolSamples = 20'000;
        const UncertaintyResult r = propagate(s, catalog, o);
        // 5,556 device-hours: intensity swings 444 kg, embodied (2,000 ± 1,000 kg over one
        // year) 1,268 kg, so embodied dominates.
        QCOMPARE(r.sobol.size(), std::size_t(2));
        QCOMPARE(r.sobol[0].pointer, std::string("/embodied/per_device_kgco2e"));
        QCOMPARE(r.tornado[0].pointer, r.sobol[0].pointer);
        const double sum = r.sobol[0].firstOrder + r.sobol[1].firstOrder;
        QVERIFY2(std::abs(sum - 1.0) < 0.05, qPrintable(QString::number(sum)));
        // Closed form: both uniform, so the shares are the squared swings' shares.
        const double a = r.tornado[0].swingKg * r.tornado[0].swingKg;
        const double b = r.tornado[1].swingKg * r.tornado[1].swingKg;
        QVERIFY(std::abs(r.sobol[0].firstOrder - std::max(a, b) / (a + b)) < 0.05);
        QVERIFY(std::abs(r.sobol[0].totalOrder - r.sobol[0].firstOrder) < 0.05);
    }

    void latinHypercubeAndPlainConverge_data()
    {
        QTest::addColumn<int>("sampling");
        QTest::newRow("Latin hypercube") << int(Sampling::LatinHypercube);
        QTest::newRow("plain Monte Carlo") << int(Sampling::Plain);
    }
    void latinHypercubeAndPlainConverge()
    {
        QFETCH(int, sampling);
        const Catalog catalog = test::fixtureCatalog();
        Scenario s = linearScenario();
        const double k = centralKg(s, catalog) / 200.0;
        s.ranges["/facility/carbon_intensity_g_per_kwh"] = {100.0, 300.0, Distribution::Uniform};
        const UncertaintyResult r = propagate(s, catalog, withDraws(40'000, Sampling(sampling)));
        AICARBON_COMPARE_REL(r.metric(Metric::TotalEmissionsKg).p5, 110.0 * k, 0.01);
        AICARBON_COMPARE_REL(r.metric(Metric::TotalEmissionsKg).p95, 290.0 * k, 0.01);
        AICARBON_COMPARE_REL(r.metric(Metric::TotalEmissionsKg).mean, 200.0 * k, 0.005);
    }

    void defaultRangesAreListedAndSwitchable()
    {
        const Catalog catalog = test::fixtureCatalog();
        Scenario s;
        s.workload.trainingFlops = 1e22;
        s.hardware.device = "nvidia-a100-sxm4-80gb";
        s.hardware.count = 64;
        s.facility.region = "FR";
        const UncertaintyResult r = propagate(s, catalog, withDraws(2000));
        QVERIFY(r.valid());
        QVERIFY(r.central.assumption("range:/hardware/mfu"));
        QVERIFY(r.central.assumption("range:/hardware/power_utilization"));
        QVERIFY(r.central.assumption("range:/hardware/host_power_w"));
        const Assumption* intensity = r.central.assumption("range:/facility/carbon_intensity_g_per_kwh");
        QVERIFY(intensity);
        QVERIFY(intensity->source.starts_with("assumed"));
        const Interval& e = r.metric(Metric::TotalEmissionsKg);
        QVERIFY(e.p5 < e.p50 && e.p50 < e.p95);
        QCOMPARE(r.central.figures.totalEmissions.kilograms(), e.central);

        UncertaintyOptions off = withDraws(2000);
        off.includeDefaultRanges = false;
        const UncertaintyResult none = propagate(s, catalog, off);
        QVERIFY(none.ranges.empty());
        QCOMPARE(none.metric(Metric::TotalEmissionsKg).p5, none.metric(Metric::TotalEmissionsKg).p95);
    }

    void boundOutsideTheValidDomainIsAnError()
    {
        const Catalog catalog = test::fixtureCatalog();
        Scenario s = linearScenario();
        s.hardware.mfu = 0.9;
        s.ranges["/hardware/mfu"] = {0.5, 1.2, Distribution::Uniform};
        const UncertaintyResult r = propagate(s, catalog, withDraws(100));
        QVERIFY(!r.valid());
        QCOMPARE(r.diagnostics.front().path, std::string("/hardware/mfu"));
    }
};

QTEST_APPLESS_MAIN(TestUncertainty)
#include "tst_uncertainty.moc"
