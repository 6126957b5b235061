// SPDX-License-Identifier: GPL-3.0-or-later
// Throughput of the engine. Run: ./bench_engine -iterations 1 (or QBENCHMARK options such as
// -callgrind). Prints scenarios per second; asserts nothing about time.

#include "estimate.h"
#include "figures.h"
#include "scenario.h"
#include "testhelpers.h"
#include "uncertainty.h"

#include <QTest>

#include <chrono>
#include <cstdio>
#include <vector>

using namespace aicarbon;

namespace {

constexpr std::size_t kBatch = 1'000'000;

/// Varied, already-resolved inputs (what sweeps and uncertainty draws feed the engine).
std::vector<ResolvedInputs> makeInputs()
{
    std::vector<ResolvedInputs> inputs(kBatch);
    for (std::size_t i = 0; i < kBatch; ++i) {
        ResolvedInputs& in = inputs[i];
        in.trainingFlops = 1e21 * (1.0 + double(i % 97));
        in.peakFlopsPerSecond = 312e12;
        in.mfu = 0.2 + 0.3 * double(i % 11) / 10.0;
        in.deviceCount = double(8 + i % 64);
        in.devicePower = Power::fromWatts(250.0 + double(i % 150));
        in.hostPower = Power::fromWatts(50.0);
        in.pue = 1.1 + 0.01 * double(i % 40);
        in.intensity = CarbonIntensity::fromGramsPerKilowattHour(20.0 + double(i % 800));
        in.carbonFreeFraction = 0.1;
        in.searchRuns = double(i % 5);
        in.developmentMultiplier = 1.2;
        in.embodiedKgPerDeviceHour = 0.003;
        in.pricePerDeviceHour = 2.0;
        in.carbonPricePerTonne = 80.0;
    }
    return inputs;
}

} // namespace

class BenchEngine : public QObject
{
    Q_OBJECT

private slots:
    void computeFiguresThroughput()
    {
        const std::vector<ResolvedInputs> inputs = makeInputs();
        double sink = 0.0;
        QBENCHMARK
        {
            for (const ResolvedInputs& in : inputs)
                sink += computeFigures(in).totalEmissions.kilograms();
        }
        QVERIFY(sink > 0.0);
        // A separately timed pass, to report the rate in scenarios per second.
        const auto start = std::chrono::steady_clock::now();
        for (const ResolvedInputs& in : inputs)
            sink += computeFigures(in).totalEmissions.kilograms();
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::printf("computeFigures: %.1f million scenarios per second (one core, resolved inputs)\n",
                    double(kBatch) / seconds / 1e6);
        QVERIFY(sink > 0.0);
    }

    // Full estimate() including catalog resolution, assumptions and diagnostics.
    void fullEstimateLatency()
    {
        const Catalog catalog = test::fixtureCatalog();
        Scenario s;
        s.workload.model = "gpt3-175b";
        s.hardware.device = "nvidia-a100-sxm4-80gb";
        s.hardware.count = 1024;
        s.facility.region = "gcp:europe-west1";
        double sink = 0.0;
        QBENCHMARK
        {
            sink += estimate(s, catalog).figures.totalEmissions.kilograms();
        }
        QVERIFY(sink > 0.0);
    }

    // 100,000 Monte Carlo draws of one scenario with four ranged inputs (methodology §13);
    // the issue asks for under 50 ms on one core. Sobol indices are timed separately.
    void uncertaintyDraws()
    {
        const Catalog catalog = test::fixtureCatalog();
        Scenario s;
        s.workload.model = "gpt3-175b";
        s.hardware.device = "nvidia-a100-sxm4-80gb";
        s.hardware.count = 1024;
        s.facility.region = "FR";
        UncertaintyOptions o;
        o.draws = 100'000;
        o.sobolSamples = 0;
        double sink = 0.0;
        QBENCHMARK
        {
            sink += propagate(s, catalog, o).metric(Metric::TotalEmissionsKg).p95;
        }
        const auto start = std::chrono::steady_clock::now();
        const UncertaintyResult r = propagate(s, catalog, o);
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        o.sobolSamples = UncertaintyOptions {}.sobolSamples;
        const auto sobolStart = std::chrono::steady_clock::now();
        sink += propagate(s, catalog, o).sobol.size();
        const double withSobol =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - sobolStart).count();
        std::printf("uncertainty: %zu draws x %zu inputs in %.1f ms (%.1f ms with Sobol, N = %zu)\n", r.draws,
                    r.ranges.size(), ms, withSobol, o.sobolSamples);
        QVERIFY(sink > 0.0 && r.ranges.size() == 4);
    }
};

QTEST_APPLESS_MAIN(BenchEngine)
#include "bench_engine.moc"
