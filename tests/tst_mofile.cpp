// SPDX-License-Identifier: GPL-3.0-or-later
// The GNU .mo reader, language matching, and region_names compiled from a tiny iso-codes tree.
#include "mofile.h"
#include "regionnames.h"
#include "testhelpers.h"
#include "textfile.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <utility>
#include <vector>

using namespace aicarbon;

namespace {

using Entries = std::vector<std::pair<std::string, std::string>>;

void putWord(std::string& bytes, std::size_t offset, std::uint32_t value, bool bigEndian)
{
    for (int i = 0; i < 4; ++i) {
        const int shift = bigEndian ? 8 * (3 - i) : 8 * i;
        bytes[offset + static_cast<std::size_t>(i)] = static_cast<char>((value >> shift) & 0xff);
    }
}

/// A .mo file as msgfmt lays it out: header, original table, translation table, strings.
std::string moBytes(const Entries& entries, bool bigEndian = false)
{
    const auto n = static_cast<std::uint32_t>(entries.size());
    std::string bytes(28 + 16 * n, '\0');
    const std::uint32_t header[] = {0x950412de, 0, n, 28, 28 + 8 * n, 0, 28 + 16 * n};
    for (std::size_t i = 0; i < 7; ++i)
        putWord(bytes, 4 * i, header[i], bigEndian);
    const auto addString = [&](std::size_t entry, const std::string& text) {
        putWord(bytes, entry, static_cast<std::uint32_t>(text.size()), bigEndian);
        putWord(bytes, entry + 4, static_cast<std::uint32_t>(bytes.size()), bigEndian);
        bytes += text;
        bytes += '\0';
    };
    for (std::uint32_t i = 0; i < n; ++i) {
        addString(28 + 8 * i, entries[i].first);
        addString(28 + 8 * n + 8 * i, entries[i].second);
    }
    return bytes;
}

const Entries kGerman {{"", "Content-Type: text/plain; charset=UTF-8\n"},
                       {"Germany", "Deutschland"},
                       {"Korea, Republic of", "Korea, Republik"},
                       {"Untranslated", ""},
                       {"file", std::string("Datei\0Dateien", 13)}};

void writeBytes(const std::filesystem::path& path, const std::string& bytes)
{
    std::filesystem::create_directories(path.parent_path());
    writeFileAtomically(path.string(), bytes);
}

} // namespace

class TestMoFile : public QObject
{
    Q_OBJECT

private slots:
    void parsesBothByteOrders_data()
    {
        QTest::addColumn<bool>("bigEndian");
        QTest::newRow("little-endian (msgfmt on x86)") << false;
        QTest::newRow("big-endian") << true;
    }

    void parsesBothByteOrders()
    {
        QFETCH(bool, bigEndian);
        const auto messages = parseMoFile(moBytes(kGerman, bigEndian), "de.mo");
        QCOMPARE(messages.size(), std::size_t(3)); // no header, no empty translation
        QCOMPARE(messages.at("Germany"), std::string("Deutschland"));
        QCOMPARE(messages.at("Korea, Republic of"), std::string("Korea, Republik"));
        QCOMPARE(messages.at("file"), std::string("Datei")); // first plural form
        QVERIFY(!messages.contains("Untranslated"));
    }

