// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostictext.h"
#include "estimate.h"
#include "guitesthelpers.h"
#include "scenariofile.h"
#include "uncertainty.h"
#include "usercatalog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>

#include <set>

using namespace aicarbon;

namespace {

/// A bad input and the sentence it must select. `patch` replaces top-level keys of a valid
/// scenario (A100 ×8 in France); a `document` is parsed as it is.
struct BadInput
{
    const char* name;
    const char* patch;
    const char* document;
    const char* code;
    const char* variant;
};

// clang-format off
const BadInput kBadInputs[] = {
    {"negative parameters", R"({"workload": {"parameters": -5, "tokens": 2e10}})", nullptr, "value-out-of-range", "positive"},
    {"negative trials", R"({"search": {"method": "trials", "trials": -1}})", nullptr, "value-out-of-range", "zero-or-positive"},
    {"power utilization 1.5", R"({"hardware": {"device": "nvidia-a100-sxm4-80gb", "count": 8, "power_utilization": 1.5}})", nullptr, "value-out-of-range", "between"},
    {"hyperband min_fraction 1.5", R"({"search": {"method": "hyperband", "min_fraction": 1.5}})", nullptr, "value-out-of-range", "above-at-most"},
    {"MFU 1.5", R"({"hardware": {"device": "nvidia-a100-sxm4-80gb", "count": 8, "mfu": 1.5}})", nullptr, "value-out-of-range", "at-most"},
    {"PUE 0.5", R"({"facility": {"region": "FR", "pue": 0.5}})", nullptr, "value-out-of-range", "at-least"},
    {"hyperband eta 0.5", R"({"search": {"method": "hyperband", "eta": 0.5}})", nullptr, "value-out-of-range", "greater-than"},
    {"year 1980", R"({"facility": {"region": "FR", "year": 1980}})", nullptr, "value-out-of-range", "year-between"},
    {"year 2023.5", R"({"facility": {"region": "FR", "year": 2023.5}})", nullptr, "bad-value", "whole-number"},
    {"precision fp7", R"({"hardware": {"device": "nvidia-a100-sxm4-80gb", "count": 8, "precision": "fp7"}})", nullptr, "bad-value", "one-of"},
    {"range low above value", R"({"hardware": {"device": "nvidia-a100-sxm4-80gb", "mfu": {"value": 0.4, "low": 0.5, "high": 0.6}}})", nullptr, "bad-value", "low-above-value"},
    {"range high below value", R"({"hardware": {"device": "nvidia-a100-sxm4-80gb", "mfu": {"value": 0.4, "low": 0.3, "high": 0.35}}})", nullptr, "bad-value", "high-below-value"},
    {"lognormal low 0", R"({"hardware": {"device": "nvidia-a100-sxm4-80gb", "mfu": {"value": 0.4, "low": 0, "high": 0.5, "distribution": "lognormal"}}})", nullptr, "bad-value", "lognormal-low"},
    {"MFU as text", R"({"hardware": {"device": "nvidia-a100-sxm4-80gb", "mfu": "high"}})", nullptr, "wrong-type", "number"},
    {"device as number", R"({"hardware": {"device": 5}})", nullptr, "wrong-type", "string"},
    {"include as text", R"({"embodied": {"include": "yes"}})", nullptr, "wrong-type", "boolean"},
    {"hardware as number", R"({"hardware": 5})", nullptr, "wrong-type", "object"},
    {"grid sizes as number", R"({"search": {"method": "grid", "grid_sizes": 3}})", nullptr, "wrong-type", "array"},
    {"scenario as number", nullptr, R"({"format": "aicarbon-project", "version": 1, "scenarios": [5]})", "wrong-type", "scenario-object"},
    {"range without value", R"({"hardware": {"device": "nvidia-a100-sxm4-80gb", "mfu": {"low": 0.3, "high": 0.5}}})", nullptr, "missing-value", "range-value"},
    {"range without high", R"({"hardware": {"device": "nvidia-a100-sxm4-80gb", "mfu": {"value": 0.4, "low": 0.3}}})", nullptr, "missing-value", "range-bounds"},
    {"hyperband without min_fraction", R"({"search": {"method": "hyperband"}})", nullptr, "value-out-of-range", "required"},
    {"successive halving alone", R"({"search": {"method": "successive_halving", "min_fraction": 0.1}})", nullptr, "missing-value", "configurations"},
    {"other format", nullptr, R"({"format": "other", "version": 1})", "bad-format", "format"},
    {"no format", nullptr, R"({"version": 1})", "bad-format", "format-missing"},
    {"no version", nullptr, R"({"format": "aicarbon-scenario"})", "bad-format", "version-missing"},
    {"version 0", nullptr, R"({"format": "aicarbon-scenario", "version": 0})", "bad-format", "version"},
    {"array at top", nullptr, R"([1])", "bad-format", "top-level"},
    {"project without scenarios", nullptr, R"({"format": "aicarbon-project", "version": 1})", "bad-format", "scenarios"},
    {"version 2", nullptr, R"({"format": "aicarbon-scenario", "version": 2})", "newer-version", ""},
    {"cut JSON", nullptr, R"({"format": )", "syntax-error", ""},
    {"1e400", nullptr, R"({"format": "aicarbon-scenario", "version": 1, "workload": {"parameters": 1e400}})", "number-overflow", ""},
    {"unknown key", R"({"colour": "red"})", nullptr, "unknown-key", ""},
    {"unknown model", R"({"workload": {"model": "zzzzzzzzzzzzzzzz"}})", nullptr, "unknown-model", ""},
    {"misspelt model", R"({"workload": {"model": "gpt3-175"}})", nullptr, "unknown-model", "suggest"},
    {"unknown device", R"({"hardware": {"device": "zzzzzzzzzzzzzzzz"}})", nullptr, "unknown-device", ""},
    {"misspelt device", R"({"hardware": {"device": "nvidia-a100-sxm4-80"}})", nullptr, "unknown-device", "suggest"},
    {"unknown region", R"({"facility": {"region": "ZZZZZZZZZZZZ"}})", nullptr, "unknown-region", ""},
    {"misspelt region", R"({"facility": {"region": "CA-Q"}})", nullptr, "unknown-region", "suggest"},
    {"2.5 devices", R"({"hardware": {"device": "nvidia-a100-sxm4-80gb", "count": 2.5}})", nullptr, "not-an-integer", ""},
    {"steps alone", R"({"workload": {"parameters": 1e9, "steps": 10}})", nullptr, "incomplete-workload", ""},
    {"runtimes disagree", R"({"runtime": {"wall_clock_hours": 10, "device_hours": 100}})", nullptr, "inconsistent-runtime", ""},
    {"sparse peak", R"({"hardware": {"device": "nvidia-a100-sxm4-80gb", "count": 8, "precision": "bf16", "peak_tflops": 624}})", nullptr, "peak-looks-sparse", ""},
    {"MFU 0.8", R"({"hardware": {"device": "nvidia-a100-sxm4-80gb", "count": 8, "mfu": 0.8}})", nullptr, "high-mfu", ""},
    {"MFU with runtime", R"({"hardware": {"device": "nvidia-a100-sxm4-80gb", "count": 8, "mfu": 0.4}, "runtime": {"wall_clock_hours": 10}})", nullptr, "mfu-ignored", ""},
    {"no workload", R"({"workload": {}})", nullptr, "unknown-compute", ""},
    {"P100 in bf16", R"({"hardware": {"device": "nvidia-p100-sxm2-16gb", "count": 8, "precision": "bf16"}})", nullptr, "unknown-peak", ""},
    {"power above TDP", R"({"hardware": {"device": "nvidia-a100-sxm4-80gb", "count": 8, "average_power_w": 500}})", nullptr, "power-above-tdp", ""},
    {"custom device without TDP", R"({"hardware": {"count": 8, "peak_tflops": 100}})", nullptr, "unknown-power", ""},
    {"FR in 2000", R"({"facility": {"region": "FR", "year": 2000}})", nullptr, "no-intensity", "year"},
    {"FR from unknown source", R"({"facility": {"region": "FR", "carbon_intensity_source": "nope"}})", nullptr, "no-intensity", "source"},
    {"FR in 2000 from unknown source", R"({"facility": {"region": "FR", "year": 2000, "carbon_intensity_source": "nope"}})", nullptr, "no-intensity", "year-source"},
    {"no location", R"({"facility": {}})", nullptr, "unknown-intensity", ""},
    {"1,500 g/kWh", R"({"facility": {"carbon_intensity_g_per_kwh": 1500}})", nullptr, "high-intensity", ""},
    {"PUE 2.5", R"({"facility": {"region": "FR", "pue": 2.5}})", nullptr, "high-pue", ""},
    {"trials longer than the run", R"({"search": {"method": "trials", "trials": 5, "mean_trial_fraction": 1.5}})", nullptr, "long-trials", ""},
    {"A100 embodied", R"({"embodied": {"include": true}})", nullptr, "embodied-unknown", ""},
    {"1e300 parameters", R"({"workload": {"parameters": 1e300, "tokens": 1e300}})", nullptr, "result-overflow", ""},
};
// clang-format on

QByteArray documentOf(const BadInput& input)
{
    if (input.document)
        return input.document;
    QJsonObject scenario = QJsonDocument::fromJson(R"({"format": "aicarbon-scenario", "version": 1,
        "workload": {"parameters": 1e9, "tokens": 2e10},
        "hardware": {"device": "nvidia-a100-sxm4-80gb", "count": 8},
        "facility": {"region": "FR"}})")
                               .object();
    const QJsonObject patch = QJsonDocument::fromJson(input.patch).object();
    for (auto it = patch.begin(); it != patch.end(); ++it)
        scenario.insert(it.key(), it.value());
    return QJsonDocument(scenario).toJson();
}

