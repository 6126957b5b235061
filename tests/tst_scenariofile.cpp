// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariofile.h"

#include <QTest>

#include <algorithm>

using namespace aicarbon;

namespace {

ScenarioFile parse(const QByteArray& text, const std::string& file = "plan.json")
{
    return parseScenarioText(std::string_view(text.constData(), std::size_t(text.size())), file);
}

QByteArray scenario(const QByteArray& body)
{
    return "{\"format\": \"aicarbon-scenario\", \"version\": 1"
        + (body.isEmpty() ? QByteArray() : ", " + body) + "}";
}

const Diagnostic* find(const ScenarioFile& f, const std::string& path)
{
    const auto it = std::find_if(f.diagnostics.begin(), f.diagnostics.end(),
                                 [&](const Diagnostic& d) { return d.path == path; });
    return it == f.diagnostics.end() ? nullptr : &*it;
}

Scenario fullScenario()
{
    Scenario s;
    s.name = "Full";
    s.description = "every field";
    s.workload = {"gpt3-175b", 175e9, 300e9, 1e11, 3, 1000, 512, 2048, 3.14e23, 8};
    s.hardware.device = "nvidia-h100-sxm5-80gb";
    s.hardware.count = 64;
    s.hardware.precision = Precision::Fp8;
    s.hardware.mfu = 0.42;
    s.hardware.averagePowerW = 612.5;
    s.hardware.powerUtilization = 0.8;
    s.hardware.hostPowerW = 150;
    s.hardware.peakTflops = 989.4;
    s.hardware.tdpW = 700;
    s.runtime.wallClockHours = 48.5;
    s.runtime.deviceHours = 3104;
    s.facility = {"gcp:europe-west1", 2023, 1.09, "electricitymaps", 120.5, 0.84};
    s.search.method = SearchMethod::Hyperband;
    s.search.trials = 10;
    s.search.meanTrialFraction = 0.1;
    s.search.equivalentRuns = 2.5;
    s.search.gridSizes = {3, 4};
    s.search.configurations = 81;
    s.search.eta = 3;
    s.search.minFraction = 1.0 / 81.0;
    s.search.resume = true;
    s.development.multiplier = 1.5;
    s.embodied = {true, 5.5, 150};
    s.cost = {2.5, 80, "EUR"};
    return s;
}

} // namespace

class TestScenarioFile : public QObject
{
    Q_OBJECT

private slots:
    void readsScenario()
    {
        const ScenarioFile f = parse(
            scenario(R"("name": "x", "hardware": {"device": "nvidia-t4", "count": 8, "precision": "bf16"},
            "facility": {"region": "FR", "year": 2023}, "embodied": {"include": true})"));
        QVERIFY(f.ok());
        QCOMPARE(f.scenarios.size(), std::size_t(1));
        const Scenario& s = f.scenarios.front();
        QCOMPARE(s.name, std::string("x"));
        QCOMPARE(s.hardware.count, std::optional<double>(8));
        QCOMPARE(s.hardware.precision, std::optional<Precision>(Precision::Bf16));
        QCOMPARE(s.facility.year, std::optional<int>(2023));
        QVERIFY(s.embodied.include);
    }

    void nameDefaultsToFileName()
    {
        const ScenarioFile f = parse(scenario({}), "/tmp/my-plan.json");
        QCOMPARE(f.scenarios.front().name, std::string("my-plan"));
    }

    void roundTripsEveryField()
    {
        const Scenario original = fullScenario();
        const std::string json = scenarioToJson(original);
        const ScenarioFile f = parseScenarioText(json, "round.json");
        QVERIFY(f.ok());
        QVERIFY(f.diagnostics.empty());
        QVERIFY(f.scenarios.front() == original);
        // Writing again gives the same bytes.
        QCOMPARE(scenarioToJson(f.scenarios.front()), json);
    }

    void roundTripsProjects()
    {
        Scenario a = fullScenario();
        Scenario b;
        b.name = "Minimal";
        const std::string json = projectToJson("Two", {a, b});
        const ScenarioFile f = parseScenarioText(json, "p.json");
        QVERIFY(f.ok());
        QVERIFY(f.isProject);
        QCOMPARE(f.projectName, std::string("Two"));
        QCOMPARE(f.scenarios.size(), std::size_t(2));
        QVERIFY(f.scenarios[0] == a);
        QVERIFY(f.scenarios[1] == b);
    }

    void wholeNumbersAreWrittenAsIntegers()
    {
        Scenario s;
        s.name = "n";
        s.hardware.count = 64;
        QVERIFY(scenarioToJson(s).find("\"count\": 64\n") != std::string::npos);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong type") << scenario(R"("hardware": {"count": "eight"})")
                                    << QStringLiteral("/hardware/count")
                                    << QStringLiteral("expected a number, found the string \"eight\"");
        QTest::newRow("section not object") << scenario(R"("hardware": [1])") << QStringLiteral("/hardware")
                                            << QStringLiteral("expected an object, found an array");
        QTest::newRow("bad precision")
            << scenario(R"("hardware": {"precision": "fp12"})") << QStringLiteral("/hardware/precision")
            << QStringLiteral("expected one of fp64");
        QTest::newRow("bad method") << scenario(R"("search": {"method": "bayes"})")
                                    << QStringLiteral("/search/method")
                                    << QStringLiteral("expected one of trials, grid");
        QTest::newRow("year not whole")
            << scenario(R"("facility": {"year": 2023.5})") << QStringLiteral("/facility/year")
            << QStringLiteral("expected a whole number");
        QTest::newRow("include not bool")
            << scenario(R"("embodied": {"include": "yes"})") << QStringLiteral("/embodied/include")
            << QStringLiteral("expected true or false");
        QTest::newRow("newer version") << QByteArray(R"({"format": "aicarbon-scenario", "version": 2})")
                                       << QStringLiteral("/version") << QStringLiteral("newer aicarbon");
        QTest::newRow("missing version")
            << QByteArray(R"({"format": "aicarbon-scenario"})") << QStringLiteral("/version")
            << QStringLiteral("expected the format version");
        QTest::newRow("other format") << QByteArray(R"({"format": "geojson", "version": 1})")
                                      << QStringLiteral("/format") << QStringLiteral("found \"geojson\"");
        QTest::newRow("not an object")
            << QByteArray("[1, 2]") << QString() << QStringLiteral("expected a JSON object");
        QTest::newRow("project without list")
            << QByteArray(R"({"format": "aicarbon-project", "version": 1})") << QStringLiteral("/scenarios")
            << QStringLiteral("needs a \"scenarios\" array");
        QTest::newRow("project item")
            << QByteArray(R"({"format": "aicarbon-project", "version": 1, "scenarios": [3]})")
            << QStringLiteral("/scenarios/0") << QStringLiteral("expected a scenario object");
        QTest::newRow("grid item") << scenario(R"("search": {"grid_sizes": [3, "x"]})")
                                   << QStringLiteral("/search/grid_sizes/1")
                                   << QStringLiteral("expected a number");
    }
    void errors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const ScenarioFile f = parse(text);
        QVERIFY(!f.ok());
        QVERIFY(f.scenarios.empty());
        const Diagnostic* d = find(f, path.toStdString());
        QVERIFY2(d, qPrintable(path));
        QCOMPARE(d->severity, Severity::Error);
        QCOMPARE(d->file, std::string("plan.json"));
        QVERIFY2(QString::fromStdString(d->message).contains(message), d->message.c_str());
    }

