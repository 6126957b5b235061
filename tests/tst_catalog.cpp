// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogschema.h"
#include "csvreader.h"
#include "statement.h"
#include "testhelpers.h"
#include "textfile.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <filesystem>

using namespace aicarbon;

namespace {
bool contains(const std::vector<std::string>& ids, const std::string& id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

/// A copy of the fixture tables with one file replaced.
QString fixtureWith(const QTemporaryDir& dir, const std::string& file, const std::string& contents)
{
    for (const auto& entry : std::filesystem::directory_iterator(AICARBON_FIXTURE_DIR))
        std::filesystem::copy_file(entry.path(),
                                   dir.path().toStdString() + "/" + entry.path().filename().string());
    writeFileAtomically(dir.path().toStdString() + "/" + file, contents);
    return dir.path();
}
} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_catalog.emplace(test::fixtureCatalog()); }

    void deviceLookup()
    {
        const auto a100 = m_catalog->device("nvidia-a100-sxm4-80gb");
        QVERIFY(a100);
        QCOMPARE(a100->tdpW, std::optional<double>(400));
        QCOMPARE(a100->peak(Precision::Bf16), std::optional<double>(312));
        QCOMPARE(a100->peak(Precision::Fp8), std::optional<double>());
        // Case-insensitive fallback.
        QVERIFY(m_catalog->device("NVIDIA-A100-SXM4-80GB"));
        QVERIFY(!m_catalog->device("nvidia-a100"));
    }

    void search_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expectedId");
        QTest::newRow("device h100") << int(CatalogKind::Device) << QStringLiteral("h100")
                                     << QStringLiteral("nvidia-h100-sxm5-80gb");
        QTest::newRow("device by vendor, upper case") << int(CatalogKind::Device) << QStringLiteral("NVIDIA")
                                                      << QStringLiteral("nvidia-v100-sxm2-32gb");
        QTest::newRow("region quebec, no accent")
            << int(CatalogKind::Region) << QStringLiteral("quebec") << QStringLiteral("CA-QC");
        QTest::newRow("region Québec, accent")
            << int(CatalogKind::Region) << QStringLiteral("Québec") << QStringLiteral("CA-QC");
        QTest::newRow("region by alias USA")
            << int(CatalogKind::Region) << QStringLiteral("usa") << QStringLiteral("US");
        QTest::newRow("cloud us-east")
            << int(CatalogKind::CloudRegion) << QStringLiteral("us-east") << QStringLiteral("aws:us-east-1");
        QTest::newRow("model gpt") << int(CatalogKind::Model) << QStringLiteral("GPT-3")
                                   << QStringLiteral("gpt3-175b");
    }
    void search()
    {
        QFETCH(int, kind);
        QFETCH(QString, query);
        QFETCH(QString, expectedId);
        const std::string q = query.toStdString();
        std::vector<std::string> ids;
        switch (CatalogKind(kind)) {
        case CatalogKind::Device:
            for (const auto& d : m_catalog->devices(q))
                ids.push_back(d.id);
            break;
        case CatalogKind::Region:
            for (const auto& r : m_catalog->regions(q))
                ids.push_back(r.id);
            break;
        case CatalogKind::CloudRegion:
            for (const auto& c : m_catalog->cloudRegions(q))
                ids.push_back(c.id);
            break;
        case CatalogKind::Model:
            for (const auto& m : m_catalog->models(q))
                ids.push_back(m.id);
            break;
        }
        QVERIFY2(contains(ids, expectedId.toStdString()), qPrintable(query));
    }

    void searchWildcardsAreLiteral() { QVERIFY(m_catalog->devices("%").empty()); }

    void intensityByYear()
    {
        // Default: latest year of the primary series.
        QCOMPARE(m_catalog->intensity("FR")->year, 2024);
        QCOMPARE(m_catalog->intensity("FR")->gPerKwh, 40.48);
        QCOMPARE(m_catalog->intensity("FR", 2023)->gPerKwh, 53.26);
        QVERIFY(!m_catalog->intensity("FR", 1999));
        QCOMPARE(m_catalog->intensityHistory("FR").size(), std::size_t(2));
        QCOMPARE(m_catalog->cloudIntensity("gcp:europe-west1")->cfeFraction, std::optional<double>(0.84));
    }

    void suggestions()
    {
        QVERIFY(contains(m_catalog->suggest(CatalogKind::Device, "nvidia-h100"), "nvidia-h100-sxm5-80gb"));
        QVERIFY(contains(m_catalog->suggest(CatalogKind::Device, "nvidia-a100-sxm4-80"),
                         "nvidia-a100-sxm4-80gb"));
        QCOMPARE(m_catalog->suggest(CatalogKind::Region, "FRA").front(), std::string("FR"));
        QVERIFY(m_catalog->suggest(CatalogKind::Model, "completely-unrelated-name-xyz").empty());
    }

    void versionAndSources()
    {
        QCOMPARE(m_catalog->dataVersion(), std::string("test-fixture-1"));
        QCOMPARE(m_catalog->source("strubell-2019")->year, std::optional<int>(2019));
        QCOMPARE(m_catalog->equivalents().size(), std::size_t(2));
    }

    void malformedTablesFailWithPlace_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("expected");
        QTest::newRow("number expected")
            << QStringLiteral("pue_defaults.csv")
            << QByteArray("provider,pue,year,source\nglobal,1.5x,2024,uptime-2024\n")
            << QStringLiteral("pue_defaults.csv:2:8: column 'pue': expected a number");
        QTest::newRow("decimal comma")
            << QStringLiteral("pue_defaults.csv")
            << QByteArray("provider,pue,year,source\nglobal,\"1,5\",2024,uptime-2024\n")
            << QStringLiteral("pue_defaults.csv:2:8: column 'pue'");
        QTest::newRow("required blank")
            << QStringLiteral("pue_defaults.csv")
            << QByteArray("provider,pue,year,source\nglobal,1.5,2024,\n")
            << QStringLiteral("pue_defaults.csv:2:17: column 'source': expected a value");
        QTest::newRow("duplicate key")
            << QStringLiteral("pue_defaults.csv")
            << QByteArray("provider,pue,year,source\nglobal,1.5,,x\nglobal,1.6,,x\n")
            << QStringLiteral("pue_defaults.csv:3:1: duplicate key, first defined on line 2");
        QTest::newRow("wrong header")
            << QStringLiteral("pue_defaults.csv") << QByteArray("provider,value,year,source\nglobal,1.5,,x\n")
            << QStringLiteral("pue_defaults.csv:1:2: expected column 'pue', found 'value'");
        QTest::newRow("boolean") << QStringLiteral("grid_intensity.csv")
                                 << QByteArray("region_id,year,g_per_kwh,basis,cfe_fraction,source,"
                                               "primary\nFR,2024,40,lifecycle,,x,yes\n")
                                 << QStringLiteral(
                                        "grid_intensity.csv:2:25: column 'primary': expected 0 or 1");
    }
    void malformedTablesFailWithPlace()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, contents);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString folder = fixtureWith(dir, file.toStdString(), contents.toStdString());
        Database db(":memory:", Database::Mode::Create);
        try {
            compileCatalog(folder.toStdString(), db);
            QFAIL("no error");
        } catch (const CsvError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(expected), e.what());
        }
        // Nothing was committed.
        Statement tables = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'");
        QVERIFY(tables.step());
        QCOMPARE(tables.integer(0), 0LL);
    }

    void everyTableHasAKey()
    {
        for (const TableSpec& table : catalogTables()) {
            QVERIFY(!table.key.empty());
            QCOMPARE(findCatalogTable(table.name), &table);
        }
    }

private:
    std::optional<Catalog> m_catalog;
};

QTEST_APPLESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