/// The file's diagnostics, then (when it parses) those of estimating each scenario.
std::vector<Diagnostic> diagnosticsOf(const BadInput& input, const Catalog& catalog)
{
    const QByteArray text = documentOf(input);
    const ScenarioFile file = parseScenarioText(std::string_view(text.constData(), text.size()), "bad.json");
    std::vector<Diagnostic> out = file.diagnostics;
    for (const Scenario& s : file.scenarios) {
        const Estimate e = estimate(s, catalog);
        out.insert(out.end(), e.diagnostics.begin(), e.diagnostics.end());
    }
    return out;
}

/// Diagnostics that no scenario file reaches: the user catalog's forms, an unreadable file,
/// a range on an input without a value.
std::vector<Diagnostic> otherDiagnostics(const Catalog& catalog)
{
    DeviceRecord device;
    device.tdpW = 1.0;
    device.peakTflops[static_cast<std::size_t>(Precision::Bf16)] = 10.0;
    device.peakTflops[static_cast<std::size_t>(Precision::Fp32)] = 20.0;
    std::vector<Diagnostic> out = UserCatalog::validateDevice(device);
    IntensityRecord intensity;
    intensity.year = 1980;
    for (const Diagnostic& d : UserCatalog::validateRegion(RegionRecord {}, intensity))
        out.push_back(d);
    for (const Diagnostic& d : readScenarioFile("/nonexistent/bad.json").diagnostics)
        out.push_back(d);
    Scenario s = test::GuiFixture::plan("ranged");
    s.ranges["/hardware/mfu"] = InputRange {0.3, 0.5, Distribution::Uniform};
    for (const Diagnostic& d : planUncertainty(s, catalog).result.diagnostics)
        out.push_back(d);
    Diagnostic tooLarge = Diagnostic::error("bad-value", "/hardware/mfu", "too large", {"too-large", {}});
    out.push_back(tooLarge); // parsing rejects such numbers first (number-overflow)
    // Every shipped region has an intensity series; one without any would give this.
    out.push_back(Diagnostic::error("no-intensity", "/facility/year", "no grid carbon intensity for 'XX'",
                                    {"", {"XX", "", ""}}));
    return out;
}

