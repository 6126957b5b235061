// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "languages.h"
#include "preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace aicarbon;

namespace {

QComboBox* combo(const QDialog& dialog, const char* name)
{
    return dialog.findChild<QComboBox*>(QString::fromLatin1(name));
}

QLineEdit* edit(const QDialog& dialog, const char* name)
{
    return dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
}

QPushButton* okButton(const QDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

void choose(QComboBox* box, int data)
{
    box->setCurrentIndex(box->findData(data));
}

} // namespace

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    }

    void showsTheCurrentSettings()
    {
        m_settings->setMassUnit(MassUnit::Pounds);
        m_settings->setPalette(PaletteKind::Grayscale);
        m_settings->setDefaultMfu(0.35);
        PreferencesDialog dialog(m_settings.get());
        QCOMPARE(combo(dialog, "massUnit")->currentData().toInt(), int(MassUnit::Pounds));
        QCOMPARE(combo(dialog, "energyUnit")->currentData().toInt(), int(EnergyUnit::Automatic));
        QCOMPARE(combo(dialog, "palette")->currentData().toInt(), int(PaletteKind::Grayscale));
        QCOMPARE(edit(dialog, "defaultMfu")->text(), QStringLiteral("0.35"));
        QVERIFY(edit(dialog, "defaultPue")->text().isEmpty());
        QVERIFY(edit(dialog, "defaultMfu")->placeholderText().contains(QStringLiteral("0.4")));
        QCOMPARE(combo(dialog, "language")->currentData().toString(), Languages::current());
    }

    void writesTheChoicesOnOk_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("mfu");
        QTest::addColumn<QString>("pue");
        QTest::addColumn<double>("expectedMfu");
        QTest::addColumn<double>("expectedPue");
        QTest::newRow("t, MWh, Tol, MFU 0.35, PUE 1.2")
            << QLocale(QLocale::English) << QStringLiteral("0.35") << QStringLiteral("1.2") << 0.35 << 1.2;
        QTest::newRow("German decimal comma: 0,35 and 1,2")
            << QLocale(QLocale::German) << QStringLiteral("0,35") << QStringLiteral("1,2") << 0.35 << 1.2;
        QTest::newRow("German locale, typed with a point")
            << QLocale(QLocale::German) << QStringLiteral("0.5") << QStringLiteral("1.1") << 0.5 << 1.1;
        QTest::newRow("MFU 1 and PUE 1, the bounds")
            << QLocale(QLocale::English) << QStringLiteral("1") << QStringLiteral("1") << 1.0 << 1.0;
    }
    void writesTheChoicesOnOk()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, mfu);
        QFETCH(QString, pue);
        QFETCH(double, expectedMfu);
        QFETCH(double, expectedPue);
        QLocale::setDefault(locale);
        PreferencesDialog dialog(m_settings.get());
        QSignalSpy changed(m_settings.get(), &AppSettings::changed);
        choose(combo(dialog, "massUnit"), int(MassUnit::Tonnes));
        choose(combo(dialog, "energyUnit"), int(EnergyUnit::MegawattHours));
        choose(combo(dialog, "palette"), int(PaletteKind::TolBright));
        edit(dialog, "defaultMfu")->setText(mfu);
        edit(dialog, "defaultPue")->setText(pue);
        QCOMPARE(changed.count(), 0); // nothing applies before OK
        QVERIFY(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(changed.count() >= 5);
        QCOMPARE(m_settings->massUnit(), MassUnit::Tonnes);
        QCOMPARE(m_settings->energyUnit(), EnergyUnit::MegawattHours);
        QCOMPARE(m_settings->palette(), PaletteKind::TolBright);
        QCOMPARE(m_settings->defaultMfu(), std::optional<double>(expectedMfu));
        QCOMPARE(m_settings->defaultPue(), std::optional<double>(expectedPue));
        QVERIFY(m_settings->language().isEmpty()); // untouched: still follows the system
    }

    void emptyDefaultsLeaveTheEngineDefaults()
    {
        m_settings->setDefaultMfu(0.3);
        m_settings->setDefaultPue(1.4);
        PreferencesDialog dialog(m_settings.get());
        QSignalSpy changed(m_settings.get(), &AppSettings::changed);
        edit(dialog, "defaultMfu")->clear();
        edit(dialog, "defaultPue")->clear();
        dialog.accept();
        QCOMPARE(changed.count(), 2);
        QVERIFY(!m_settings->defaultMfu());
        QVERIFY(!m_settings->defaultPue());
    }

    void refusesInvalidDefaults_data()
    {
        QTest::addColumn<QString>("mfu");
        QTest::addColumn<QString>("pue");
        QTest::addColumn<QString>("message");
        QTest::newRow("MFU 1.5") << QStringLiteral("1.5") << QString() << QStringLiteral("defaultMfuMessage");
        QTest::newRow("MFU 0") << QStringLiteral("0") << QString() << QStringLiteral("defaultMfuMessage");
        QTest::newRow("MFU not a number")
            << QStringLiteral("high") << QString() << QStringLiteral("defaultMfuMessage");
        QTest::newRow("PUE 0.9") << QString() << QStringLiteral("0.9") << QStringLiteral("defaultPueMessage");
    }
    void refusesInvalidDefaults()
    {
        QFETCH(QString, mfu);
        QFETCH(QString, pue);
        QFETCH(QString, message);
        m_settings->setDefaultMfu(0.3);
        PreferencesDialog dialog(m_settings.get());
        QSignalSpy changed(m_settings.get(), &AppSettings::changed);
        choose(combo(dialog, "massUnit"), int(MassUnit::Pounds));
        edit(dialog, "defaultMfu")->setText(mfu);
        edit(dialog, "defaultPue")->setText(pue);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(!dialog.findChild<QLabel*>(message)->isHidden());
        dialog.accept(); // e.g. Return pressed: refused, nothing written
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(m_settings->defaultMfu(), std::optional<double>(0.3));
        QCOMPARE(m_settings->massUnit(), MassUnit::Automatic);
        edit(dialog, "defaultMfu")->setText(QStringLiteral("0.4"));
        edit(dialog, "defaultPue")->clear();
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(dialog.findChild<QLabel*>(message)->isHidden());
    }

    void paletteChoicesShowSwatches()
    {
        PreferencesDialog dialog(m_settings.get());
        QComboBox* palette = combo(dialog, "palette");
        QCOMPARE(palette->count(), 3);
        for (int i = 0; i < palette->count(); ++i)
            QVERIFY(!palette->itemIcon(i).isNull());
        QVERIFY(palette->itemText(0).contains(QStringLiteral("Okabe")));
        QCOMPARE(palette->itemData(0).toInt(), int(PaletteKind::OkabeIto));
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("palettePreview"))->pixmap().isNull());
    }

    void languagesAreExactlyTheShippedOnesByNativeName()
    {
        PreferencesDialog dialog(m_settings.get());
        QComboBox* language = combo(dialog, "language");
        const QList<Language> shipped = Languages::available();
        QCOMPARE(language->count(), shipped.size());
        for (int i = 0; i < language->count(); ++i) {
            QCOMPARE(language->itemData(i).toString(), shipped.at(i).code);
            QCOMPARE(language->itemText(i), shipped.at(i).nativeName);
        }
        QCOMPARE(language->itemText(language->findData(QStringLiteral("en"))), QStringLiteral("English"));
    }

    void restoreDefaultsResetsTheFields()
    {
        m_settings->setMassUnit(MassUnit::Pounds);
        m_settings->setDefaultPue(1.3);
        PreferencesDialog dialog(m_settings.get());
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(combo(dialog, "massUnit")->currentData().toInt(), int(MassUnit::Automatic));
        QVERIFY(edit(dialog, "defaultPue")->text().isEmpty());
        QCOMPARE(m_settings->massUnit(), MassUnit::Pounds); // until OK
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
