// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimate.h"
#include "scenario.h"
#include "testhelpers.h"
#include "usercatalog.h"

#include <QTemporaryDir>
#include <QTest>

using namespace aicarbon;

namespace {

DeviceRecord labCard()
{
    DeviceRecord d;
    d.id = "lab-card";
    d.vendor = "Lab";
    d.name = "Lab accelerator";
    d.tdpW = 350;
    d.peakTflops[std::size_t(Precision::Bf16)] = 200;
    return d;
}

} // namespace

class TestUserCatalog : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_path = m_dir.filePath(QStringLiteral("user-%1.sqlite").arg(++m_counter)).toStdString(); }

    void addEditDeleteDevices()
    {
        UserCatalog user(m_path);
        QVERIFY(user.putDevice(labCard()).empty());
        QCOMPARE(user.devices().size(), std::size_t(1));
        DeviceRecord edited = labCard();
        edited.tdpW = 300;
        QVERIFY(user.putDevice(edited).empty());
        QCOMPARE(user.devices().size(), std::size_t(1));
        QCOMPARE(user.devices().front().tdpW, std::optional<double>(300));
        QVERIFY(user.removeDevice("lab-card"));
        QVERIFY(!user.removeDevice("lab-card"));
        QVERIFY(user.devices().empty());
    }

    void invalidRowsAreRefusedAndNotStored_data()
    {
        QTest::addColumn<double>("tdp");
        QTest::addColumn<double>("bf16");
        QTest::addColumn<QString>("path");
        QTest::newRow("TDP 3,000 W") << 3000.0 << 200.0 << QStringLiteral("/tdp_w");
        QTest::newRow("TDP 1 W") << 1.0 << 200.0 << QStringLiteral("/tdp_w");
        QTest::newRow("negative peak") << 350.0 << -5.0 << QStringLiteral("/peak_tflops");
    }
    void invalidRowsAreRefusedAndNotStored()
    {
        QFETCH(double, tdp);
        QFETCH(double, bf16);
        QFETCH(QString, path);
        UserCatalog user(m_path);
        DeviceRecord d = labCard();
        d.tdpW = tdp;
        d.peakTflops[std::size_t(Precision::Bf16)] = bf16;
        const auto problems = user.putDevice(d);
        QVERIFY(hasErrors(problems));
        QCOMPARE(QString::fromStdString(problems.front().path), path);
        QVERIFY(user.devices().empty());
    }

    void userRowsWinOverShippedRows()
    {
        UserCatalog user(m_path);
        DeviceRecord mine = labCard();
        mine.id = "nvidia-a100-sxm4-80gb";
        mine.tdpW = 330; // measured in our lab
        QVERIFY(user.putDevice(mine).empty());
        RegionRecord dc {"MY-DC", "Our data centre", "zone", "FR", "FR", "", false};
        QVERIFY(user.putRegion(dc, {"MY-DC", 2025, 12.5, "lifecycle", std::nullopt, "", true}).empty());
        QVERIFY(user.putRegion({"FR", "France (our contract)", "country", "FR", "", "", false},
                               {"FR", 2025, 20.0, "lifecycle", std::nullopt, "", true})
                    .empty());

        Catalog catalog = test::fixtureCatalog();
        catalog.attachUserCatalog(m_path);
        const auto a100 = catalog.device("nvidia-a100-sxm4-80gb");
        QCOMPARE(a100->tdpW, std::optional<double>(330));
        QVERIFY(a100->userDefined);
        QVERIFY(!catalog.device("nvidia-h100-sxm5-80gb")->userDefined);
        QCOMPARE(catalog.devices("a100").size(), std::size_t(1));
        QVERIFY(catalog.region("MY-DC")->userDefined);
        QCOMPARE(catalog.intensity("FR")->gPerKwh, 20.0);
        QCOMPARE(catalog.intensity("US")->gPerKwh, 383.78);

        Scenario s;
        s.workload.trainingFlops = 1e21;
        s.hardware.device = "nvidia-a100-sxm4-80gb";
        s.facility.region = "MY-DC";
        const Estimate e = estimate(s, catalog);
        QVERIFY(e.valid());
        QCOMPARE(e.inputs.devicePower.watts(), 330.0);
        QCOMPARE(e.inputs.intensity.gramsPerKilowattHour(), 12.5);
    }

    void removingARegionRemovesItsIntensity()
    {
        UserCatalog user(m_path);
        QVERIFY(user.putRegion({"MY-DC", "Ours", "zone", "", "", "", false},
                               {"MY-DC", 2025, 50, "", std::nullopt, "", true})
                    .empty());
        QVERIFY(hasErrors(user.putRegion({"X", "X", "zone", "", "", "", false},
                                         {"X", 2025, 0.0, "", std::nullopt, "", true})));
        QCOMPARE(user.regions().size(), std::size_t(1));
        QVERIFY(user.removeRegion("MY-DC"));
        Catalog catalog = test::fixtureCatalog();
        catalog.attachUserCatalog(m_path);
        QVERIFY(!catalog.intensity("MY-DC"));
    }

private:
    QTemporaryDir m_dir;
    std::string m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestUserCatalog)
#include "tst_usercatalog.moc"
