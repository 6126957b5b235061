// SPDX-License-Identifier: GPL-3.0-or-later
// Impossible inputs are errors naming the JSON path; suspicious ones are warnings.

#include "estimate.h"
#include "scenario.h"
#include "testhelpers.h"

#include <QTest>

#include <algorithm>
#include <functional>

using namespace aicarbon;

namespace {

/// A valid planning scenario on the fixture catalog.
Scenario baseScenario()
{
    Scenario s;
    s.name = "base";
    s.workload.parameters = 1e9;
    s.workload.tokens = 2e10;
    s.hardware.device = "nvidia-a100-sxm4-80gb";
    s.hardware.count = 8;
    s.facility.region = "FR";
    return s;
}

using Edit = std::function<void(Scenario&)>;

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_catalog.emplace(test::fixtureCatalog()); }

    void baseIsValidWithoutWarnings()
    {
        const Estimate e = estimate(baseScenario(), *m_catalog);
        QVERIFY(e.valid());
        QVERIFY(e.diagnostics.empty());
        QVERIFY(e.assumption("mfu"));
        QCOMPARE(*e.assumption("mfu")->value, 0.40);
        QCOMPARE(e.assumption("pue")->source.find("Uptime") != std::string::npos, true);
    }

    void diagnostics_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<bool>("isError");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("path");
        const auto row = [](const char* name, Edit edit, bool error, const char* code, const char* path) {
            QTest::newRow(name) << edit << error << QString::fromLatin1(code) << QString::fromLatin1(path);
        };
        row(
            "MFU 0", [](Scenario& s) { s.hardware.mfu = 0.0; }, true, "value-out-of-range", "/hardware/mfu");
        row(
            "MFU above 1", [](Scenario& s) { s.hardware.mfu = 1.2; }, true, "value-out-of-range",
            "/hardware/mfu");
        row(
            "MFU 0.8 warns", [](Scenario& s) { s.hardware.mfu = 0.8; }, false, "high-mfu", "/hardware/mfu");
        row(
            "PUE below 1", [](Scenario& s) { s.facility.pue = 0.9; }, true, "value-out-of-range",
            "/facility/pue");
        row(
            "PUE 2.5 warns", [](Scenario& s) { s.facility.pue = 2.5; }, false, "high-pue", "/facility/pue");
        row(
            "zero devices", [](Scenario& s) { s.hardware.count = 0.0; }, true, "value-out-of-range",
            "/hardware/count");
        row(
            "negative devices", [](Scenario& s) { s.hardware.count = -4.0; }, true, "value-out-of-range",
            "/hardware/count");
        row(
            "half a device", [](Scenario& s) { s.hardware.count = 2.5; }, true, "not-an-integer",
            "/hardware/count");
        row(
            "zero hours", [](Scenario& s) { s.runtime.wallClockHours = 0.0; }, true, "value-out-of-range",
            "/runtime/wall_clock_hours");
        row(
            "negative power", [](Scenario& s) { s.hardware.averagePowerW = -5.0; }, true,
            "value-out-of-range", "/hardware/average_power_w");
        row(
            "power above TDP warns", [](Scenario& s) { s.hardware.averagePowerW = 500.0; }, false,
            "power-above-tdp", "/hardware/average_power_w");
        row(
            "zero intensity", [](Scenario& s) { s.facility.carbonIntensityGPerKwh = 0.0; }, true,
            "value-out-of-range", "/facility/carbon_intensity_g_per_kwh");
        row(
            "intensity 1500 warns", [](Scenario& s) { s.facility.carbonIntensityGPerKwh = 1500.0; }, false,
            "high-intensity", "/facility/carbon_intensity_g_per_kwh");
        row(
            "sparsity peak warns", [](Scenario& s) { s.hardware.peakTflops = 624.0; }, false,
            "peak-looks-sparse", "/hardware/peak_tflops");
        row(
            "CFE above 1", [](Scenario& s) { s.facility.carbonFreeEnergyFraction = 1.5; }, true,
            "value-out-of-range", "/facility/carbon_free_energy_fraction");
        row(
            "utilization above 1", [](Scenario& s) { s.hardware.powerUtilization = 1.5; }, true,
            "value-out-of-range", "/hardware/power_utilization");
        row(
            "negative tokens", [](Scenario& s) { s.workload.tokens = -1.0; }, true, "value-out-of-range",
            "/workload/tokens");
        row(
            "incomplete steps",
            [](Scenario& s) {
                s.workload.tokens.reset();
                s.workload.steps = 1000.0;
            },
            true, "incomplete-workload", "/workload");
        row(
            "no compute", [](Scenario& s) { s.workload = {}; }, true, "unknown-compute", "/workload");
        row(
            "unknown device", [](Scenario& s) { s.hardware.device = "nvidia-h100"; }, true, "unknown-device",
            "/hardware/device");
        row(
            "unknown region", [](Scenario& s) { s.facility.region = "FRA"; }, true, "unknown-region",
            "/facility/region");
        row(
            "unknown cloud region", [](Scenario& s) { s.facility.region = "gcp:europe-west9"; }, true,
            "unknown-region", "/facility/region");
        row(
            "unknown model", [](Scenario& s) { s.workload.model = "gpt-5"; }, true, "unknown-model",
            "/workload/model");
        row(
            "year without data", [](Scenario& s) { s.facility.year = 2001; }, true, "no-intensity",
            "/facility/year");
        row(
            "no peak at fp8", [](Scenario& s) { s.hardware.precision = Precision::Fp8; }, true,
            "unknown-peak", "/hardware");
        row(
            "development below 1", [](Scenario& s) { s.development.multiplier = 0.5; }, true,
            "value-out-of-range", "/development/multiplier");
        row(
            "negative trials", [](Scenario& s) { s.search.trials = -2.0; }, true, "value-out-of-range",
            "/search/trials");
        row(
            "eta 1",
            [](Scenario& s) {
                s.search.method = SearchMethod::Hyperband;
                s.search.eta = 1.0;
                s.search.minFraction = 0.1;
            },
            true, "value-out-of-range", "/search/eta");
        row(
            "embodied unknown warns", [](Scenario& s) { s.embodied.include = true; }, false,
            "embodied-unknown", "/embodied");
        row(
            "negative price", [](Scenario& s) { s.cost.pricePerDeviceHour = -1.0; }, true,
            "value-out-of-range", "/cost/price_per_device_hour");
        row(
            "overflow",
            [](Scenario& s) {
                s.workload.trainingFlops = 1e308;
                s.hardware.mfu = 1e-300;
            },
            true, "result-overflow", "");
    }
    void diagnostics()
    {
        QFETCH(Edit, edit);
        QFETCH(bool, isError);
        QFETCH(QString, code);
        QFETCH(QString, path);
        Scenario s = baseScenario();
        edit(s);
        const Estimate e = estimate(s, *m_catalog);
        const auto it = std::find_if(e.diagnostics.begin(), e.diagnostics.end(),
                                     [&](const Diagnostic& d) { return d.code == code.toStdString(); });
        QVERIFY2(it != e.diagnostics.end(), qPrintable(code));
        QCOMPARE(QString::fromStdString(it->path), path);
        QCOMPARE(it->severity == Severity::Error, isError);
        QCOMPARE(e.valid(), !isError);
        if (isError) {
            // No half-computed figures leak out of an invalid estimate.
            QCOMPARE(e.figures.totalEmissions.kilograms(), 0.0);
        }
    }

    // One mistake, one error: a missing device does not also report a missing peak and TDP.
    void noErrorCascades_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::newRow("unknown device") << Edit([](Scenario& s) { s.hardware.device = "nvidia-h10"; });
        QTest::newRow("negative TDP") << Edit([](Scenario& s) { s.hardware.tdpW = -300.0; });
        QTest::newRow("year 1800") << Edit([](Scenario& s) { s.facility.year = 1800; });
    }
    void noErrorCascades()
    {
        QFETCH(Edit, edit);
        Scenario s = baseScenario();
        edit(s);
        const Estimate e = estimate(s, *m_catalog);
        QCOMPARE(e.diagnostics.size(), std::size_t(1));
        QCOMPARE(e.diagnostics.front().severity, Severity::Error);
    }

    void scenarioParametersAreListed()
    {
        const Estimate e = estimate(baseScenario(), *m_catalog);
        QCOMPARE(*e.assumption("parameters")->value, 1e9);
        QCOMPARE(e.assumption("parameters")->origin, Origin::User);
    }

    void unknownIdsSuggestCloseOnes()
    {
        Scenario s = baseScenario();
        s.hardware.device = "nvidia-h100";
        const Estimate e = estimate(s, *m_catalog);
        QVERIFY(e.diagnostics.front().message.find("did you mean nvidia-h100-sxm5-80gb")
                != std::string::npos);
    }

    // Extreme but valid inputs stay finite: one device for one second, and 1e27 FLOPs on 1e6 devices.
    void extremeButValid_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::newRow("1 device x 1 s") << Edit([](Scenario& s) {
            s.hardware.count = 1.0;
            s.runtime.wallClockHours = 1.0 / 3600.0;
        });
        QTest::newRow("1e27 FLOPs on 1e6 devices") << Edit([](Scenario& s) {
            s.workload.trainingFlops = 1e27;
            s.hardware.count = 1e6;
        });
    }
    void extremeButValid()
    {
        QFETCH(Edit, edit);
        Scenario s = baseScenario();
        edit(s);
        const Estimate e = estimate(s, *m_catalog);
        QVERIFY(e.valid());
        QVERIFY(std::isfinite(e.figures.totalEmissions.kilograms()));
        QVERIFY(e.figures.totalEmissions.kilograms() > 0.0);
    }

    void defaultsAreListedWithSources()
    {
        const Estimate e = estimate(baseScenario(), *m_catalog);
        for (const char* key : {"flops_per_parameter_token", "mfu", "power_utilization", "host_power_w",
                                "pue", "carbon_intensity", "device_count", "data_version"}) {
            const Assumption* a = e.assumption(key);
            QVERIFY2(a, key);
            QVERIFY2(!a->source.empty(), key);
        }
        QCOMPARE(e.assumption("carbon_intensity")->origin, Origin::Catalog);
        QCOMPARE(*e.assumption("carbon_intensity")->value, 40.48);
    }

    // A scenario can ask for a grid series by source (and year) instead of the primary one.
    void intensitySourceSelection()
    {
        Scenario s = baseScenario();
        s.facility.region = "CA-QC";
        s.facility.intensitySource = "electricitymaps";
        QCOMPARE(estimate(s, *m_catalog).inputs.intensity.gramsPerKilowattHour(), 35.0);
        s.facility.intensitySource = "owid-ember";
        const Estimate missing = estimate(s, *m_catalog);
        QVERIFY(!missing.valid());
        QCOMPARE(missing.diagnostics.front().code, std::string("no-intensity"));
    }

    void cloudRegionUsesProviderIntensityAndCfe()
    {
        Scenario s = baseScenario();
        s.facility.region = "gcp:europe-west1";
        const Estimate e = estimate(s, *m_catalog);
        QVERIFY(e.valid());
        QCOMPARE(e.inputs.intensity.gramsPerKilowattHour(), 103.37);
        QCOMPARE(e.inputs.carbonFreeFraction, 0.84);
        AICARBON_COMPARE_REL(e.figures.total.marketBased.kilograms(),
                             e.figures.total.operational.kilograms() * 0.16, 1e-12);
    }

private:
    std::optional<Catalog> m_catalog;
};

QTEST_APPLESS_MAIN(TestValidation)
#include "tst_validation.moc"
