// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfold.h"

#include <QTest>

using namespace aicarbon;

class TestTextFold : public QObject
{
    Q_OBJECT

private slots:
    void fold_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ascii case") << QStringLiteral("NVIDIA H100") << QStringLiteral("nvidia h100");
        QTest::newRow("Québec") << QStringLiteral("Québec") << QStringLiteral("quebec");
        QTest::newRow("Łódź") << QStringLiteral("Łódź") << QStringLiteral("lodz");
        QTest::newRow("Straße") << QStringLiteral("Straße") << QStringLiteral("strasse");
        QTest::newRow("São Paulo") << QStringLiteral("São Paulo") << QStringLiteral("sao paulo");
        QTest::newRow("Česko") << QStringLiteral("ČESKO") << QStringLiteral("cesko");
        QTest::newRow("CJK kept") << QStringLiteral("中国") << QStringLiteral("中国");
    }
    void fold()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(foldForSearch(input.toStdString())), expected);
    }

    void editDistances()
    {
        QCOMPARE(editDistance("kitten", "sitting"), std::size_t(3));
        QCOMPARE(editDistance("", "abc"), std::size_t(3));
        QCOMPARE(editDistance("h100", "h100"), std::size_t(0));
    }
};

QTEST_APPLESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
