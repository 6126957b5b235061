// SPDX-License-Identifier: GPL-3.0-or-later
#include "displayformat.h"

#include <QTest>

using namespace aicarbon;

class TestDisplayFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbers_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1.56") << QStringLiteral("en_US") << 1.56 << QStringLiteral("1.56");
        QTest::newRow("0.0844") << QStringLiteral("en_US") << 0.0844 << QStringLiteral("0.0844");
        QTest::newRow("12,345 → 12,300") << QStringLiteral("en_US") << 12345.0 << QStringLiteral("12,300");
        QTest::newRow("384") << QStringLiteral("en_US") << 383.78 << QStringLiteral("384");
        QTest::newRow("de decimal comma") << QStringLiteral("de_DE") << 1.56 << QStringLiteral("1,56");
        QTest::newRow("de grouping") << QStringLiteral("de_DE") << 12345.0 << QStringLiteral("12.300");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << 0.0844 << QStringLiteral("0,0844");
    }
    void numbers()
    {
        QFETCH(QString, locale);
        QFETCH(double, value);
        QFETCH(QString, expected);
        const DisplayFormat format(QLocale(locale), MassUnit::Automatic, EnergyUnit::Automatic);
        QCOMPARE(format.number(value), expected);
    }

    void unitsFollowPreferences()
    {
        const QChar nbsp(0x202F);
        const DisplayFormat automatic(QLocale(QStringLiteral("en_US")), MassUnit::Automatic,
                                      EnergyUnit::Automatic);
        QCOMPARE(automatic.mass(Mass::fromKilograms(652.3)),
                 QStringLiteral("652") + nbsp + QStringLiteral("kg"));
        QCOMPARE(automatic.mass(Mass::fromTonnes(552.1)), QStringLiteral("552") + nbsp + QStringLiteral("t"));
        QCOMPARE(automatic.energy(Energy::fromKilowattHours(1507)),
                 QStringLiteral("1.51") + nbsp + QStringLiteral("MWh"));
        const DisplayFormat pounds(QLocale(QStringLiteral("en_US")), MassUnit::Pounds,
                                   EnergyUnit::KilowattHours);
        QCOMPARE(pounds.mass(Mass::fromPounds(1438)), QStringLiteral("1,440") + nbsp + QStringLiteral("lb"));
        QCOMPARE(pounds.energy(Energy::fromKilowattHours(1507)),
                 QStringLiteral("1,510") + nbsp + QStringLiteral("kWh"));
    }

    void changesAndDurations()
    {
        const DisplayFormat f(QLocale(QStringLiteral("en_US")), MassUnit::Automatic, EnergyUnit::Automatic);
        QCOMPARE(f.percentChange(948.1, 100), QStringLiteral("+848.1 %"));
        QCOMPARE(f.percentChange(86.5, 100), QStringLiteral("−13.5 %"));
        QCOMPARE(f.duration(Duration::fromHours(29.3)), QStringLiteral("29.3 h"));
        QCOMPARE(f.duration(Duration::fromHours(79.2)), QStringLiteral("3.30 days")); // days from 72 h
        QCOMPARE(f.duration(Duration::fromDays(14.8)), QStringLiteral("14.8 days"));
        QCOMPARE(f.flops(3.15e23), QStringLiteral("3.15 × 10²³ FLOP"));
    }
};

QTEST_GUILESS_MAIN(TestDisplayFormat)
#include "tst_displayformat.moc"
