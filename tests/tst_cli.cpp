// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioptions.h"
#include "commands.h"
#include "testhelpers.h"
#include "textfile.h"
#include "units.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sstream>

using namespace aicarbon;
using namespace aicarbon::cli;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_catalog.emplace(test::fixtureCatalog());
        QVERIFY(m_dir.isValid());
        m_catalogFile = m_dir.filePath(QStringLiteral("fixture.sqlite"));
        compileCatalogFile(AICARBON_FIXTURE_DIR, m_catalogFile.toStdString());
    }

    void estimateJsonHasTheContract()
    {
        const Run r = run({"estimate", example("bert-base-strubell-2019.json"), "--format", "json"});
        QCOMPARE(r.code, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("aicarbon-estimate"));
        const QJsonObject s = doc.value(QStringLiteral("scenarios")).toArray().first().toObject();
        QVERIFY(s.contains(QStringLiteral("name")));
        const QJsonObject results = s.value(QStringLiteral("results")).toObject();
        for (const char* key : {"training_flops", "device_hours", "wall_clock_hours", "cost"})
            QVERIFY2(results.contains(QLatin1StringView(key)), key);
        const QJsonObject energy = results.value(QStringLiteral("energy_kwh")).toObject();
        QVERIFY(energy.contains(QStringLiteral("it")));
        AICARBON_COMPARE_REL(energy.value(QStringLiteral("facility")).toDouble(), 1507.0, 0.001);
        const QJsonObject emissions = results.value(QStringLiteral("emissions_kgco2e")).toObject();
        for (const char* key : {"operational", "embodied", "total", "market_based", "search"})
            QVERIFY2(emissions.contains(QLatin1StringView(key)), key);
        AICARBON_COMPARE_REL(emissions.value(QStringLiteral("total")).toDouble(),
                             Mass::fromPounds(1438).kilograms(), 0.001);
        const QJsonObject first = s.value(QStringLiteral("assumptions")).toArray().first().toObject();
        for (const char* key : {"name", "value", "unit", "source"})
            QVERIFY2(first.contains(QLatin1StringView(key)), key);
        QVERIFY(s.value(QStringLiteral("warnings")).isArray());
    }

    void textOutputUsesReadableUnits()
    {
        const Run r = run({"estimate", example("bert-base-strubell-2019.json")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("1.51 MWh")));
        QVERIFY(r.out.contains(QStringLiteral("652 kg")));
        QVERIFY(r.out.contains(QStringLiteral("Assumptions:")));
    }

    // `published`: the fixture's three published runs (Strubell Transformer big, Patterson
    // GPT-3, Llama 2 70B) beside the estimate from their inputs.
    void publishedJson()
    {
        const Run r = run({"published", "--format", "json"});
        QCOMPARE(r.code, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("aicarbon-published"));
        const QJsonArray rows = doc.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 3);
        const QJsonObject gpt3 = rows.at(1).toObject();
        QCOMPARE(gpt3.value(QStringLiteral("id")).toString(), QStringLiteral("patterson-gpt3"));
        QCOMPARE(gpt3.value(QStringLiteral("study_label")).toString(),
                 QStringLiteral("Patterson et al. 2021"));
        QCOMPARE(gpt3.value(QStringLiteral("reported_tco2e")).toDouble(), 552.1);
        // 10,000 × 330 W × 355.2 h × PUE 1.1 × 429 g/kWh.
        AICARBON_COMPARE_REL(gpt3.value(QStringLiteral("estimated_tco2e")).toDouble(),
                             10000 * 0.330 * 355.2 * 1.1 * 0.429 / 1000.0, 1e-9);
        AICARBON_COMPARE_REL(gpt3.value(QStringLiteral("planned_tco2e")).toDouble(),
                             6.0 * 175e9 * 300e9 / (125e12 * 0.40) / 3600.0 * 0.330 * 1.1 * 0.429 / 1000.0,
                             1e-9);
        QVERIFY(rows.at(0).toObject().value(QStringLiteral("planned_tco2e")).isNull());
        QVERIFY(rows.at(2).toObject().value(QStringLiteral("reported_energy_kwh")).isNull());
    }

    void publishedTextAndCsv()
    {
        const Run text = run({"published"});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Patterson et al. 2021")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("+0.2%")),
                 qPrintable(text.out)); // GPT-3: 553.1 t vs 552.1 t
        const Run csv = run({"published", "--format", "csv"});
        QCOMPARE(csv.code, 0);
        const QStringList lines = csv.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.first().startsWith(
            QStringLiteral("id,study,name,device,device_count,reported_energy_kwh")));
        QVERIFY(lines.at(2).startsWith(
            QStringLiteral("patterson-gpt3,patterson-2021,GPT-3,nvidia-v100-sxm2-32gb,10000,1287000,")));
    }

    void publishedRejectsFilesAndOtherFormats_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("a file") << QStringList {QStringLiteral("published"), QStringLiteral("plan.json")}
                                << QStringLiteral("published takes no files");
        QTest::newRow("latex") << QStringList {QStringLiteral("published"), QStringLiteral("--format"),
                                               QStringLiteral("latex")}
                               << QStringLiteral("published writes --format text, json or csv");
    }
    void publishedRejectsFilesAndOtherFormats()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        std::vector<std::string> arguments;
        for (const QString& a : args)
            arguments.push_back(a.toStdString());
        const Run r = run(arguments);
        QCOMPARE(r.code, int(ExitUsage));
        QCOMPARE(r.err, message);
    }

    void compareShowsDeltasAgainstTheFirst()
    {
        const Run r = run({"compare", example("project-regions.json")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("United States")));
        // US 383.78 g/kWh against France 40.48 g/kWh: +848.1%.
        QVERIFY2(r.out.contains(QStringLiteral("(+848.1%)")), qPrintable(r.out));
        const Run csv = run({"compare", example("project-regions.json"), "--format", "csv"});
        QCOMPARE(csv.out.count(QLatin1Char('\n')), 5);
        QVERIFY(csv.out.startsWith(QStringLiteral("name,training_flops,")));
    }

    void uncertaintyJsonAddsIntervals()
    {
        const Run r = run({"estimate", example("project-regions.json"), "--format", "json", "--uncertainty",
                           "--draws", "2000", "--seed", "5"});
        QCOMPARE(r.code, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject s = doc.value(QStringLiteral("scenarios")).toArray().first().toObject();
        const QJsonObject u =
            s.value(QStringLiteral("results")).toObject().value(QStringLiteral("uncertainty")).toObject();
        QCOMPARE(u.value(QStringLiteral("draws")).toInt(), 2000);
        QCOMPARE(u.value(QStringLiteral("seed")).toInt(), 5);
        const QJsonObject total =
            u.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("total_kgco2e")).toObject();
        QVERIFY(total.value(QStringLiteral("p5")).toDouble() < total.value(QStringLiteral("p95")).toDouble());
        QVERIFY(!u.value(QStringLiteral("ranges")).toArray().isEmpty());
        const QJsonObject sensitivity = u.value(QStringLiteral("sensitivity")).toObject();
        QVERIFY(!sensitivity.value(QStringLiteral("tornado")).toArray().isEmpty());
        QVERIFY(!sensitivity.value(QStringLiteral("sobol")).toArray().isEmpty());
    }

    void uncertaintyTextShowsIntervalsAndOverlap()
    {
        const Run e = run({"estimate", example("bert-base-strubell-2019.json"), "--uncertainty"});
        QCOMPARE(e.code, 0);
        QVERIFY2(e.out.contains(QStringLiteral(", 90% interval)")), qPrintable(e.out));
        QVERIFY(!e.err.contains(QStringLiteral("not available")));
        const Run c = run({"compare", example("project-regions.json"), "--uncertainty", "--draws", "2000"});
        QCOMPARE(c.code, 0);
        QVERIFY2(c.out.contains(QStringLiteral("(no overlap)")), qPrintable(c.out));
        QVERIFY(c.out.contains(QStringLiteral("(overlaps)")));
    }

    void compareJsonFlagsOverlap()
    {
        const Run c = run({"compare", example("project-regions.json"), "--format", "json", "--uncertainty",
                           "--draws", "2000"});
        QCOMPARE(c.code, 0);
        const QJsonArray scenarios =
            QJsonDocument::fromJson(c.out.toUtf8()).object().value(QStringLiteral("scenarios")).toArray();
        const auto interval = [&](int i, const char* metric) {
            return scenarios.at(i)[QStringLiteral("results")][QStringLiteral("uncertainty")]
                                  [QStringLiteral("metrics")][QLatin1StringView(metric)];
        };
        const auto uncertainty = [&](int i) {
            return scenarios.at(i)[QStringLiteral("results")][QStringLiteral("uncertainty")].toObject();
        };
        QVERIFY(!uncertainty(0).contains(QStringLiteral("overlaps_first"))); // the reference itself
        int checked = 0;
        for (int i = 1; i < scenarios.size(); ++i) {
            const QJsonObject flags = uncertainty(i).value(QStringLiteral("overlaps_first")).toObject();
            QCOMPARE(flags.size(), 5);
            const double p5 = interval(i, "total_kgco2e")[QStringLiteral("p5")].toDouble();
            const double p95 = interval(i, "total_kgco2e")[QStringLiteral("p95")].toDouble();
            const double firstP5 = interval(0, "total_kgco2e")[QStringLiteral("p5")].toDouble();
            const double firstP95 = interval(0, "total_kgco2e")[QStringLiteral("p95")].toDouble();
            QCOMPARE(flags.value(QStringLiteral("total_kgco2e")).toBool(), p5 <= firstP95 && firstP5 <= p95);
            ++checked;
        }
        QVERIFY(checked >= 2);
    }

    void defaultRangesCanBeSwitchedOff()
    {
        const Run r = run({"estimate", example("project-regions.json"), "--format", "json", "--uncertainty",
                           "--draws", "500", "--no-default-ranges"});
        QCOMPARE(r.code, 0);
        const QJsonObject s = QJsonDocument::fromJson(r.out.toUtf8())
                                  .object()
                                  .value(QStringLiteral("scenarios"))
                                  .toArray()
                                  .first()
                                  .toObject();
        const QJsonObject u = s[QStringLiteral("results")][QStringLiteral("uncertainty")].toObject();
        QVERIFY(u.value(QStringLiteral("ranges")).toArray().isEmpty()); // the plan gives no range itself
        const QJsonObject total = u[QStringLiteral("metrics")][QStringLiteral("total_kgco2e")].toObject();
        QCOMPARE(total.value(QStringLiteral("p5")).toDouble(), total.value(QStringLiteral("p95")).toDouble());
    }

    void csvCarriesIntervalColumns()
    {
        // The plans of project-regions.json leave MFU and power at their defaults: ranged.
        const Run r = run({"estimate", example("project-regions.json"), "--format", "csv", "--uncertainty",
                           "--draws", "2000"});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 2);
        const QStringList header = lines.at(0).split(QLatin1Char(','));
        const QStringList row = lines.at(1).split(QLatin1Char(','));
        QCOMPARE(header.size(), row.size());
        const int total = header.indexOf(QStringLiteral("total_kgco2e"));
        const int p5 = header.indexOf(QStringLiteral("total_kgco2e_p5"));
        const int p95 = header.indexOf(QStringLiteral("total_kgco2e_p95"));
        QVERIFY(total > 0 && p5 > total && p95 == p5 + 1);
        QVERIFY(row.at(p5).toDouble() < row.at(total).toDouble());
        QVERIFY(row.at(total).toDouble() < row.at(p95).toDouble());
        QCOMPARE(row.at(header.indexOf(QStringLiteral("cost_p5"))), QString()); // not priced: empty
    }

    // Unknown values are empty CSV cells, never a misleading 0.
    void csvLeavesUnknownsEmpty()
    {
        const Run r = run({"estimate", example("bert-base-strubell-2019.json"), "--format", "csv"});
        QCOMPARE(r.code, 0);
        const QStringList row = r.out.split(QLatin1Char('\n')).at(1).split(QLatin1Char(','));
        QCOMPARE(row.at(1), QString()); // training_flops: accounting mode without a workload
        QCOMPARE(row.at(13), QString()); // cost: no prices given
        AICARBON_COMPARE_REL(row.at(5).toDouble(), 953.69, 0.001); // IT energy, kWh
    }

    void sweepRanksRegions()
    {
        const Run r =
            run({"sweep", example("llm-7b-plan.json"), "--over", "region", "--top", "3", "--format", "json"});
        QCOMPARE(r.code, 0);
        const QJsonArray rows =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 3);
        // Québec (35 g/kWh) is the cleanest grid in the fixture.
        QCOMPARE(rows.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("CA-QC"));
        double previous = 0.0;
        for (const QJsonValue& row : rows) {
            const double total = row.toObject()[QStringLiteral("result")][QStringLiteral("results")]
                                               [QStringLiteral("emissions_kgco2e")][QStringLiteral("total")]
                                                   .toDouble();
            QVERIFY(total >= previous);
            previous = total;
        }
    }

    void sweepOverDevices()
    {
        const Run r = run({"sweep", example("llm-7b-plan.json"), "--over", "device"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("nvidia-h100-sxm5-80gb")));
    }

    void catalogListings()
    {
        const Run devices = run({"catalog", "devices", "--search", "a100", "--format", "json"});
        QCOMPARE(devices.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(devices.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject a100 = list.first().toObject();
        for (const char* key : {"id", "name", "vendor", "kind", "tdp_w", "peak_tflops"})
            QVERIFY2(a100.contains(QLatin1StringView(key)), key);
        QCOMPARE(a100[QStringLiteral("peak_tflops")][QStringLiteral("bf16")].toDouble(), 312.0);
        const Run regions = run({"catalog", "regions", "--search", "quebec", "--format", "json"});
        const QJsonObject qc = QJsonDocument::fromJson(regions.out.toUtf8()).array().first().toObject();
        QCOMPARE(qc[QStringLiteral("id")].toString(), QStringLiteral("CA-QC"));
        for (const char* key : {"carbon_intensity_g_per_kwh", "year", "source"})
            QVERIFY2(qc.contains(QLatin1StringView(key)), key);
        const Run models = run({"catalog", "models", "--format", "json"});
        const QJsonObject gpt3 = QJsonDocument::fromJson(models.out.toUtf8()).array().first().toObject();
        QCOMPARE(gpt3[QStringLiteral("parameters")].toDouble(), 175e9);
        QCOMPARE(gpt3[QStringLiteral("tokens")].toDouble(), 300e9);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QByteArray bad = R"({"format": "aicarbon-scenario", "version": 1, "hardware": {"count": "x"}})";
        const QByteArray unknown =
            R"({"format": "aicarbon-scenario", "version": 1, "workload": {"tokens": 1e9, "parameters": 1e6},
            "hardware": {"device": "nvidia-h10"}, "facility": {"region": "FR"}})";
        const QByteArray ok =
            R"({"format": "aicarbon-scenario", "version": 1, "workload": {"tokens": 1e9, "parameters": 1e6},
            "hardware": {"device": "nvidia-h100-sxm5-80gb"}, "facility": {"region": "FR"}})";
        QTest::newRow("ok") << QStringList {QStringLiteral("estimate")} << ok << 0 << QString();
        QTest::newRow("validate ok") << QStringList {QStringLiteral("validate")} << ok << 0 << QString();
        QTest::newRow("no command") << QStringList {} << QByteArray() << 1
                                    << QStringLiteral("no command given");
        QTest::newRow("bad option") << QStringList {QStringLiteral("estimate"), QStringLiteral("--fromat")}
                                    << ok << 1 << QStringLiteral("unknown option '--fromat'");
        QTest::newRow("bad format") << QStringList {QStringLiteral("estimate"), QStringLiteral("--format"),
                                                    QStringLiteral("xml")}
                                    << ok << 1
                                    << QStringLiteral("--format expects text, json, csv, latex or markdown");
        QTest::newRow("methods as csv")
            << QStringList {QStringLiteral("methods"), QStringLiteral("--format"), QStringLiteral("csv")}
            << ok << 1 << QStringLiteral("methods writes --format tex or md");
        QTest::newRow("estimate as latex")
            << QStringList {QStringLiteral("estimate"), QStringLiteral("--format"), QStringLiteral("latex")}
            << ok << 1 << QStringLiteral("estimate writes --format text, json or csv");
        QTest::newRow("bundle without folder") << QStringList {QStringLiteral("bundle")} << ok << 1
                                               << QStringLiteral("bundle needs --output FOLDER");
        QTest::newRow("report unknown device")
            << QStringList {QStringLiteral("report")} << unknown << 3 << QStringLiteral("did you mean");
        QTest::newRow("methods bad file")
            << QStringList {QStringLiteral("methods")} << bad << 2 << QStringLiteral("/hardware/count");
        QTest::newRow("bad file") << QStringList {QStringLiteral("estimate")} << bad << 2
                                  << QStringLiteral("/hardware/count: expected a number");
        QTest::newRow("validate bad")
            << QStringList {QStringLiteral("validate")} << bad << 2 << QStringLiteral("/hardware/count");
        QTest::newRow("unknown device") << QStringList {QStringLiteral("estimate")} << unknown << 3
                                        << QStringLiteral("did you mean nvidia-h100-sxm5-80gb");
    }
    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, file);
        QFETCH(int, code);
        QFETCH(QString, message);
        QStringList args = arguments;
        if (!file.isEmpty()) {
            const QString path = m_dir.filePath(QStringLiteral("input.json"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(file);
            f.close();
            args << path;
        }
        QProcess process;
        process.start(QStringLiteral(AICARBON_CLI_PATH),
                      args << QStringLiteral("--catalog") << m_catalogFile);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), code);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(message), qPrintable(err));
    }

    // A bad shipped or user catalog: one line naming the file and what was expected, no SQL.
    void catalogErrors_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("message");
        const QString bad = m_dir.filePath(QStringLiteral("bad.sqlite"));
        const QByteArray text("this is not an SQLite database\n");
        QTest::newRow("shipped catalog not SQLite")
            << QStringList {QStringLiteral("--catalog"), bad} << text
            << bad + QStringLiteral(": not an aicarbon catalog (not an SQLite database)");
        QTest::newRow("shipped catalog missing")
            << QStringList {QStringLiteral("--catalog"), m_dir.filePath(QStringLiteral("none.sqlite"))}
            << QByteArray() << QStringLiteral("none.sqlite: no such file (expected an aicarbon catalog)");
        QTest::newRow("shipped catalog empty")
            << QStringList {QStringLiteral("--catalog"), bad} << QByteArray("")
            << bad + QStringLiteral(": not an aicarbon catalog (it has no meta table)");
        QTest::newRow("user catalog not SQLite")
            << QStringList {QStringLiteral("--catalog"), m_catalogFile, QStringLiteral("--user-catalog"), bad}
            << text << bad + QStringLiteral(": not an aicarbon catalog (not an SQLite database)");
    }
    void catalogErrors()
    {
        QFETCH(QStringList, options);
        QFETCH(QByteArray, contents);
        QFETCH(QString, message);
        QFile bad(m_dir.filePath(QStringLiteral("bad.sqlite")));
        QVERIFY(bad.open(QIODevice::WriteOnly | QIODevice::Truncate));
        bad.write(contents);
        bad.close();
        QProcess process;
        process.start(QStringLiteral(AICARBON_CLI_PATH),
                      QStringList {QStringLiteral("estimate"),
                                   QString::fromStdString(example("bert-base-strubell-2019.json"))}
                          << options);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(message), qPrintable(err));
        QCOMPARE(err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(!err.contains(QStringLiteral(" in: ")) && !err.contains(QStringLiteral("CREATE")),
                 qPrintable(err));
        QVERIFY(QFile::exists(bad.fileName())); // nothing the user named is moved or deleted
        QCOMPARE(bad.size(), qint64(contents.size()));
    }

    void reportWritesEachFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("golden");
        QTest::newRow("latex") << QStringLiteral("latex") << QStringLiteral("table.tex");
        QTest::newRow("markdown") << QStringLiteral("markdown") << QStringLiteral("table.md");
        QTest::newRow("md is markdown") << QStringLiteral("md") << QStringLiteral("table.md");
    }
    void reportWritesEachFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, golden);
        const std::string output = m_dir.filePath(QStringLiteral("table.out")).toStdString();
        const Run r = run({"report", reportProject(), "--format", format.toStdString(), "--output", output});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(readTextFile(output),
                 readTextFile(std::string(AICARBON_REPORT_DIR "/") + golden.toStdString()));
    }

    void reportCsvHasOneLinePerMetric()
    {
        const Run r = run({"report", reportProject(), "--format", "csv"});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 17);
        QCOMPARE(lines.first(),
                 QStringLiteral("key,metric,unit,GPT-3 175B on 10,000 V100,"
                                "BERT base on 64 V100 (Strubell et al. 2019),1B_tuned & 50% #2")
                     .replace(QStringLiteral("GPT-3 175B on 10,000 V100"),
                              QStringLiteral("\"GPT-3 175B on 10,000 V100\"")));
        const Run u = run({"report", reportProject(), "--format", "csv", "--uncertainty", "--draws", "200"});
        QCOMPARE(u.code, 0);
        QVERIFY(u.out.contains(QStringLiteral("\ntotal_co2e_p95,95th percentile,t,")));
    }

    void methodsWritesTextAndBib()
    {
        const std::string tex = m_dir.filePath(QStringLiteral("methods.tex")).toStdString();
        const std::string bib = m_dir.filePath(QStringLiteral("methods.bib")).toStdString();
        const Run r = run({"methods", reportProject(), "--format", "tex", "--bib", bib, "--output", tex});
        QCOMPARE(r.code, 0);
        const QString text = QString::fromStdString(readTextFile(tex));
        const QString entries = QString::fromStdString(readTextFile(bib));
        QVERIFY(text.contains(QStringLiteral("\\cite{kaplan-2020}")));
        QVERIFY(text.contains(QStringLiteral(AICARBON_VERSION)));
        for (const char* key : {"kaplan-2020", "li-2018", "llmcarbon", "owid-ember", "strubell-2019"})
            QVERIFY2(entries.contains(QLatin1Char('{') + QLatin1StringView(key) + QLatin1Char(',')), key);
        const Run md = run({"methods", reportProject()});
        QCOMPARE(md.code, 0);
        QVERIFY(md.out.contains(QStringLiteral("[kaplan-2020]")));
    }

    void bundleWritesTheReproducibilityFolder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("bundle/nested"));
        QProcess process;
        process.start(QStringLiteral(AICARBON_CLI_PATH),
                      {QStringLiteral("bundle"), QString::fromStdString(reportProject()),
                       QStringLiteral("--output"), folder, QStringLiteral("--catalog"), m_catalogFile});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QDir dir(folder);
        const QStringList expected {QStringLiteral("README.txt"),     QStringLiteral("methods.md"),
                                    QStringLiteral("methods.tex"),    QStringLiteral("project.json"),
                                    QStringLiteral("references.bib"), QStringLiteral("table.csv"),
                                    QStringLiteral("table.md"),       QStringLiteral("table.tex")};
        QCOMPARE(dir.entryList(QDir::Files, QDir::Name), expected);
        QCOMPARE(readTextFile(dir.filePath(QStringLiteral("project.json")).toStdString()),
                 readTextFile(reportProject()));
        QCOMPARE(readTextFile(dir.filePath(QStringLiteral("table.tex")).toStdString()),
                 readTextFile(AICARBON_REPORT_DIR "/table.tex"));
        const QString readme =
            QString::fromStdString(readTextFile(dir.filePath(QStringLiteral("README.txt")).toStdString()));
        QVERIFY(readme.contains(QStringLiteral("AI Carbon Planner " AICARBON_VERSION)));
        QVERIFY(readme.contains(QStringLiteral("Catalog data version: test-fixture-1")));
        QVERIFY(readme.contains(QStringLiteral("aicarbon-cli bundle project.json --output reproduced\n")));
    }

    void versionNamesTheDataVersion()
    {
        QProcess process;
        process.start(QStringLiteral(AICARBON_CLI_PATH),
                      {QStringLiteral("--version"), QStringLiteral("--catalog"), m_catalogFile});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(
            QString::fromUtf8(process.readAllStandardOutput()).contains(QStringLiteral("test-fixture-1")));
    }

private:
    static std::string example(const char* name) { return std::string(AICARBON_EXAMPLES_DIR "/") + name; }
    static std::string reportProject() { return AICARBON_REPORT_DIR "/project.json"; }

    /// Runs the command in-process against the fixture catalog.
    Run run(std::vector<std::string> args)
    {
        std::vector<char*> argv {const_cast<char*>("aicarbon-cli")};
        for (std::string& a : args)
            argv.push_back(a.data());
        CliOptions options;
        Run r;
        if (const auto problem = parseOptions(int(argv.size()), argv.data(), options)) {
            r.code = ExitUsage;
            r.err = QString::fromStdString(*problem);
            return r;
        }
        std::ostringstream out;
        std::ostringstream err;
        r.code = runCommand(options, *m_catalog, out, err);
        r.out = QString::fromStdString(out.str());
        r.err = QString::fromStdString(err.str());
        return r;
    }

    std::optional<Catalog> m_catalog;
    QTemporaryDir m_dir;
    QString m_catalogFile;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