    void syntaxErrorsHaveLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        // nlohmann stops at the end of the unexpected token: the closing quote of "version".
        QTest::newRow("missing comma")
            << QByteArray("{\n  \"format\": \"aicarbon-scenario\"\n  \"version\": 1\n}") << 3 << 11;
        QTest::newRow("truncated") << QByteArray("{\n  \"format\": ") << 2 << 13;
        QTest::newRow("garbage") << QByteArray("hello") << 1 << 1;
        QTest::newRow("empty") << QByteArray("") << 1 << 1;
    }
    void syntaxErrorsHaveLineAndColumn()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        const ScenarioFile f = parse(text);
        QCOMPARE(f.diagnostics.size(), std::size_t(1));
        const Diagnostic& d = f.diagnostics.front();
        QCOMPARE(d.code, std::string("syntax-error"));
        QCOMPARE(d.line, line);
        QCOMPARE(d.column, column);
        QVERIFY(QString::fromStdString(d.text()).startsWith(
            QStringLiteral("plan.json:%1:%2: error: invalid JSON").arg(line).arg(column)));
    }

    // Literals beyond double's range are refused with their place in the file.
    void hugeNumberIsAnErrorWithPlace()
    {
        const ScenarioFile f =
            parse("{\"format\": \"aicarbon-scenario\", \"version\": 1,\n \"workload\": {\"tokens\": 1e400}}");
        QVERIFY(!f.ok());
        const Diagnostic& d = f.diagnostics.front();
        QCOMPARE(d.code, std::string("number-overflow"));
        QCOMPARE(d.line, 2);
        QCOMPARE(d.column, 25);
        QVERIFY2(QString::fromStdString(d.message).contains(QStringLiteral("1e400")), d.message.c_str());
    }

    void unknownKeysWarn()
    {
        const ScenarioFile f = parse(scenario(R"("hardware": {"devices": "x"}, "colour": "red")"));
        QVERIFY(f.ok());
        QCOMPARE(f.diagnostics.size(), std::size_t(2));
        QVERIFY(find(f, "/hardware/devices"));
        QCOMPARE(find(f, "/colour")->severity, Severity::Warning);
        QCOMPARE(find(f, "/colour")->code, std::string("unknown-key"));
    }

    void byteOrderMarkIsAccepted() { QVERIFY(parse("\xEF\xBB\xBF" + scenario({})).ok()); }

    void unreadableFile()
    {
        const ScenarioFile f = readScenarioFile("/nonexistent/plan.json");
        QVERIFY(!f.ok());
        QCOMPARE(f.diagnostics.front().code, std::string("unreadable-file"));
    }

    void bundledExamplesAreValid_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* name : {"bert-base-strubell-2019.json", "gpt3-175b-v100.json", "llm-7b-plan.json",
                                 "project-regions.json"})
            QTest::newRow(name) << QStringLiteral(AICARBON_EXAMPLES_DIR "/") + QLatin1StringView(name);
    }
    void bundledExamplesAreValid()
    {
        QFETCH(QString, file);
        const ScenarioFile f = readScenarioFile(file.toStdString());
        QVERIFY(f.ok());
        QVERIFY(f.diagnostics.empty());
    }
};

QTEST_APPLESS_MAIN(TestScenarioFile)
#include "tst_scenariofile.moc"
