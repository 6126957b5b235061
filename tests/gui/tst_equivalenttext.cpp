// SPDX-License-Identifier: GPL-3.0-or-later
#include "equivalenttext.h"

#include <QFile>
#include <QTest>

using namespace aicarbon;

class TestEquivalentText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyShippedEquivalentIsTranslatable()
    {
        QFile csv(QStringLiteral(AICARBON_DATA_DIR "/equivalents.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly | QIODevice::Text));
        csv.readLine(); // header
        int rows = 0;
        while (!csv.atEnd()) {
            const QByteArray id = csv.readLine().split(',').front().trimmed();
            if (id.isEmpty())
                continue;
            QVERIFY2(isKnownEquivalent(id.toStdString()), id.constData());
            ++rows;
        }
        QCOMPARE(rows, 7);
    }

    void userEquivalentsKeepTheirTexts()
    {
        EquivalentValue own {"my_bike", "My bike, per km", "km ridden", "me", 3.0};
        QCOMPARE(equivalentName(own), QStringLiteral("My bike, per km"));
        QCOMPARE(equivalentUnit(own), QStringLiteral("km ridden"));
        const EquivalentValue tree {"tree_month", "Tree, CO2 sequestered in one month", "tree-month", "x",
                                    1.0};
        QCOMPARE(equivalentName(tree), QStringLiteral("Tree, CO2 sequestered in one month"));
        QCOMPARE(equivalentUnit(tree), QStringLiteral("tree-month"));
    }
};

QTEST_MAIN(TestEquivalentText)
#include "tst_equivalenttext.moc"
