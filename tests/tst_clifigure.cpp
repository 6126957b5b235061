// SPDX-License-Identifier: GPL-3.0-or-later
// `aicarbon-cli figure`, run as a process the way users and scripts run it: with no
// display, and with bad arguments.
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSize>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

namespace {

struct Run
{
    int code = -1;
    QString err;
};

/// Width and height from a PNG's IHDR chunk (big-endian, after the 8-byte signature
/// and the chunk's length and type).
QSize pngSize(const QByteArray& png)
{
    if (png.size() < 24 || !png.startsWith("\x89PNG"))
        return {};
    return {int(qFromBigEndian<quint32>(png.constData() + 16)),
            int(qFromBigEndian<quint32>(png.constData() + 20))};
}

QString example(const char* name)
{
    return QStringLiteral(AICARBON_EXAMPLES_DIR "/") + QLatin1StringView(name);
}

} // namespace

class TestCliFigure : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void writesFiguresWithoutADisplay_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QString>("file");
        QTest::newRow("compare as PNG") << "compare"
                                        << "compare.png";
        QTest::newRow("breakdown as PDF") << "breakdown"
                                          << "breakdown.pdf";
        QTest::newRow("regions as SVG") << "regions"
                                        << "regions.svg";
        QTest::newRow("devices as PNG") << "devices"
                                        << "devices.png";
    }
    void writesFiguresWithoutADisplay()
    {
        QFETCH(QString, chart);
        QFETCH(QString, file);
        const QString output = m_dir.filePath(file);
        const Run r =
            run({QStringLiteral("figure"), example("project-regions.json"), QStringLiteral("--chart"), chart,
                 QStringLiteral("--output"), output, QStringLiteral("--dpi"), QStringLiteral("300")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile written(output);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        if (file.endsWith(QLatin1StringView(".png")))
            QCOMPARE(pngSize(bytes), QSize(1051, 709)); // 89 × 60 mm at 300 dpi
        else if (file.endsWith(QLatin1StringView(".pdf")))
            QVERIFY(bytes.startsWith("%PDF"));
        else
            QVERIFY(bytes.contains("<text")
                    && bytes.contains("France")); // the scenario’s own region is always shown
    }

    // The installed CLI's bundle carries the figures, with error bars under --uncertainty.
    void bundleCarriesFigures()
    {
        const QString folder = m_dir.filePath(QStringLiteral("bundle"));
        const Run r =
            run({QStringLiteral("bundle"), example("project-regions.json"), QStringLiteral("--output"),
                 folder, QStringLiteral("--uncertainty"), QStringLiteral("--draws"), QStringLiteral("500")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1StringView("XDG_RUNTIME_DIR")), qPrintable(r.err));
        for (const char* name : {"compare", "breakdown"}) {
            QFile pdf(folder + QStringLiteral("/figures/") + QLatin1StringView(name)
                      + QStringLiteral(".pdf"));
            QVERIFY2(pdf.open(QIODevice::ReadOnly), name);
            QVERIFY(pdf.readAll().startsWith("%PDF"));
            QFile svg(folder + QStringLiteral("/figures/") + QLatin1StringView(name)
                      + QStringLiteral(".svg"));
            QVERIFY2(svg.open(QIODevice::ReadOnly), name);
            QVERIFY(svg.readAll().contains("France"));
        }
        QFile readme(folder + QStringLiteral("/README.txt"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QByteArray text = readme.readAll();
        QVERIFY(text.contains("figures/compare.pdf: figure: total CO2e per scenario"));
        QVERIFY(text.contains("--uncertainty --draws 500 --seed 20191 --output reproduced"));
    }

    void badArgumentsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString out = QStringLiteral("--output=x.png");
        const QString file = example("project-regions.json");
        const QString chart = QStringLiteral("--chart=compare");
        QTest::newRow("no chart") << QStringList {file, out} << 1 << "figure needs --chart";
        QTest::newRow("unknown chart") << QStringList {file, out, QStringLiteral("--chart=pie")} << 1
                                       << "--chart expects compare|breakdown|regions|devices, found 'pie'";
        QTest::newRow("no output") << QStringList {file, chart} << 1 << "figure needs --output";
        QTest::newRow("unknown format") << QStringList {file, chart, QStringLiteral("--output=x.gif")} << 1
                                        << "--output expects a file name ending in .pdf, .svg or .png";
        QTest::newRow("bad size") << QStringList {file, chart, out, QStringLiteral("--size=89mm")} << 1
                                  << "--size expects WIDTHxHEIGHT";
        QTest::newRow("bad palette") << QStringList {file, chart, out, QStringLiteral("--palette=rainbow")}
                                     << 1 << "--palette expects okabe-ito|grayscale|viridis";
        QTest::newRow("bad dpi") << QStringList {file, chart, out, QStringLiteral("--dpi=10")} << 1
                                 << "--dpi expects a whole number from 72 to 2400";
        QTest::newRow("bad unit") << QStringList {file, chart, out, QStringLiteral("--unit=Mt")} << 1
                                  << "--unit expects kg|t|lb|kWh|MWh|h|days";
        QTest::newRow("unknown option")
            << QStringList {file, chart, out, QStringLiteral("--colour")} << 1 << "unknown option '--colour'";
        QTest::newRow("two files") << QStringList {file, file, chart, out} << 1 << "exactly one";
        QTest::newRow("no such scenario")
            << QStringList {file, QStringLiteral("--chart=regions"), out, QStringLiteral("--scenario=9")} << 1
            << "--scenario 9: the file has 4 scenarios";
        QTest::newRow("missing file")
            << QStringList {QStringLiteral("/nonexistent.json"), chart, out} << 2 << "/nonexistent.json";
    }
    void badArgumentsAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = run(QStringList {QStringLiteral("figure")} + arguments);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(QStringLiteral("x.png")));
    }

    void unknownDeviceIsExitThree()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "aicarbon-scenario", "version": 1, "name": "x",
            "workload": {"parameters": 1e9, "tokens": 2e10},
            "hardware": {"device": "nvidia-z9000", "count": 8}, "facility": {"region": "FR"}})");
        file.close();
        const Run r = run({QStringLiteral("figure"), path, QStringLiteral("--chart=compare"),
                           QStringLiteral("--output"), m_dir.filePath(QStringLiteral("bad.png"))});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("nvidia-z9000")), qPrintable(r.err));
    }

    void missingFontIsAWarning()
    {
        const Run r = run({QStringLiteral("figure"), example("project-regions.json"),
                           QStringLiteral("--chart=compare"), QStringLiteral("--font=No Such Font"),
                           QStringLiteral("--output"), m_dir.filePath(QStringLiteral("font.svg"))});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QStringLiteral("warning: font 'No Such Font' is not installed")),
                 qPrintable(r.err));
    }

    void helpNamesEveryOption()
    {
        QProcess process;
        process.start(QStringLiteral(AICARBON_CLI_PATH),
                      {QStringLiteral("figure"), QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        for (const char* option : {"--chart", "--output", "--size", "--dpi", "--font", "--font-size",
                                   "--palette", "--metric", "--unit", "--scenario", "--title", "--legend"})
            QVERIFY2(out.contains(QLatin1StringView(option)), option);
    }

private:
    /// Runs the CLI with no display: DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM unset.
    Run run(const QStringList& arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QLatin1StringView(name));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral(AICARBON_CLI_PATH),
                      arguments
                          + QStringList {QStringLiteral("--catalog"), QStringLiteral(AICARBON_CATALOG_PATH)});
        process.waitForFinished(60000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardError())};
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestCliFigure)
#include "tst_clifigure.moc"
