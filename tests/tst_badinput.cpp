// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input at the edges: deep nesting, NaN/Infinity literals, a file over the 64 MiB
// limit, and a disk that fills up during a save. Each gives a clear message, never a crash.

#include "filesizelimit.h"
#include "scenariofile.h"
#include "textfile.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace aicarbon;

namespace {

const Diagnostic* findDiagnostic(const ScenarioFile& f, Severity severity)
{
    for (const Diagnostic& d : f.diagnostics) {
        if (d.severity == severity)
            return &d;
    }
    return nullptr;
}

std::string repeat(std::string_view piece, std::size_t times)
{
    std::string out;
    out.reserve(piece.size() * times);
    for (std::size_t i = 0; i < times; ++i)
        out += piece;
    return out;
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void deepNestingIsAnErrorNotACrash_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("100,000 nested arrays")
            << QByteArray::fromStdString(repeat("[", 100000) + repeat("]", 100000))
            << QStringLiteral("plan.json: error: expected a JSON object at the top level, found an array");
        QTest::newRow("100,000 unclosed [")
            << QByteArray::fromStdString(repeat("[", 100000))
            << QStringLiteral("plan.json:1:100001: error: invalid JSON: syntax error while parsing value");
    }
    void deepNestingIsAnErrorNotACrash()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        const ScenarioFile f = parseScenarioText(text.toStdString(), "plan.json");
        QVERIFY(!f.ok());
        QVERIFY(f.scenarios.empty());
        const QString first = QString::fromStdString(f.diagnostics.front().text());
        QVERIFY2(first.startsWith(message), qPrintable(first));
    }

    // 200,000 nested objects under a key aicarbon does not know: a warning, and the rest
    // of the scenario is read.
    void deepObjectsUnderAnUnknownKeyWarn()
    {
        const std::string text = R"({"format": "aicarbon-scenario", "version": 1, "name": "Deep", "z": )"
            + repeat(R"({"a": )", 200000) + "1" + repeat("}", 200000) + "}";
        const ScenarioFile f = parseScenarioText(text, "plan.json");
        QVERIFY(f.ok());
        QCOMPARE(f.scenarios.size(), std::size_t(1));
        QCOMPARE(f.scenarios.front().name, std::string("Deep"));
        const Diagnostic* warning = findDiagnostic(f, Severity::Warning);
        QVERIFY(warning);
        QCOMPARE(QString::fromStdString(warning->text()),
                 QStringLiteral("plan.json: warning: /z: unknown key 'z' is ignored"));
    }

    void nanAndInfinityNameTheirPlace_data()
    {
        QTest::addColumn<QByteArray>("literal");
        QTest::addColumn<int>("column");
        QTest::newRow("NaN") << QByteArray("NaN") << 23;
        QTest::newRow("Infinity") << QByteArray("Infinity") << 23;
        QTest::newRow("-Infinity") << QByteArray("-Infinity") << 23;
        QTest::newRow("nan, after spaces") << QByteArray("   nan") << 26;
        QTest::newRow("inf") << QByteArray("inf") << 23;
    }
    void nanAndInfinityNameTheirPlace()
    {
        QFETCH(QByteArray, literal);
        QFETCH(int, column);
        const QByteArray text = R"({"format": "aicarbon-scenario", "version": 1,)"
                                "\n"
                                R"(  "hardware": {"mfu": )"
            + literal + "}}";
        const ScenarioFile f = parseScenarioText(text.toStdString(), "plan.json");
        QVERIFY(!f.ok());
        QCOMPARE(f.diagnostics.size(), std::size_t(1));
        const QString trimmed = QString::fromLatin1(literal.trimmed());
        QCOMPARE(QString::fromStdString(f.diagnostics.front().text()),
                 QStringLiteral("plan.json:2:%1: error: found %2, but JSON has no NaN or Infinity: write a "
                                "finite number (or leave the key out)")
                     .arg(column)
                     .arg(trimmed));
    }

    // The real 64 MiB limit, through readScenarioFile: a sparse file one byte over it.
    void fileOver64MiBIsRefusedByName()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("huge.json")).toStdString();
        {
            std::FILE* file = std::fopen(path.c_str(), "wb");
            QVERIFY(file);
            std::fclose(file);
        }
        std::filesystem::resize_file(path, 64u * 1024u * 1024u + 1u);
        const ScenarioFile f = readScenarioFile(path);
        std::filesystem::remove(path);
        QVERIFY(!f.ok());
        QCOMPARE(f.diagnostics.size(), std::size_t(1));
        QCOMPARE(f.diagnostics.front().code, std::string("unreadable-file"));
        QCOMPARE(QString::fromStdString(f.diagnostics.front().text()),
                 QString::fromStdString(path + ": error: " + path + ": file is larger than 64 MiB"));
    }

    // A full disk: the file-size limit makes the write fail after the first 4 KiB of the
    // temporary file. The previous file survives byte for byte and nothing is left over.
    void diskFullDuringSaveKeepsThePreviousFile()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("plan.json")).toStdString();
        const std::string previous = repeat("precious ", 100);
        writeFileAtomically(path, previous);
        QString error;
        {
            test::FileSizeLimit limit(4096);
            QVERIFY(limit.ok());
            try {
                writeFileAtomically(path, std::string(1024 * 1024, 'x'));
            } catch (const FileError& e) {
                error = QString::fromUtf8(e.what());
            }
        }
        QCOMPARE(error,
                 QString::fromStdString(path
                                        + ": cannot save: File too large (the previous file is "
                                          "unchanged)"));
        QCOMPARE(readTextFile(path), previous);
        QCOMPARE(std::distance(std::filesystem::directory_iterator(dir.path().toStdString()), {}), 1);
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
