// SPDX-License-Identifier: GPL-3.0-or-later
// Tables, methods paragraph and bibliography for papers (issue 5, tables and text).
#include "bibliography.h"
#include "csvreader.h"
#include "estimate.h"
#include "methodstext.h"
#include "references.h"
#include "reporttable.h"
#include "reportwriters.h"
#include "scenariofile.h"
#include "testhelpers.h"
#include "texescape.h"
#include "textfile.h"
#include "uncertainty.h"

#include <QRegularExpression>
#include <QTest>

#include <set>

using namespace aicarbon;

namespace {

QString reportFixture(const char* name)
{
    return QStringLiteral(AICARBON_REPORT_DIR "/") + QLatin1StringView(name);
}

QString text(const std::string& s)
{
    return QString::fromStdString(s);
}

/// The keys of every \cite{a,b} in LaTeX text.
QStringList citedKeys(const QString& latex)
{
    QStringList keys;
    static const QRegularExpression cite(QStringLiteral(R"(\\cite\{([^}]*)\})"));
    for (const QRegularExpressionMatch& m : cite.globalMatch(latex))
        keys += m.captured(1).split(QLatin1Char(','));
    return keys;
}

/// Braces balance and never close more than they opened.
bool bracesBalanced(const std::string& s)
{
    int depth = 0;
    for (const char c : s) {
        depth += c == '{' ? 1 : c == '}' ? -1 : 0;
        if (depth < 0)
            return false;
    }
    return depth == 0;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_catalog.emplace(test::fixtureCatalog());
        const ScenarioFile file = readScenarioFile(reportFixture("project.json").toStdString());
        QVERIFY(file.ok());
        m_scenarios = file.scenarios;
        for (const Scenario& s : m_scenarios)
            m_estimates.push_back(estimate(s, *m_catalog));
        QCOMPARE(m_estimates.size(), std::size_t(3));
        for (const Estimate& e : m_estimates)
            QVERIFY2(e.valid(), e.name.c_str());
    }

    void tableMatchesGolden_data()
    {
        QTest::addColumn<QString>("golden");
        QTest::addColumn<bool>("latex");
        QTest::newRow("LaTeX booktabs") << reportFixture("table.tex") << true;
        QTest::newRow("Markdown pipe table") << reportFixture("table.md") << false;
    }
    void tableMatchesGolden()
    {
        QFETCH(QString, golden);
        QFETCH(bool, latex);
        const ReportTable table = reportTable(m_estimates);
        const std::string actual = latex ? tableToLatex(table) : tableToMarkdown(table);
        QCOMPARE(text(actual), text(readTextFile(golden.toStdString())));
    }

    void latexTableHasBooktabsShape()
    {
        const QString latex = text(tableToLatex(reportTable(m_estimates)));
        for (const char* rule : {"\\toprule", "\\midrule", "\\bottomrule", "\\caption{", "\\label{"})
            QCOMPARE(latex.count(QLatin1StringView(rule)), 1);
        QVERIFY(latex.contains(QStringLiteral("\\begin{tabular}{lrrr}")));
        // Every body line has one cell per scenario plus the metric.
        for (const QString& line : latex.split(QLatin1Char('\n'))) {
            if (line.endsWith(QStringLiteral("\\\\")))
                QCOMPARE(line.count(QStringLiteral(" & ")), 3);
        }
    }

