// SPDX-License-Identifier: GPL-3.0-or-later
// The range form of numeric inputs in scenario files (docs/scenario-format.md, "Ranges").

#include "scenariofile.h"

#include <QTest>

using namespace aicarbon;

namespace {

ScenarioFile parse(const std::string& body)
{
    return parseScenarioText(R"({"format": "aicarbon-scenario", "version": 1, )" + body + "}", "test.json");
}

} // namespace

class TestScenarioRanges : public QObject
{
    Q_OBJECT

private slots:
    void objectFormGivesValueAndRange()
    {
        const ScenarioFile f = parse(
            R"("hardware": {"mfu": {"value": 0.4, "low": 0.3, "high": 0.5, "distribution": "triangular"}},
               "facility": {"pue": {"value": 1.2}, "carbon_intensity_g_per_kwh": 56})");
        QVERIFY(f.ok());
        const Scenario& s = f.scenarios.front();
        QCOMPARE(s.hardware.mfu, std::optional<double>(0.4));
        QCOMPARE(s.facility.pue, std::optional<double>(1.2));
        QCOMPARE(s.ranges.size(), std::size_t(1));
        QVERIFY((s.ranges.at("/hardware/mfu") == InputRange {0.3, 0.5, Distribution::Triangular}));
    }

    void distributionDefaultsToUniform()
    {
        const ScenarioFile f = parse(R"("facility": {"pue": {"value": 1.2, "low": 1.1, "high": 1.4}})");
        QVERIFY(f.ok());
        QVERIFY(
            (f.scenarios.front().ranges.at("/facility/pue") == InputRange {1.1, 1.4, Distribution::Uniform}));
    }

    void projectRangesAreKeyedPerScenario()
    {
        const ScenarioFile f = parseScenarioText(
            R"({"format": "aicarbon-project", "version": 1, "scenarios": [
                {"name": "a"},
                {"name": "b", "facility": {"pue": {"value": 1.2, "low": 1.1, "high": 1.4, "distribution": "normal"}}}]})",
            "p.json");
        QVERIFY(f.ok());
        QVERIFY(f.scenarios[0].ranges.empty());
        QVERIFY(f.scenarios[1].ranges.contains("/facility/pue"));
    }

    void badRangesAreErrorsWithPaths_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("path");
        QTest::newRow("low above value")
            << QStringLiteral(R"("hardware": {"mfu": {"value": 0.4, "low": 0.5, "high": 0.6}})")
            << QStringLiteral("/hardware/mfu/low");
        QTest::newRow("high below value")
            << QStringLiteral(R"("hardware": {"mfu": {"value": 0.4, "low": 0.3, "high": 0.35}})")
            << QStringLiteral("/hardware/mfu/high");
        QTest::newRow("unknown distribution") << QStringLiteral(
            R"("hardware": {"mfu": {"value": 0.4, "low": 0.3, "high": 0.5, "distribution": "beta"}})")
                                              << QStringLiteral("/hardware/mfu/distribution");
        QTest::newRow("low not a number")
            << QStringLiteral(R"("hardware": {"mfu": {"value": 0.4, "low": "0.3", "high": 0.5}})")
            << QStringLiteral("/hardware/mfu/low");
        QTest::newRow("value missing") << QStringLiteral(R"("hardware": {"mfu": {"low": 0.3, "high": 0.5}})")
                                       << QStringLiteral("/hardware/mfu");
        QTest::newRow("only low") << QStringLiteral(R"("hardware": {"mfu": {"value": 0.4, "low": 0.3}})")
                                  << QStringLiteral("/hardware/mfu");
        QTest::newRow("lognormal with low 0") << QStringLiteral(
            R"("facility": {"pue": {"value": 1.2, "low": 0, "high": 2, "distribution": "lognormal"}})")
                                              << QStringLiteral("/facility/pue/low");
        QTest::newRow("year takes no range")
            << QStringLiteral(R"("facility": {"year": {"value": 2024, "low": 2023, "high": 2024}})")
            << QStringLiteral("/facility/year");
    }
    void badRangesAreErrorsWithPaths()
    {
        QFETCH(QString, body);
        QFETCH(QString, path);
        const ScenarioFile f = parse(body.toStdString());
        QVERIFY(!f.ok());
        QCOMPARE(QString::fromStdString(f.diagnostics.front().path), path);
    }

    void unknownKeyInRangeIsAWarning()
    {
        const ScenarioFile f = parse(R"("facility": {"pue": {"value": 1.2, "lo": 1.1}})");
        QVERIFY(f.ok());
        QCOMPARE(f.diagnostics.front().path, std::string("/facility/pue/lo"));
    }

    void rangesRoundTrip()
    {
        Scenario s;
        s.name = "ranged";
        s.hardware.mfu = 0.4;
        s.facility.pue = 1.25;
        s.facility.carbonIntensityGPerKwh = 56;
        s.ranges["/hardware/mfu"] = {0.2, 0.46, Distribution::Triangular};
        s.ranges["/facility/carbon_intensity_g_per_kwh"] = {30, 90, Distribution::Lognormal};
        const std::string text = scenarioToJson(s);
        QVERIFY(text.find("\"distribution\": \"lognormal\"") != std::string::npos);
        const ScenarioFile back = parseScenarioText(text, "ranged.json");
        QVERIFY(back.ok());
        QVERIFY(back.scenarios.front() == s);
        const std::string project = projectToJson("p", {s, s});
        const ScenarioFile projectBack = parseScenarioText(project, "p.json");
        QVERIFY(projectBack.ok());
        QVERIFY(projectBack.scenarios[1] == s);
    }

    void fileWithoutRangesIsUnchanged()
    {
        Scenario s;
        s.name = "plain";
        s.hardware.mfu = 0.4;
        const std::string text = scenarioToJson(s);
        QVERIFY(text.find("\"mfu\": 0.4") != std::string::npos);
        QVERIFY(text.find("low") == std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestScenarioRanges)
#include "tst_scenarioranges.moc"
