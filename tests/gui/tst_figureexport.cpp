// SPDX-License-Identifier: GPL-3.0-or-later
#include "compareview.h"
#include "figurebuilder.h"
#include "figuredata.h"
#include "figuredialog.h"
#include "figureexport.h"
#include "guitesthelpers.h"
#include "whatifview.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

#include <qcustomplot.h>

#include <algorithm>

using namespace aicarbon;

namespace {

/// The texts of every <text> element of an SVG, and the font size of each in points on
/// paper (font-size in viewBox units × mm per unit, from width="…mm").
struct SvgTexts
{
    QStringList texts;
    std::vector<double> points;
    QString width;
};

SvgTexts readSvg(const QByteArray& svg)
{
    SvgTexts result;
    QXmlStreamReader xml(svg);
    double mmPerUnit = 0.0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == QLatin1StringView("svg")) {
            result.width = a.value(QStringLiteral("width")).toString();
            const QStringList box = a.value(QStringLiteral("viewBox")).toString().split(QLatin1Char(' '));
            mmPerUnit = QStringView(result.width).chopped(2).toDouble() / box.value(2).toDouble();
        } else if (xml.name() == QLatin1StringView("text")) {
            result.points.push_back(a.value(QStringLiteral("font-size")).toDouble() * mmPerUnit / 25.4
                                    * 72.0);
            result.texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    return result;
}

/// pdftotext's output of a PDF (with -bbox: words with their boxes, in points).
QString pdfToText(const QByteArray& pdf, const QString& dir, bool boxes = false)
{
    const QString path = dir + QStringLiteral("/figure.pdf");
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(pdf);
    file.close();
    QProcess process;
    QStringList arguments {path, QStringLiteral("-")};
    if (boxes)
        arguments.prepend(QStringLiteral("-bbox"));
    process.start(QStringLiteral("pdftotext"), arguments);
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The median height of the words pdftotext boxes, points.
double medianWordHeight(const QString& bbox)
{
    static const QRegularExpression word(
        QStringLiteral(R"re(yMin="([0-9.]+)" xMax="[0-9.]+" yMax="([0-9.]+)")re"));
    std::vector<double> heights;
    for (const QRegularExpressionMatch& m : word.globalMatch(bbox))
        heights.push_back(m.captured(2).toDouble() - m.captured(1).toDouble());
    if (heights.empty())
        return 0.0;
    std::nth_element(heights.begin(), heights.begin() + qsizetype(heights.size() / 2), heights.end());
    return heights[heights.size() / 2];
}

bool havePdfToText()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

} // namespace

class TestFigureExport : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<test::GuiFixture>();
        using F = test::GuiFixture;
        m_fixture->document.setProject(
            QStringLiteral("Figures"),
            {F::plan("Alpha", "FR"), F::plan("Beta", "BE"), F::plan("Gamma", "US")});
        QVERIFY(m_dir.isValid());
    }
    void cleanup() { m_fixture.reset(); }

    void sizesParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("height");
        QTest::newRow("millimetres") << "89x60mm" << 89.0 << 60.0;
        QTest::newRow("inches") << "3.5x2.5in" << 88.9 << 63.5;
        QTest::newRow("decimals and spaces") << " 120.5 x 80 mm " << 120.5 << 80.0;
        QTest::newRow("single column") << "single" << 89.0 << 60.0;
        QTest::newRow("1.5 column") << "1.5" << 120.0 << 80.0;
        QTest::newRow("double column") << "double" << 183.0 << 100.0;
        QTest::newRow("slide 16:9") << "slide" << 254.0 << 142.875;
        QTest::newRow("no unit") << "89x60" << -1.0 << -1.0;
        QTest::newRow("centimetres") << "8.9x6cm" << -1.0 << -1.0;
        QTest::newRow("too small") << "5x5mm" << -1.0 << -1.0;
        QTest::newRow("one number") << "89mm" << -1.0 << -1.0;
    }
    void sizesParse()
    {
        QFETCH(QString, text);
        QFETCH(double, width);
        QFETCH(double, height);
        QString error;
        const auto size = parseFigureSize(text, &error);
        QCOMPARE(size.has_value(), width > 0);
        if (!size) {
            QVERIFY(error.contains(QStringLiteral("--size expects")));
            return;
        }
        QCOMPARE(size->widthMm, width);
        QCOMPARE(size->heightMm, height);
    }

    void pngHasSizeTimesDpi_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<int>("dpi");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("single column at 600 dpi") << "89x60mm" << 600 << 2102 << 1417;
        QTest::newRow("3.5 x 2.5 in at 300 dpi") << "3.5x2.5in" << 300 << 1050 << 750;
        QTest::newRow("double column at 150 dpi") << "double" << 150 << 1081 << 591;
    }
    void pngHasSizeTimesDpi()
    {
        QFETCH(QString, size);
        QFETCH(int, dpi);
        QFETCH(int, width);
        QFETCH(int, height);
        FigureSpec spec;
        spec.size = *parseFigureSize(size);
        spec.dpi = dpi;
        const QImage image = QImage::fromData(figurePng(figure(spec)), "png");
        QCOMPARE(image.size(), QSize(width, height));
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi);
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
    }

    void vectorFormatsKeepText_data()
    {
        QTest::addColumn<FigureChart>("chart");
        QTest::addColumn<QStringList>("texts");
        const QStringList names {QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma")};
        QTest::newRow("compare") << FigureChart::Compare
                                 << names + QStringList {QStringLiteral("Emissions (kg CO₂e)")};
        QTest::newRow("breakdown") << FigureChart::Breakdown
                                   << names
                + QStringList {QStringLiteral("Emissions (kg CO₂e)"), QStringLiteral("Final run")};
        QTest::newRow("regions") << FigureChart::Regions
                                 << QStringList {QStringLiteral("France"), QStringLiteral("Belgium"),
                                                 QStringLiteral("Emissions if run there (kg CO₂e)")};
        QTest::newRow("devices") << FigureChart::Devices
                                 << QStringList {QStringLiteral("Wall-clock time (days)"),
                                                 QStringLiteral("Total emissions (kg CO₂e)"),
                                                 QStringLiteral("Pareto front")};
    }
    void vectorFormatsKeepText()
    {
        QFETCH(FigureChart, chart);
        QFETCH(QStringList, texts);
        FigureSpec spec;
        spec.chart = chart;
        const Figure f = figure(spec);
        const SvgTexts svg = readSvg(figureSvg(f));
        const QString svgText = svg.texts.join(QLatin1Char('\n'));
        for (const QString& text : texts)
            QVERIFY2(svgText.contains(text),
                     qPrintable(text + QStringLiteral(" not in the SVG: ") + svgText));
        if (!havePdfToText())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString pdfText = pdfToText(figurePdf(f), m_dir.path()).simplified();
        for (const QString& text : texts)
            QVERIFY2(pdfText.contains(text),
                     qPrintable(text + QStringLiteral(" not in the PDF: ") + pdfText));
    }

    void svgIsSizedInMillimetresWithFontsInPoints_data()
    {
        QTest::addColumn<double>("points");
        QTest::newRow("8 pt") << 8.0;
        QTest::newRow("10 pt") << 10.0;
    }
    void svgIsSizedInMillimetresWithFontsInPoints()
    {
        QFETCH(double, points);
        FigureSpec spec;
        spec.fontPoints = points;
        const SvgTexts svg = readSvg(figureSvg(figure(spec)));
        QCOMPARE(svg.width, QStringLiteral("89mm"));
        QVERIFY(!svg.points.empty());
        for (const double size : svg.points)
            AICARBON_COMPARE_REL(size, points, 0.01);
    }

    void pdfTextIsSizedInPoints_data()
    {
        QTest::addColumn<double>("points");
        QTest::newRow("8 pt") << 8.0;
        QTest::newRow("12 pt") << 12.0;
    }
    void pdfTextIsSizedInPoints()
    {
        QFETCH(double, points);
        if (!havePdfToText())
            QSKIP("pdftotext (poppler-utils) is not installed");
        FigureSpec spec;
        spec.fontPoints = points;
        const QString bbox = pdfToText(figurePdf(figure(spec)), m_dir.path(), true);
        QVERIFY2(bbox.contains(QStringLiteral("<page width=\"252")), qPrintable(bbox.left(400)));
        // pdftotext boxes a word from the font's descent to its ascent: 1.164 em for DejaVu Sans.
        AICARBON_COMPARE_REL(medianWordHeight(bbox), points * 1.164, 0.02);
    }

    void scenarioColoursFollowTheirSlots_data()
    {
        QTest::addColumn<PaletteKind>("palette");
        QTest::newRow("Okabe–Ito") << PaletteKind::OkabeIto;
        QTest::newRow("viridis") << PaletteKind::Viridis;
        QTest::newRow("grayscale") << PaletteKind::Grayscale;
    }
    void scenarioColoursFollowTheirSlots()
    {
        QFETCH(PaletteKind, palette);
        FigureSpec spec;
        spec.palette = palette;
        const Figure f = figure(spec);
        QCOMPARE(f.plot()->plottableCount(), 3);
        for (int i = 0; i < 3; ++i) {
            const auto* bars = qobject_cast<QCPBars*>(f.plot()->plottable(i));
            QCOMPARE(bars->name(), QString::fromStdString(m_fixture->document.scenario(i).name));
            QCOMPARE(bars->brush(), scenarioBrush(m_fixture->document.colorSlot(i), palette));
        }
    }

    void intervalsBecomeErrorBars_data()
    {
        QTest::addColumn<FigureChart>("chart");
        QTest::newRow("compare") << FigureChart::Compare;
        QTest::newRow("breakdown") << FigureChart::Breakdown;
    }
    void intervalsBecomeErrorBars()
    {
        QFETCH(FigureChart, chart);
        FigureSpec spec = figureSpecFor(chart, PaletteKind::OkabeIto);
        spec.unit = QStringLiteral("kg");
        FigureData data = figureData(m_fixture->document, spec);
        UncertaintyOptions options;
        options.draws = 1000;
        options.sobolSamples = 0;
        std::vector<UncertaintyResult> results;
        for (const Scenario& s : m_fixture->document.scenarios())
            results.push_back(propagate(s, m_fixture->catalog, options));
        // The second scenario has no interval: it gets no error bar.
        setFigureIntervals(data, {&results[0], nullptr, &results[2]});
        const Figure f(data, spec);
        QList<QCPItemLine*> whiskers;
        for (int i = 0; i < f.plot()->itemCount(); ++i) {
            if (auto* line = qobject_cast<QCPItemLine*>(f.plot()->item(i)))
                whiskers << line;
        }
        QCOMPARE(whiskers.size(), 2);
        for (const auto& [whisker, r] :
             {std::pair {whiskers[0], &results[0]}, std::pair {whiskers[1], &results[2]}}) {
            const Interval& kg = r->metric(Metric::TotalEmissionsKg);
            QVERIFY(kg.p5 < kg.p95);
            QCOMPARE(whisker->start->value(), kg.p5);
            QCOMPARE(whisker->end->value(), kg.p95);
        }
        QCOMPARE(whiskers[1]->start->key(), 2.0);
        // The value axis reaches above the highest p95.
        QVERIFY(f.plot()->yAxis->range().upper > results[2].metric(Metric::TotalEmissionsKg).p95);
    }

    void grayscaleKeepsFiveScenariosApart()
    {
        QSet<QString> looks;
        for (int slot = 0; slot < 5; ++slot) {
            const QBrush brush = scenarioBrush(slot, PaletteKind::Grayscale);
            QCOMPARE(brush.color().hslSaturation(), 0);
            looks.insert(QStringLiteral("%1/%2").arg(brush.color().lightness()).arg(int(brush.style())));
        }
        QCOMPARE(looks.size(), 5);
    }

    void dialogPreviewIsWhatItExports()
    {
        FigureSpec preset;
        preset.chart = FigureChart::Breakdown;
        preset.dpi = 96;
        FigureDialog dialog(m_fixture->context, preset);
        QCOMPARE(dialog.spec().chart, FigureChart::Breakdown);
        const Figure f = figure(dialog.spec());
        QCOMPARE(dialog.previewImage().deviceIndependentSize().toSize(), f.pixelSize(f.deviceDpi()));
        const QString path = m_dir.filePath(QStringLiteral("preview.png"));
        QVERIFY(dialog.exportTo(path, true));
        const QImage exported(path);
        QCOMPARE(exported.size(), f.pixelSize(96)); // the preview's resolution
        QCOMPARE(exported.convertToFormat(QImage::Format_RGB32),
                 dialog.previewImage().convertToFormat(QImage::Format_RGB32));
    }

    void dialogPreviewFollowsTheSize()
    {
        FigureDialog dialog(m_fixture->context, FigureSpec {});
        const QSize single = dialog.previewImage().size();
        auto* preset = dialog.findChild<QComboBox*>(QStringLiteral("sizePreset"));
        preset->setCurrentIndex(2); // double column, 183 × 100 mm
        QCOMPARE(dialog.spec().size.widthMm, 183.0);
        const QSize wide = dialog.previewImage().size();
        AICARBON_COMPARE_REL(double(wide.width()) / single.width(), 183.0 / 89.0, 0.01);
        AICARBON_COMPARE_REL(double(wide.width()) / wide.height(), 183.0 / 100.0, 0.01);
    }

    void dialogEditsCustomSizesInInches()
    {
        FigureDialog dialog(m_fixture->context, FigureSpec {});
        dialog.findChild<QComboBox*>(QStringLiteral("sizePreset"))->setCurrentIndex(4); // custom
        auto* width = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("width"));
        dialog.findChild<QComboBox*>(QStringLiteral("lengthUnit"))->setCurrentIndex(1); // in
        QCOMPARE(width->value(), 3.5); // 89 mm shown in inches, rounded to 0.01
        QCOMPARE(dialog.spec().size.widthMm, 89.0); // unchanged by the unit
        width->setValue(7.0);
        QCOMPARE(dialog.spec().size.widthMm, 177.8);
        const QImage preview = dialog.previewImage();
        AICARBON_COMPARE_REL(preview.deviceIndependentSize().width(), 177.8 / 25.4 * 96, 0.005);
    }

    void liveChartsOfferExportFigure()
    {
        CompareView compare(m_fixture->context);
        WhatIfView whatIf(m_fixture->context);
        QCOMPARE(compare.findChild<QCustomPlot*>(QStringLiteral("barChart"))->contextMenuPolicy(),
                 Qt::CustomContextMenu);
        QCOMPARE(compare.findChild<QCustomPlot*>(QStringLiteral("scatterChart"))->contextMenuPolicy(),
                 Qt::DefaultContextMenu); // no figure kind for the scatter yet
        for (const QString& name : {QStringLiteral("regionChart"), QStringLiteral("deviceChart")})
            QCOMPARE(whatIf.findChild<QCustomPlot*>(name)->contextMenuPolicy(), Qt::CustomContextMenu);
    }

private:
    Figure figure(const FigureSpec& spec) const
    {
        return Figure(figureData(m_fixture->document, spec), spec);
    }

    std::unique_ptr<test::GuiFixture> m_fixture;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestFigureExport)
#include "tst_figureexport.moc"