    void csvReadsBackExactly()
    {
        const CsvTable csv = parseCsv(tableToCsv(reportTable(m_estimates)), "table.csv");
        QCOMPARE(csv.header.size(), std::size_t(6));
        QCOMPARE(csv.header[5], m_estimates[2].name);
        const auto row = [&](const char* key) {
            for (const CsvRow& r : csv.rows) {
                if (r.cells[0] == key)
                    return r.cells;
            }
            return std::vector<std::string> {};
        };
        for (std::size_t i = 0; i < m_estimates.size(); ++i) {
            const Figures& f = m_estimates[i].figures;
            QCOMPARE(std::stod(row("total_co2e")[3 + i]), f.totalEmissions.kilograms() / 1000.0);
            QCOMPARE(std::stod(row("facility_energy")[3 + i]),
                     f.total.facilityEnergy.kilowattHours() / 1000.0);
            QCOMPARE(std::stod(row("device_hours")[3 + i]), f.finalRun.deviceTime.hours());
        }
        QCOMPARE(row("training_flops")[4], std::string()); // BERT: accounting mode, compute unknown
        QCOMPARE(row("cost")[4], std::string()); // BERT: not priced
        QCOMPARE(row("cost")[2], std::string("USD"));
        QCOMPARE(row("total_co2e")[2], std::string("t"));
    }