    void readsUtf8File()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("zh.mo")).toStdString();
        writeBytes(path, moBytes({{"United States", "美国"}}));
        QCOMPARE(readMoFile(path).at("United States"), std::string("美国"));
    }

    void malformedFilesFailClearly_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problem");
        const std::string good = moBytes(kGerman);
        const auto bytes = [](std::string b) { return QByteArray(b.data(), qsizetype(b.size())); };
        std::string badMagic = good;
        badMagic[0] = 'x';
        std::string revision = good;
        putWord(revision, 4, 2u << 16, false);
        std::string hugeCount = good;
        putWord(hugeCount, 8, 0x10000000, false);
        std::string badString = good;
        putWord(badString, 28 + 8 * 2 + 4, 0xfffffff0, false); // offset of original 2
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("shorter than the 28-byte header");
        QTest::newRow("text file") << bytes("msgid \"Germany\"\nmsgstr \"Deutschland\"\n")
                                   << QStringLiteral("wrong magic number");
        QTest::newRow("wrong magic") << bytes(badMagic) << QStringLiteral("wrong magic number");
        QTest::newRow("major revision 2")
            << bytes(revision) << QStringLiteral("unsupported major revision 2");
        QTest::newRow("count past the end") << bytes(hugeCount) << QStringLiteral("lie outside the file");
        QTest::newRow("string past the end")
            << bytes(badString) << QStringLiteral("original string 2 lies outside the file");
        QTest::newRow("truncated strings")
            << bytes(good.substr(0, good.size() - 4)) << QStringLiteral("lies outside the file");
    }

    void malformedFilesFailClearly()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        try {
            parseMoFile(std::string_view(bytes.constData(), std::size_t(bytes.size())), "broken.mo");
            QFAIL("no MoFileError");
        } catch (const MoFileError& e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.startsWith(QStringLiteral("broken.mo: not a valid GNU .mo file")), e.what());
            QVERIFY2(message.contains(problem), e.what());
        }
    }

    void missingFileFails()
    {
        QVERIFY_THROWS_EXCEPTION(MoFileError, readMoFile("/nonexistent/iso_3166-1.mo"));
    }

    void matchesLanguages_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("expected");
        QTest::newRow("same code") << QStringLiteral("pt_BR") << QStringLiteral("pt_BR");
        QTest::newRow("region → base language") << QStringLiteral("de_DE") << QStringLiteral("de");
        QTest::newRow("bare language → its variant") << QStringLiteral("zh") << QStringLiteral("zh_CN");
        QTest::newRow("other region of a variant only") << QStringLiteral("pt_PT") << QString();
        QTest::newRow("English") << QStringLiteral("en") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("unknown") << QStringLiteral("xx_YY") << QString();
    }

    void matchesLanguages()
    {
        QFETCH(QString, requested);
        QFETCH(QString, expected);
        const std::vector<std::string> available {"de", "fr", "pt_BR", "zh_CN"};
        QCOMPARE(QString::fromStdString(matchNameLanguage(requested.toStdString(), available)), expected);
    }

    // The fixture catalog compiled with a tiny iso-codes tree: countries and ISO 3166-2
    // states get names, pt_BR falls back to pt's catalogue, zones and aggregates get none.
    void compilesRegionNames()
    {
        QTemporaryDir dir;
        const std::filesystem::path root = dir.path().toStdString();
        writeBytes(root / "json/iso_3166-1.json",
                   R"({"3166-1": [{"alpha_2": "FR", "name": "France"},
                       {"alpha_2": "US", "name": "United States", "official_name": "USA"}]})");
        writeBytes(root / "json/iso_3166-2.json", R"({"3166-2": [{"code": "CA-QC", "name": "Quebec"}]})");
        writeBytes(root / "locale/de/LC_MESSAGES/iso_3166-1.mo",
                   moBytes({{"France", "Frankreich"}, {"United States", "Vereinigte Staaten"}}));
        writeBytes(root / "locale/fr/LC_MESSAGES/iso_3166-2.mo", moBytes({{"Quebec", "Québec"}}));
        writeBytes(root / "locale/pt/LC_MESSAGES/iso_3166-1.mo", moBytes({{"France", "França"}}));
        Database database(":memory:", Database::Mode::Create);
        compileCatalog(AICARBON_FIXTURE_DIR, database,
                       IsoCodesSource {(root / "json").string(), (root / "locale").string(), "9.9"});
        Catalog catalog(std::move(database));
        QCOMPARE(catalog.regionName("FR", "de"), std::string("Frankreich"));
        QCOMPARE(catalog.regionName("US", "de_AT"), std::string("Vereinigte Staaten"));
        QCOMPARE(catalog.regionName("FR", "pt_BR"), std::string("França"));
        QCOMPARE(catalog.regionName("CA-QC", "fr"), std::string("Québec"));
        QCOMPARE(catalog.regionName("CA-QC", "de"), std::string("Québec")); // catalog name
        QCOMPARE(catalog.regionName("WORLD", "de"), std::string("World"));
        QCOMPARE(catalog.regionName("nowhere", "de"), std::string());
    }
};

QTEST_GUILESS_MAIN(TestMoFile)
#include "tst_mofile.moc"
