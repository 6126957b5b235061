// SPDX-License-Identifier: GPL-3.0-or-later
// Translated region names in the build's catalog (compiled from the system's iso-codes).
#include "catalog.h"
#include "usercatalog.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace aicarbon;
using namespace Qt::StringLiterals;

namespace {
bool hasRegion(const std::vector<RegionRecord>& regions, const std::string& id)
{
    return std::any_of(regions.begin(), regions.end(), [&](const RegionRecord& r) { return r.id == id; });
}
} // namespace

class TestRegionNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_catalog.emplace(std::string(AICARBON_CATALOG_PATH));
        const auto source = m_catalog->source("iso-codes");
        QVERIFY(source);
        if (!source->version.starts_with("iso-codes "))
            QSKIP("the catalog was built without iso-codes: no translated names");
    }

    void translatedNames_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Germany in German") << u"DE"_s << u"de"_s << u"Deutschland"_s;
        QTest::newRow("Germany in German (Austria)") << u"DE"_s << u"de_AT"_s << u"Deutschland"_s;
        QTest::newRow("France in French") << u"FR"_s << u"fr"_s << u"France"_s;
        QTest::newRow("United States in Chinese") << u"US"_s << u"zh_CN"_s << u"美国"_s;
        QTest::newRow("Japan in Brazilian Portuguese") << u"JP"_s << u"pt_BR"_s << u"Japão"_s;
        QTest::newRow("Japan in Indonesian") << u"JP"_s << u"id"_s << u"Jepang"_s;
        QTest::newRow("Spain in Spanish") << u"ES"_s << u"es"_s << u"España"_s;
        QTest::newRow("Germany in Spanish") << u"DE"_s << u"es_MX"_s << u"Alemania"_s;
        QTest::newRow("Quebec (ISO 3166-2) in French") << u"CA-QC"_s << u"fr"_s << u"Québec"_s;
        QTest::newRow("California (ISO 3166-2) in French") << u"US-CA"_s << u"fr"_s << u"Californie"_s;
        QTest::newRow("case-insensitive id") << u"de"_s << u"de"_s << u"Deutschland"_s;
    }

    void translatedNames()
    {
        QFETCH(QString, id);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(m_catalog->regionName(id.toStdString(), language.toStdString())),
                 expected);
    }

    // English (the catalog's name) for an unknown language and for regions that are not
    // ISO 3166 codes: Electricity Maps zones, aggregates, the world.
    void fallsBackToCatalogName_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("language");
        QTest::newRow("unknown language") << u"DE"_s << u"xx"_s;
        QTest::newRow("English") << u"DE"_s << u"en_GB"_s;
        QTest::newRow("Electricity Maps zone") << u"US-CAL-CISO"_s << u"de"_s;
        QTest::newRow("EM zone colliding with an ISO 3166-2 code") << u"IT-NO"_s << u"fr"_s;
        QTest::newRow("aggregate") << u"OWID_EUR"_s << u"de"_s;
        QTest::newRow("world") << u"WORLD"_s << u"zh_CN"_s;
    }

    void fallsBackToCatalogName()
    {
        QFETCH(QString, id);
        QFETCH(QString, language);
        const auto region = m_catalog->region(id.toStdString());
        QVERIFY(region);
        QCOMPARE(m_catalog->regionName(id.toStdString(), language.toStdString()), region->name);
        QVERIFY(m_catalog->regionName("no-such-region", "de").empty());
    }

    // With a name language, records carry the translation, the English name becomes an
    // alias, and search finds a region by either name.
    void nameLanguageTranslatesRecords()
    {
        Catalog catalog(AICARBON_CATALOG_PATH);
        catalog.setNameLanguage("de_DE");
        QCOMPARE(catalog.nameLanguage(), std::string("de"));
        const auto germany = catalog.region("DE");
        QCOMPARE(germany->name, std::string("Deutschland"));
        QVERIFY(germany->aliases.ends_with(";Germany"));
        QVERIFY(hasRegion(catalog.regions("deutschland"), "DE"));
        QVERIFY(hasRegion(catalog.regions("Germany"), "DE"));
        QCOMPARE(catalog.region("US-CAL-CISO")->name, m_catalog->region("US-CAL-CISO")->name);
        QCOMPARE(catalog.regions().size(), m_catalog->regions().size());
        catalog.setNameLanguage("en");
        QCOMPARE(catalog.region("DE")->name, std::string("Germany"));
    }

    // The user's own entry for a shipped id keeps the user's name in every language; the
    // name language survives attaching the user catalog.
    void userRegionsKeepTheirName()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(u"user.sqlite"_s).toStdString();
        UserCatalog user(path);
        QVERIFY(user.putRegion({"DE", "Germany (our contract)", "country", "DE", "", "", false},
                               {"DE", 2025, 20.0, "lifecycle", std::nullopt, "", true})
                    .empty());
        Catalog catalog(AICARBON_CATALOG_PATH);
        catalog.setNameLanguage("fr");
        catalog.attachUserCatalog(path);
        QCOMPARE(catalog.region("DE")->name, std::string("Germany (our contract)"));
        QCOMPARE(catalog.regionName("DE", "fr"), std::string("Germany (our contract)"));
        QCOMPARE(catalog.region("FR")->name, std::string("France"));
        QCOMPARE(catalog.region("ES")->name, std::string("Espagne"));
    }

private:
    std::optional<Catalog> m_catalog;
};

QTEST_GUILESS_MAIN(TestRegionNames)
#include "tst_regionnames.moc"