    void latexEscapesSpecialCharacters_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("ampersand, percent, hash, underscore")
            << QStringLiteral("1B_tuned & 50% #2") << QStringLiteral(R"(1B\_tuned \& 50\% \#2)");
        QTest::newRow("dollar and braces") << QStringLiteral("$5 {x}") << QStringLiteral(R"(\$5 \{x\})");
        QTest::newRow("tilde, caret, backslash")
            << QStringLiteral(R"(~a^b\c)")
            << QStringLiteral(R"(\textasciitilde{}a\textasciicircum{}b\textbackslash{}c)");
    }
    void latexEscapesSpecialCharacters()
    {
        QFETCH(QString, name);
        QFETCH(QString, escaped);
        std::vector<Estimate> estimates {m_estimates.front()};
        estimates.front().name = name.toStdString();
        const QString latex = text(tableToLatex(reportTable(estimates)));
        QVERIFY2(latex.contains(QStringLiteral("Metric & ") + escaped + QStringLiteral(" \\\\")),
                 qPrintable(latex));
        QVERIFY(bracesBalanced(latex.toStdString()));
        QVERIFY(text(tableToMarkdown(reportTable(estimates))).count(QLatin1Char('\n')) == 18);
    }

    void intervalsAddPercentileRows()
    {
        UncertaintyOptions options;
        options.draws = 200;
        options.sobolSamples = 0;
        std::vector<UncertaintyResult> results;
        for (const Scenario& s : m_scenarios)
            results.push_back(propagate(s, *m_catalog, options));
        ReportTable table = reportTable(m_estimates);
        const std::size_t before = table.rows.size();
        addIntervals(table, results);
        QCOMPARE(table.rows.size(), before + 10);
        const auto at = std::find_if(table.rows.begin(), table.rows.end(),
                                     [](const ReportRow& r) { return r.key == "total_co2e"; });
        QCOMPARE(std::next(at)->key, std::string("total_co2e_p5"));
        QCOMPARE(std::next(at, 2)->key, std::string("total_co2e_p95"));
        for (std::size_t i = 0; i < m_estimates.size(); ++i) {
            const Interval& total = results[i].metric(Metric::TotalEmissionsKg);
            QCOMPARE(*std::next(at)->values[i], total.p5 / 1000.0);
            QCOMPARE(*std::next(at, 2)->values[i], total.p95 / 1000.0);
            QVERIFY(total.p5 <= total.p95); // equal for BERT: every input given, nothing varies
        }
    }

    void methodsNamesEveryAssumption_data()
    {
        QTest::addColumn<bool>("latex");
        QTest::newRow("Markdown") << false;
        QTest::newRow("LaTeX") << true;
    }
    void methodsNamesEveryAssumption()
    {
        QFETCH(bool, latex);
        const TextFormat format = latex ? TextFormat::Latex : TextFormat::Markdown;
        const MethodsText methods = methodsText(m_estimates, m_scenarios, *m_catalog, {format, "9.9.9"});
        const QStringList paragraphs = text(methods.text).split(QStringLiteral("\n\n"));
        QCOMPARE(paragraphs.size(), int(m_estimates.size()) + 1);
        QVERIFY(paragraphs[0].contains(QStringLiteral("9.9.9")));
        QVERIFY(paragraphs[0].contains(QStringLiteral("test-fixture-1")));
        for (std::size_t i = 0; i < m_estimates.size(); ++i) {
            const QString& paragraph = paragraphs[int(i) + 1];
            for (const Assumption& a : m_estimates[i].assumptions) {
                if (a.key == "data_version")
                    continue; // stated once, in the opening paragraph (checked above)
                const std::string shown = a.value ? methodsNumber(*a.value, format)
                    : latex                       ? latexEscape(a.text)
                                                  : markdownEscape(a.text);
                // A number must stand alone: "6" is not found inside "64" or "0.6".
                const QRegularExpression alone(QStringLiteral("(?<![0-9.,])")
                                               + QRegularExpression::escape(text(shown))
                                               + QStringLiteral("(?![0-9]|[.,][0-9])"));
                QVERIFY2(
                    paragraph.contains(alone),
                    qPrintable(QStringLiteral("%1 (%2 = %3) missing from: %4")
                                   .arg(text(m_estimates[i].name), text(a.key), text(shown), paragraph)));
            }
        }
    }

    void methodsStatesSearchEmbodiedAndBasis()
    {
        const QString md = text(methodsText(m_estimates, m_scenarios, *m_catalog, {}).text);
        QVERIFY(md.contains(QStringLiteral("143 trials, Hyperband) [li-2018]")));
        QVERIFY(md.contains(
            QStringLiteral("(gcp:europe-west1 2024, direct emission factors) [google-region-carbon]")));
        QVERIFY(md.contains(QStringLiteral("(US 2024, lifecycle emission factors) [owid-ember]")));
        QVERIFY(md.contains(
            QStringLiteral("Embodied emissions are included: 9.78 kgCO2e per device [llmcarbon]")));
        QCOMPARE(md.count(QStringLiteral("Embodied (manufacturing) emissions are not included.")), 2);
        QVERIFY(md.contains(QStringLiteral("derived as C = k·N·D [kaplan-2020]")));
    }

    void methodsStateTheIntervalsAndHowTheyWereComputed()
    {
        MethodsOptions options(TextFormat::Markdown, "1");
        options.uncertaintyOptions.draws = 2000;
        options.uncertaintyOptions.seed = 7;
        for (const Scenario& s : m_scenarios)
            options.uncertainty.push_back(propagate(s, *m_catalog, options.uncertaintyOptions));
        const MethodsText methods = methodsText(m_estimates, m_scenarios, *m_catalog, options);
        const QString md = text(methods.text);
        QVERIFY2(md.contains(QStringLiteral("Monte Carlo simulation with 2,000 Latin-hypercube draws "
                                            "[mckay-1979] (seed 7)")),
                 qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("Sobol indices [saltelli-2010; jansen-1999]")));
        int stated = 0;
        for (const UncertaintyResult& u : options.uncertainty) {
            if (u.ranges.empty())
                continue;
            const Interval& kg = u.metric(Metric::TotalEmissionsKg);
            const QString interval = text(methodsNumber(kg.p5 / 1000.0, TextFormat::Markdown)) + QChar(0x2013)
                + text(methodsNumber(kg.p95 / 1000.0, TextFormat::Markdown)) + QStringLiteral(" t CO2e");
            QVERIFY2(md.contains(QStringLiteral("The 90% interval of total emissions is ") + interval),
                     qPrintable(interval));
            ++stated;
        }
        QVERIFY(stated >= 1);
        const std::string bib = bibliography(methods.citations, *m_catalog);
        for (const char* key : {"mckay-1979", "saltelli-2010", "jansen-1999"})
            QVERIFY2(bib.find(std::string("{") + key + ",") != std::string::npos, key);
        // Without intervals none of this is said.
        const QString plain = text(methodsText(m_estimates, m_scenarios, *m_catalog, {}).text);
        QVERIFY(!plain.contains(QStringLiteral("Monte Carlo")));
    }

    void bibliographyHasEveryCitedKeyOnce()
    {
        const MethodsText methods =
            methodsText(m_estimates, m_scenarios, *m_catalog, {TextFormat::Latex, "1"});
        const std::string bib = bibliography(methods.citations, *m_catalog);
        QVERIFY(bracesBalanced(bib));
        const std::vector<Reference> entries = parseReferences(bib);
        std::set<std::string> keys;
        for (const Reference& r : entries) {
            QVERIFY2(keys.insert(r.key).second, r.key.c_str());
            QVERIFY(bracesBalanced(r.entry));
            QVERIFY2(r.entry.find("title") != std::string::npos, r.key.c_str());
            QVERIFY2(r.entry.find("year") != std::string::npos, r.key.c_str());
        }
        const QStringList cited = citedKeys(text(methods.text));
        QVERIFY(cited.size() > 10);
        for (const QString& key : cited)
            QVERIFY2(keys.contains(key.toStdString()), qPrintable(key));
        QCOMPARE(keys.size(), std::set<QString>(cited.begin(), cited.end()).size());
    }

    void catalogSourcesBecomeMiscEntries()
    {
        const std::string bib = bibliography({"owid-ember", "no-such-key"}, *m_catalog);
        QVERIFY(bib.find("@misc{owid-ember,") != std::string::npos);
        QVERIFY(bib.find("note = {Licence: CC-BY-4.0}") != std::string::npos);
        QVERIFY(bib.find("\\url{https://ourworldindata.org/grapher/carbon-intensity-electricity}")
                != std::string::npos);
        QVERIFY(bib.find("no-such-key") == std::string::npos);
        // A paper with a catalog row is written from data/references.bib, not as @misc.
        QVERIFY(bibliography({"strubell-2019"}, *m_catalog).find("@inproceedings{strubell-2019,")
                != std::string::npos);
    }

    void builtinReferencesAreWellFormed()
    {
        std::set<std::string> keys;
        for (const Reference& r : builtinReferences()) {
            QVERIFY2(keys.insert(r.key).second, r.key.c_str());
            QVERIFY2(
                QRegularExpression(QStringLiteral("^[a-z]+-[0-9]{4}[a-z]?$")).match(text(r.key)).hasMatch(),
                r.key.c_str());
            QVERIFY2(!r.matches.empty(), r.key.c_str());
            QVERIFY(bracesBalanced(r.entry));
            for (const char* field : {"author", "title", "year"})
                QVERIFY2(r.entry.find(field) != std::string::npos, (r.key + ": " + field).c_str());
        }
        QVERIFY(keys.size() >= 14);
    }

    void citationKeysFromSourceTexts_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("default MFU") << QStringLiteral(
            "Dubey et al. 2024 (Llama 3), Table 4: 38-43% BF16 MFU; range 21.3-46.2% in Chowdhery et al. "
            "2022") << QStringList {QStringLiteral("dubey-2024"), QStringLiteral("chowdhery-2022")};
        QTest::newRow("catalog citation")
            << QStringLiteral("Data on Machine Learning Hardware (Epoch AI, 2026)")
            << QStringList {QStringLiteral("epoch-ml-hardware")};
        QTest::newRow("embodied id prefix")
            << QStringLiteral("llmcarbon, die only") << QStringList {QStringLiteral("llmcarbon")};
        QTest::newRow("given") << QStringLiteral("scenario") << QStringList {};
    }
    void citationKeysFromSourceTexts()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, keys);
        QStringList actual;
        for (const std::string& key : citationKeys(source.toStdString(), *m_catalog))
            actual += text(key);
        QCOMPARE(actual, keys);
    }

private:
    std::optional<Catalog> m_catalog;
    std::vector<Scenario> m_scenarios;
    std::vector<Estimate> m_estimates;
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
