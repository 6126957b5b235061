// SPDX-License-Identifier: GPL-3.0-or-later
// Chart helpers: the legend above a chart wraps onto more lines when its entries do not
// fit the width (longer languages), and returns to one line when they do.
#include "chartsupport.h"

#include <QTest>

#include <qcustomplot.h>

using namespace aicarbon;

class TestChartSupport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void legendWrapsToTheWidth_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("oneLine");
        QTest::newRow("wide") << 2400 << true;
        QTest::newRow("narrow") << 320 << false;
    }
    void legendWrapsToTheWidth()
    {
        QFETCH(int, width);
        QFETCH(bool, oneLine);
        QCustomPlot plot;
        plot.setAutoAddPlottableToLegend(true);
        putLegendOnTop(&plot);
        for (const char* name : {"Pelatihan akhir", "Pencarian hiperparameter", "Pengembangan",
                                 "Emisi terkandung (perangkat keras)"}) {
            auto* bars = new QCPBars(plot.xAxis, plot.yAxis);
            bars->setName(QString::fromUtf8(name));
        }
        plot.resize(width, 300);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.replot();
        QCOMPARE(plot.legend->wrap() == 4, oneLine);
        QVERIFY(plot.legend->wrap() >= 1);
        // Every entry is shown, and every line fits the plot's width.
        int entries = 0;
        int widest = 0;
        for (int i = 0; i < plot.legend->elementCount(); ++i) {
            if (QCPLayoutElement* item = plot.legend->elementAt(i)) {
                ++entries;
                widest = std::max(widest, item->outerRect().right());
            }
        }
        QCOMPARE(entries, 4);
        QVERIFY2(widest <= width, qPrintable(QString::number(widest)));
    }
};

QTEST_MAIN(TestChartSupport)
#include "tst_chartsupport.moc"
