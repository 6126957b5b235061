// SPDX-License-Identifier: GPL-3.0-or-later
// Presentation mode: the application font, fonts set on widgets, the guided explanation
// and the charts' pens and fonts grow by the factor and come back exactly.
#include "compareview.h"
#include "guitesthelpers.h"
#include "presentationmode.h"
#include "walkthroughdialog.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <qcustomplot.h>

using namespace aicarbon;
using test::GuiFixture;

namespace {

constexpr double kFactor = PresentationMode::kFactor;

/// The widths of a plot's drawn plottable pens and axis base pens, in order.
QList<double> penWidths(QCustomPlot* plot)
{
    QList<double> widths;
    for (int i = 0; i < plot->plottableCount(); ++i) {
        if (plot->plottable(i)->pen().style() != Qt::NoPen)
            widths << plot->plottable(i)->pen().widthF();
    }
    for (QCPAxis* axis : plot->axisRect()->axes())
        widths << axis->basePen().widthF();
    return widths;
}

} // namespace

class TestPresentationMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_normal = QApplication::font(); }
    void cleanup() { QCOMPARE(QApplication::font(), m_normal); }

    void toggles()
    {
        PresentationMode mode;
        QSignalSpy spy(&mode, &PresentationMode::changed);
        QVERIFY(!mode.isEnabled());
        QCOMPARE(mode.factor(), 1.0);
        mode.setEnabled(true);
        mode.setEnabled(true); // no change, no signal
        QVERIFY(mode.isEnabled());
        QCOMPARE(mode.factor(), kFactor);
        mode.setEnabled(false);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(0).at(0).toBool(), true);
        QCOMPARE(spy.at(1).at(0).toBool(), false);
    }

    void fontsGrowAndReturn()
    {
        QLabel plain;
        QLabel headline; // a font size of its own, as the results' headline has
        QFont big = headline.font();
        big.setPointSizeF(big.pointSizeF() * 1.8);
        headline.setFont(big);
        const double normalSize = m_normal.pointSizeF();
        PresentationMode mode;
        mode.setEnabled(true);
        QCOMPARE(QApplication::font().pointSizeF(), normalSize * kFactor);
        QCOMPARE(plain.font().pointSizeF(), normalSize * kFactor);
        QCOMPARE(headline.font().pointSizeF(), big.pointSizeF() * kFactor);
        mode.setEnabled(false);
        QCOMPARE(QApplication::font(), m_normal);
        QCOMPARE(plain.font().pointSizeF(), normalSize);
        QCOMPARE(headline.font(), big);
    }

    void tableHeadersAndRowsGrow()
    {
        QStandardItemModel model(3, 2);
        QTableView table;
        table.setModel(&model);
        const double rowHeight = m_normal.pointSizeF() * 2; // a view's own row height, from its font
        table.verticalHeader()->setDefaultSectionSize(int(rowHeight));
        PresentationMode mode;
        mode.setEnabled(true);
        QCOMPARE(table.horizontalHeader()->font().pointSizeF(), m_normal.pointSizeF() * kFactor);
        QCOMPARE(table.verticalHeader()->font().pointSizeF(), m_normal.pointSizeF() * kFactor);
        QCOMPARE(table.verticalHeader()->defaultSectionSize(), qRound(int(rowHeight) * kFactor));
        mode.setEnabled(false);
        QCOMPARE(table.horizontalHeader()->font(), table.font());
        QCOMPARE(table.verticalHeader()->defaultSectionSize(), int(rowHeight));
    }

    void fontMadeWhileOnShrinksBack()
    {
        PresentationMode mode;
        mode.setEnabled(true);
        QLabel label;
        QFont twice = label.font(); // already enlarged
        twice.setPointSizeF(twice.pointSizeF() * 2);
        label.setFont(twice);
        mode.setEnabled(false);
        QCOMPARE(label.font().pointSizeF(), m_normal.pointSizeF() * 2);
    }

    void offWhenDestroyed()
    {
        {
            PresentationMode mode;
            mode.setEnabled(true);
        }
        QCOMPARE(QApplication::font(), m_normal);
    }

    void walkthroughFollows()
    {
        GuiFixture fx;
        fx.document.setProject(QStringLiteral("P"), {GuiFixture::plan("France")});
        WalkthroughDialog dialog(fx.context);
        auto* title = dialog.findChild<QLabel*>(QStringLiteral("walkthrough.title"));
        const double normalTitle = title->font().pointSizeF();
        QCOMPARE(normalTitle, m_normal.pointSizeF() * 2.0);
        PresentationMode mode;
        mode.setEnabled(true);
        QCOMPARE(title->font().pointSizeF(), normalTitle * kFactor);
        mode.setEnabled(false);
        QCOMPARE(title->font().pointSizeF(), normalTitle);
    }

    // --- charts ---------------------------------------------------------------------------

    void chartPensAndFonts_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("width");
        QTest::newRow("graph, 2 px") << QStringLiteral("graph") << 2.0;
        QTest::newRow("bar outline, 1 px") << QStringLiteral("bars") << 1.0;
        QTest::newRow("error bars, 1 px") << QStringLiteral("errorBars") << 1.0;
        QTest::newRow("cosmetic pen (0) counts as 1 px") << QStringLiteral("graph") << 0.0;
    }
    void chartPensAndFonts()
    {
        QFETCH(QString, kind);
        QFETCH(double, width);
        QCustomPlot plot;
        QCPAbstractPlottable* plottable = nullptr;
        if (kind == QLatin1String("graph"))
            plottable = plot.addGraph();
        else if (kind == QLatin1String("bars"))
            plottable = new QCPBars(plot.xAxis, plot.yAxis);
        else
            plottable = new QCPErrorBars(plot.xAxis, plot.yAxis);
        const QPen own(Qt::darkRed, width);
        plottable->setPen(own);
        auto* label = new QCPItemText(&plot);
        const QFont tickFont = plot.xAxis->tickLabelFont();
        const QFont labelFont = label->font();
        const QPen basePen = plot.yAxis->basePen();

        PresentationMode mode;
        QSignalSpy spy(&mode, &PresentationMode::changed);
        mode.follow(&plot);
        mode.setEnabled(true); // replots the plot
        QCOMPARE(spy.count(), 1);
        QCOMPARE(plottable->pen().widthF(), std::max(width, 1.0) * kFactor);
        QCOMPARE(plottable->pen().color(), own.color());
        QCOMPARE(plot.yAxis->basePen().widthF(), std::max(basePen.widthF(), 1.0) * kFactor);
        QCOMPARE(plot.xAxis->tickLabelFont().pointSizeF(), tickFont.pointSizeF() * kFactor);
        QCOMPARE(label->font().pointSizeF(), labelFont.pointSizeF() * kFactor);

        mode.setEnabled(false);
        QCOMPARE(plottable->pen(), own);
        QCOMPARE(plot.yAxis->basePen(), basePen);
        QCOMPARE(plot.xAxis->tickLabelFont(), tickFont);
        QCOMPARE(label->font(), labelFont);
    }

    void restyleWhileOnIsTheViewsOwn()
    {
        QCustomPlot plot;
        QCPGraph* graph = plot.addGraph();
        PresentationMode mode;
        mode.follow(&plot);
        mode.setEnabled(true);
        graph->setPen(QPen(Qt::blue, 4)); // a palette change restyles the chart
        plot.replot();
        QCOMPARE(graph->pen().widthF(), 4 * kFactor);
        mode.setEnabled(false);
        QCOMPARE(graph->pen(), QPen(Qt::blue, 4));
    }

    void compareViewFollows()
    {
        GuiFixture fx;
        fx.document.setProject(QStringLiteral("P"),
                               {GuiFixture::plan("France"), GuiFixture::plan("Poland", "PL")});
        PresentationMode mode;
        fx.context.presentation = &mode;
        CompareView view(fx.context);
        view.resize(1000, 700);
        view.replotAll();
        auto* bars = view.findChild<QCustomPlot*>(QStringLiteral("barChart"));
        QVERIFY(bars);
        const QList<double> normal = penWidths(bars);
        QVERIFY(!normal.isEmpty());
        mode.setEnabled(true);
        const QList<double> large = penWidths(bars);
        QCOMPARE(large.size(), normal.size());
        for (qsizetype i = 0; i < normal.size(); ++i)
            QCOMPARE(large.at(i), std::max(normal.at(i), 1.0) * kFactor);
        mode.setEnabled(false);
        QCOMPARE(penWidths(bars), normal);
    }

    // The comparison table's columns fit the larger type (no clipped scenario names) and
    // shrink back with it.
    void compareTableColumnsFitTheType()
    {
        GuiFixture fx;
        fx.document.setProject(QStringLiteral("P"),
                               {GuiFixture::plan("France"), GuiFixture::plan("Poland", "PL")});
        PresentationMode mode;
        fx.context.presentation = &mode;
        CompareView view(fx.context);
        view.resize(1000, 700);
        auto* table = view.findChild<QTableView*>(QStringLiteral("comparisonTable"));
        QVERIFY(table);
        const int normal = table->columnWidth(0);
        mode.setEnabled(true);
        QVERIFY2(table->columnWidth(0) > normal * 1.3, qPrintable(QString::number(table->columnWidth(0))));
        mode.setEnabled(false);
        QCOMPARE(table->columnWidth(0), normal);
    }

private:
    QFont m_normal;
};

QTEST_MAIN(TestPresentationMode)
#include "tst_presentationmode.moc"
