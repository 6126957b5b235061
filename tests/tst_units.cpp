// SPDX-License-Identifier: GPL-3.0-or-later
#include "testhelpers.h"
#include "units.h"

#include <QTest>

using namespace aicarbon;

class TestUnits : public QObject
{
    Q_OBJECT

private slots:
    void conversions_data()
    {
        QTest::addColumn<double>("actual");
        QTest::addColumn<double>("expected");
        QTest::newRow("1 lb = 0.45359237 kg") << Mass::fromPounds(1).kilograms() << 0.45359237;
        QTest::newRow("126,000 lb car lifetime in t") << Mass::fromPounds(126000).tonnes() << 57.15263862;
        QTest::newRow("1 t in kg") << Mass::fromTonnes(1).kilograms() << 1000.0;
        QTest::newRow("0.954 lb/kWh in g/kWh")
            << CarbonIntensity::fromPoundsPerKilowattHour(0.954).gramsPerKilowattHour() << 432.72712098;
        QTest::newRow("14.8 days in h") << Duration::fromDays(14.8).hours() << 355.2;
        QTest::newRow("1 MWh in kWh") << Energy::fromMegawattHours(1).kilowattHours() << 1000.0;
        QTest::newRow("2.5 kW in W") << Power::fromKilowatts(2.5).watts() << 2500.0;
    }
    void conversions()
    {
        QFETCH(double, actual);
        QFETCH(double, expected);
        AICARBON_COMPARE_REL(actual, expected, 1e-9);
    }

    void namedProducts()
    {
        // 300 W for 10 h = 3 kWh; 3 kWh at 400 g/kWh = 1.2 kg.
        const Energy e = energyOver(Power::fromWatts(300), Duration::fromHours(10));
        QCOMPARE(e.kilowattHours(), 3.0);
        QCOMPARE(emissionsOf(e, CarbonIntensity::fromGramsPerKilowattHour(400)).kilograms(), 1.2);
    }

    void arithmeticStaysInKind()
    {
        const Mass total = Mass::fromKilograms(2) + Mass::fromKilograms(3);
        QCOMPARE(total.kilograms(), 5.0);
        QCOMPARE((total * 2.0).kilograms(), 10.0);
        QCOMPARE(total / Mass::fromKilograms(2), 2.5);
        QVERIFY(Mass::fromKilograms(1) < Mass::fromKilograms(2));
    }
};

QTEST_APPLESS_MAIN(TestUnits)
#include "tst_units.moc"