bool hasSentence(const Diagnostic& d)
{
    const auto keys = diagnosticTextKeys();
    return std::find(keys.begin(), keys.end(), diagnosticTextKey(d)) != keys.end();
}

} // namespace

class TestDiagnosticText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanupTestCase() { QLocale::setDefault(QLocale::system()); }

    void everyBadInputHasItsSentence_data()
    {
        QTest::addColumn<int>("row");
        for (int i = 0; i < int(std::size(kBadInputs)); ++i)
            QTest::newRow(kBadInputs[i].name) << i;
    }
    void everyBadInputHasItsSentence()
    {
        QFETCH(int, row);
        const BadInput& input = kBadInputs[row];
        const Catalog catalog = test::fixtureCatalog();
        const std::vector<Diagnostic> all = diagnosticsOf(input, catalog);
        const auto found = std::find_if(all.begin(), all.end(), [&](const Diagnostic& d) {
            return diagnosticTextKey(d) == std::pair<std::string, std::string>(input.code, input.variant);
        });
        QVERIFY2(found != all.end(), all.empty() ? "no diagnostic" : all.front().text().c_str());
        const QString text = diagnosticText(*found);
        QVERIFY(hasSentence(*found));
        QVERIFY(!text.isEmpty());
        QVERIFY2(text != QString::fromStdString(found->message), qPrintable(text));
        QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("%\\d"))), qPrintable(text));
        for (const Diagnostic& d : all) // nothing a bad input causes falls back to English
            QVERIFY2(hasSentence(d), d.text().c_str());
    }

    void everySentenceIsReached()
    {
        const Catalog catalog = test::fixtureCatalog();
        std::set<std::pair<std::string, std::string>> reached;
        for (const BadInput& input : kBadInputs)
            for (const Diagnostic& d : diagnosticsOf(input, catalog))
                reached.insert(diagnosticTextKey(d));
        for (const Diagnostic& d : otherDiagnostics(catalog)) {
            QVERIFY2(hasSentence(d), d.text().c_str());
            reached.insert(diagnosticTextKey(d));
        }
        for (const auto& key : diagnosticTextKeys())
            QVERIFY2(reached.contains(key), (key.first + " / " + key.second).c_str());
    }

    void unknownCodesFallBackToTheMessage()
    {
        const Diagnostic d = Diagnostic::error("future-code", "/x", "an English message");
        QCOMPARE(diagnosticText(d), QStringLiteral("an English message"));
    }

    void numbersFollowTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("English: MFU 1.5, limit 1")
            << QLocale(QLocale::English) << QStringLiteral("MFU must be at most 1; found 1.5.");
        QTest::newRow("German: decimal comma")
            << QLocale(QLocale::German) << QStringLiteral("MFU must be at most 1; found 1,5.");
        QTest::newRow("French: decimal comma")
            << QLocale(QLocale::French) << QStringLiteral("MFU must be at most 1; found 1,5.");
    }
    void numbersFollowTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, expected);
        QLocale::setDefault(locale);
        Scenario s = test::GuiFixture::plan("MFU");
        s.hardware.mfu = 1.5;
        const Estimate e = estimate(s, test::fixtureCatalog());
        QVERIFY(!e.diagnostics.empty());
        QCOMPARE(diagnosticText(e.diagnostics.front()), expected);
    }

    void idsStayVerbatimAndYearsUngrouped()
    {
        QLocale::setDefault(QLocale(QLocale::German));
        Scenario s = test::GuiFixture::plan("FR 2000");
        s.facility.year = 2000;
        const Estimate e = estimate(s, test::fixtureCatalog());
        QVERIFY(!e.diagnostics.empty());
        const QString text = diagnosticText(e.diagnostics.front());
        QVERIFY2(text.contains(QStringLiteral("region FR in 2000:")), qPrintable(text));
    }

    void fieldNamesComeFromTheEditorLabels_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("name");
        QTest::newRow("numeric field") << QStringLiteral("/hardware/mfu") << QStringLiteral("MFU");
        QTest::newRow("in a project") << QStringLiteral("/scenarios/2/hardware/mfu") << QStringLiteral("MFU");
        QTest::newRow("range bound") << QStringLiteral("/hardware/mfu/low") << QStringLiteral("MFU");
        QTest::newRow("text field") << QStringLiteral("/hardware/device") << QStringLiteral("Device");
        QTest::newRow("grid size") << QStringLiteral("/search/grid_sizes/1") << QStringLiteral("Grid size");
        QTest::newRow("unknown key") << QStringLiteral("/hardware/colour") << QStringLiteral("colour");
    }
    void fieldNamesComeFromTheEditorLabels()
    {
        QFETCH(QString, path);
        QFETCH(QString, name);
        QCOMPARE(diagnosticFieldName(path.toStdString()), name);
    }

    void fileLinesNameThePosition()
    {
        const ScenarioFile file = parseScenarioText("{\n  \"format\": ", "cut.json");
        QCOMPARE(file.diagnostics.size(), std::size_t(1));
        const QString line = diagnosticLine(file.diagnostics.front());
        QVERIFY2(line.startsWith(QStringLiteral("cut.json, line 2, column ")), qPrintable(line));
        QVERIFY(line.endsWith(QStringLiteral(": The file is not valid JSON.")));
    }
};

QTEST_MAIN(TestDiagnosticText)
#include "tst_diagnostictext.moc"
