// SPDX-License-Identifier: GPL-3.0-or-later
// Validates every row of the shipped catalog (data/*.csv compiled at build time) and
// spot-checks values against their sources.

#include "bibliography.h"
#include "catalog.h"
#include "database.h"
#include "references.h"
#include "statement.h"
#include "testhelpers.h"

#include <QTest>

#include <set>

using namespace aicarbon;

namespace {

/// Runs a query returning one text column per row (offending rows), as a message.
QString offenders(const Database& db, const std::string& sql)
{
    Statement s = db.prepare(sql);
    QStringList rows;
    while (s.step())
        rows << QString::fromStdString(s.text(0));
    return rows.join(QStringLiteral(", "));
}

} // namespace

class TestReferenceData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_db.emplace(std::string(AICARBON_CATALOG_PATH), Database::Mode::ReadOnly);
        m_catalog.emplace(std::string(AICARBON_CATALOG_PATH));
    }

    // Every shipped source can be cited: one well-formed BibTeX entry each.
    void everySourceMakesABibEntry()
    {
        std::vector<std::string> ids;
        for (const SourceRecord& s : m_catalog->sources())
            ids.push_back(s.id);
        const std::vector<Reference> entries = parseReferences(bibliography(ids, *m_catalog));
        QCOMPARE(entries.size(), ids.size());
        for (std::size_t i = 0; i < ids.size(); ++i) {
            QCOMPARE(entries[i].key, ids[i]);
            int depth = 0;
            for (const char c : entries[i].entry)
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            QVERIFY2(depth == 0, ids[i].c_str());
            QVERIFY2(entries[i].entry.find("year") != std::string::npos, ids[i].c_str());
        }
    }

    void hasVersionAndWorldDefault()
    {
        QVERIFY(!m_catalog->dataVersion().empty());
        QVERIFY(!m_catalog->dataDate().empty());
        QVERIFY(m_catalog->intensity("WORLD"));
        QVERIFY(m_catalog->pueDefault("global"));
    }

    // Each query lists the rows that break a rule; all must be empty.
    void rowRules_data()
    {
        QTest::addColumn<QString>("sql");
        const auto rule = [](const char* name, const char* sql) {
            QTest::newRow(name) << QString::fromLatin1(sql);
        };
        rule("TDP within 5-2,000 W",
             "SELECT id FROM devices WHERE tdp_w IS NOT NULL AND (tdp_w < 5 OR tdp_w > 2000)");
        rule("idle below TDP", "SELECT id FROM devices WHERE idle_w IS NOT NULL AND idle_w >= tdp_w");
        rule("bf16 peak >= fp32 peak", "SELECT id FROM devices WHERE bf16_tflops < fp32_tflops");
        rule("peaks positive",
             "SELECT id FROM devices WHERE min(coalesce(fp64_tflops, 1), coalesce(fp32_tflops, 1), "
             "coalesce(tf32_tflops, 1),"
             " coalesce(bf16_tflops, 1), coalesce(fp16_tflops, 1), coalesce(fp8_tflops, 1), "
             "coalesce(int8_tops, 1)) <= 0");
        rule("device kind known",
             "SELECT id FROM devices WHERE kind NOT IN ('gpu', 'tpu', 'accelerator', 'cpu')");
        rule("power basis known",
             "SELECT id FROM devices WHERE power_basis NOT IN ('vendor', 'estimate', 'measured') AND "
             "power_basis IS NOT NULL");
        rule("intensity within 0-1,200 g/kWh",
             "SELECT region_id || ' ' || year FROM grid_intensity WHERE g_per_kwh <= 0 OR g_per_kwh > 1200");
        rule("intensity basis known",
             "SELECT region_id FROM grid_intensity WHERE basis NOT IN ('lifecycle', 'direct')");
        rule("intensity year plausible",
             "SELECT region_id FROM grid_intensity WHERE year < 1990 OR year > 2030");
        rule("CFE fraction within 0-1",
             "SELECT region_id FROM grid_intensity WHERE cfe_fraction < 0 OR cfe_fraction > 1");
        rule("cloud intensity within 0-1,200",
             "SELECT cloud_region_id FROM cloud_intensity WHERE g_per_kwh <= 0 OR g_per_kwh > 1200");
        rule("PUE within 1.0-3.0 (defaults)", "SELECT provider FROM pue_defaults WHERE pue < 1 OR pue > 3");
        rule("PUE within 1.0-3.0 (cloud)", "SELECT id FROM cloud_regions WHERE pue < 1 OR pue > 3");
        rule("cloud region maps to a grid zone",
             "SELECT id FROM cloud_regions WHERE grid_region NOT IN (SELECT id FROM regions)");
        rule("cloud intensity names a cloud region",
             "SELECT cloud_region_id FROM cloud_intensity WHERE cloud_region_id NOT IN (SELECT id FROM "
             "cloud_regions)");
        rule("intensity names a region",
             "SELECT region_id FROM grid_intensity WHERE region_id NOT IN (SELECT id FROM regions)");
        rule("every region has an intensity",
             "SELECT id FROM regions WHERE id NOT IN (SELECT region_id FROM grid_intensity)");
        rule("exactly one primary series per region",
             "SELECT id FROM regions WHERE (SELECT count(DISTINCT source || basis) FROM grid_intensity"
             " WHERE region_id = regions.id AND \"primary\" = 1) <> 1");
        rule("region parent exists",
             "SELECT id FROM regions WHERE parent IS NOT NULL AND parent NOT IN (SELECT id FROM regions)");
        rule("cloud id is provider:code",
             "SELECT id FROM cloud_regions WHERE id <> provider || ':' || region_code");
        rule("model active <= total parameters",
             "SELECT id FROM models WHERE active_parameters > parameters");
        rule("model tokens positive", "SELECT id FROM models WHERE training_tokens <= 0");
        rule("equivalent values positive", "SELECT id FROM equivalents WHERE value <= 0");
        for (const char* table : {"devices", "grid_intensity", "cloud_regions", "cloud_intensity",
                                  "pue_defaults", "models", "equivalents"}) {
            const std::string sql = std::string("SELECT rowid FROM ") + table
                + " WHERE source IS NULL OR source = '' OR source NOT IN (SELECT id FROM sources)";
            QTest::newRow(
                qPrintable(QStringLiteral("%1 rows cite a known source").arg(QLatin1StringView(table))))
                << QString::fromStdString(sql);
        }
        rule("sources have a licence", "SELECT id FROM sources WHERE license IS NULL OR license = ''");
    }
    void rowRules()
    {
        QFETCH(QString, sql);
        const QString bad = offenders(*m_db, sql.toStdString());
        QVERIFY2(bad.isEmpty(), qPrintable(bad.left(500)));
    }

    void coverage()
    {
        const auto count = [&](const char* sql) {
            Statement s = m_db->prepare(sql);
            return s.step() ? s.integer(0) : 0LL;
        };
        QVERIFY(count("SELECT count(*) FROM devices WHERE kind <> 'cpu'") >= 80);
        QVERIFY(count("SELECT count(*) FROM devices WHERE kind = 'cpu'") >= 30);
        QVERIFY(count("SELECT count(*) FROM regions WHERE kind = 'country'") >= 200);
        for (const char* provider : {"aws", "gcp", "azure"}) {
            Statement s = m_db->prepare("SELECT count(*) FROM cloud_regions WHERE provider = ?1");
            s.bind(1, std::string_view(provider));
            QVERIFY(s.step());
            QVERIFY2(s.integer(0) >= 20, provider);
        }
    }

    void requiredIdsExist_data()
    {
        QTest::addColumn<QString>("id");
        for (const char* id : {"nvidia-k80",
                               "nvidia-p100-sxm2-16gb",
                               "nvidia-v100-sxm2-16gb",
                               "nvidia-v100-sxm2-32gb",
                               "nvidia-t4",
                               "nvidia-a100-sxm4-40gb",
                               "nvidia-a100-sxm4-80gb",
                               "nvidia-h100-sxm5-80gb",
                               "nvidia-h100-pcie-80gb",
                               "nvidia-h200-sxm-141gb",
                               "nvidia-b200",
                               "nvidia-gb200",
                               "google-tpu-v2",
                               "google-tpu-v3",
                               "google-tpu-v4",
                               "amd-mi250x",
                               "amd-mi300x",
                               "intel-gaudi2",
                               "aws-trainium1",
                               "nvidia-rtx-4090"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }
    void requiredIdsExist()
    {
        QFETCH(QString, id);
        QVERIFY(m_catalog->device(id.toStdString()));
    }

    // Spot checks against the sources.
    void spotChecks()
    {
        const auto a100 = m_catalog->device("nvidia-a100-sxm4-40gb");
        QCOMPARE(a100->tdpW, std::optional<double>(400)); // NVIDIA A100 datasheet
        QCOMPARE(a100->peak(Precision::Bf16), std::optional<double>(312)); // dense, not 624 sparse
        const auto h100 = m_catalog->device("nvidia-h100-sxm5-80gb");
        QCOMPARE(h100->tdpW, std::optional<double>(700));
        AICARBON_COMPARE_REL(*h100->peak(Precision::Bf16), 989.4, 0.001); // dense, not 1,979 sparse
        const auto v100 = m_catalog->device("nvidia-v100-sxm2-16gb");
        QCOMPARE(v100->tdpW, std::optional<double>(300));
        QCOMPARE(v100->peak(Precision::Fp16), std::optional<double>(125));
        QCOMPARE(v100->peak(Precision::Bf16), std::optional<double>()); // V100 has no bf16
        const auto france2023 = m_catalog->intensity("FR", 2023);
        QCOMPARE(france2023->gPerKwh, 53.26); // OWID / Ember
        QCOMPARE(france2023->basis, std::string("lifecycle"));
        const auto europeWest1 = m_catalog->cloudIntensity("gcp:europe-west1", 2024);
        QCOMPARE(europeWest1->gPerKwh, 103.37); // Google region-carbon-info 2024
        QCOMPARE(europeWest1->cfeFraction, std::optional<double>(0.84));
        QCOMPARE(m_catalog->cloudRegion("gcp:europe-west1")->country, std::string("BE"));
        const auto gpt3 = m_catalog->model("gpt3-175b");
        QCOMPARE(gpt3->parameters, std::optional<double>(175e9));
        QCOMPARE(gpt3->trainingTokens, std::optional<double>(300e9));
        QCOMPARE(gpt3->layers, std::optional<int>(96));
    }

    void searchOnFullData()
    {
        QVERIFY(!m_catalog->devices("h100").empty());
        std::set<std::string> quebec;
        for (const auto& r : m_catalog->regions("québec"))
            quebec.insert(r.id);
        QVERIFY(quebec.contains("CA-QC"));
        QVERIFY(!m_catalog->cloudRegions("us-east").empty());
    }

private:
    std::optional<Database> m_db;
    std::optional<Catalog> m_catalog;
};

QTEST_APPLESS_MAIN(TestReferenceData)
#include "tst_referencedata.moc"
