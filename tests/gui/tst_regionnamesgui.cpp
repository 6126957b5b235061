// SPDX-License-Identifier: GPL-3.0-or-later
// Country and region names in the UI language, in the assembled window on the real catalog.

#include "appsettings.h"
#include "catalog.h"
#include "catalogpicker.h"
#include "mainwindow.h"
#include "methodsdialog.h"
#include "regionnamelanguage.h"
#include "regionranking.h"
#include "reportactions.h"
#include "scenariodocument.h"
#include "sweep.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace aicarbon;
using namespace Qt::StringLiterals;

namespace {

/// Display text of the Name column of the region with that id in the Data tab's table.
QString dataTabName(const MainWindow& window, const QString& id)
{
    const auto* view = window.findChild<QTableView*>(u"regionsView"_s);
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 1).data().toString() == id)
            return model->index(row, 0).data().toString();
    }
    return {};
}

/// The labels the scenario editor's region picker offers for a search text.
QStringList pickerLabels(const MainWindow& window, const QString& search)
{
    auto* picker = window.findChild<CatalogPicker*>(u"facility.region"_s);
    picker->searchField()->setText(search);
    QStringList labels;
    for (int i = 0; i < picker->choices()->count(); ++i)
        labels << picker->choices()->itemText(i);
    return labels;
}

} // namespace

class TestRegionNamesGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(u"settings.ini"_s));
        m_settings->setLanguage(QString()); // follow the locale unless a test chooses
        if (Catalog(AICARBON_CATALOG_PATH).regionName("DE", "de") != "Deutschland")
            QSKIP("the catalog was built without iso-codes: no translated names");
    }
    void cleanup()
    {
        QLocale::setDefault(QLocale::c());
        m_window.reset();
        m_settings.reset();
    }

    void languageFollowsPreferencesThenLocale_data()
    {
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("system German")
            << QString() << QLocale(QLocale::German, QLocale::Germany) << u"de_DE"_s;
        QTest::newRow("chosen pt_BR beats the locale")
            << u"pt_BR"_s << QLocale(QLocale::German, QLocale::Germany) << u"pt_BR"_s;
    }

    void languageFollowsPreferencesThenLocale()
    {
        QFETCH(QString, chosen);
        QFETCH(QLocale, locale);
        QFETCH(QString, expected);
        QLocale::setDefault(locale);
        m_settings->setLanguage(chosen);
        QCOMPARE(regionNameLanguage(*m_settings), expected);
    }

    // Under a German locale the Data tab shows "Deutschland"; non-ISO zones keep their name.
    void dataTabShowsGermanNames()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        createWindow();
        QCOMPARE(dataTabName(*m_window, u"DE"_s), u"Deutschland"_s);
        QCOMPARE(dataTabName(*m_window, u"JP"_s), u"Japan"_s);
        QCOMPARE(dataTabName(*m_window, u"US-CAL-CISO"_s),
                 QString::fromStdString(Catalog(AICARBON_CATALOG_PATH).region("US-CAL-CISO")->name));
    }

    void dataTabShowsChineseNamesWhenChosen()
    {
        m_settings->setLanguage(u"zh_CN"_s);
        createWindow();
        QCOMPARE(dataTabName(*m_window, u"US"_s), u"美国"_s);
    }

    // The region picker finds a country by its translated and by its English name.
    void pickerMatchesTranslatedAndEnglishNames_data()
    {
        QTest::addColumn<QString>("search");
        QTest::newRow("German name") << u"deutschland"_s;
        QTest::newRow("English name") << u"Germany"_s;
    }

    void pickerMatchesTranslatedAndEnglishNames()
    {
        QFETCH(QString, search);
        m_settings->setLanguage(u"de"_s);
        createWindow();
        QVERIFY2(pickerLabels(*m_window, search).contains(u"Deutschland (DE)"_s),
                 qPrintable(pickerLabels(*m_window, search).join(u" | "_s)));
    }

    // aicarbon --language de: names in German for this session, without saving the choice.
    void sessionLanguageBeatsTheSavedOneUntilTheUserChooses()
    {
        m_settings->setLanguage(u"fr"_s);
        m_settings->setSessionLanguage(u"de"_s);
        QCOMPARE(regionNameLanguage(*m_settings), u"de"_s);
        QCOMPARE(m_settings->language(), u"fr"_s);
        m_settings->setLanguage(u"pt_BR"_s);
        QCOMPARE(regionNameLanguage(*m_settings), u"pt_BR"_s);
    }

    // Papers are written in English: the methods paragraph quotes "Germany" under a German UI.
    void methodsParagraphQuotesEnglishNames()
    {
        m_settings->setLanguage(u"de"_s);
        createWindow();
        Scenario s;
        s.name = "Germany run";
        s.workload.parameters = 1e9;
        s.workload.tokens = 2e10;
        s.hardware.device = "nvidia-a100-sxm4-80gb";
        s.hardware.count = 8;
        s.facility.region = "DE";
        m_window->document()->setProject(u"P"_s, {s});
        m_window->findChild<ReportActions*>()->showMethods();
        const auto* dialog = m_window->findChild<MethodsDialog*>();
        QVERIFY(dialog);
        QVERIFY2(dialog->text().contains(u"Germany (DE)"_s), qPrintable(dialog->text()));
        QVERIFY(!dialog->text().contains(u"Deutschland"_s));
        QCOMPARE(dataTabName(*m_window, u"DE"_s), u"Deutschland"_s); // the UI keeps German
    }

    // The what-if ranking filter finds a region by its translated name, English name and code.
    void rankingMatchesTranslatedAndEnglishNames_data()
    {
        QTest::addColumn<QString>("search");
        QTest::newRow("German name") << u"deutschland"_s;
        QTest::newRow("English name") << u"germany"_s;
        QTest::newRow("code") << u"DE"_s;
    }

    void rankingMatchesTranslatedAndEnglishNames()
    {
        QFETCH(QString, search);
        Catalog catalog(AICARBON_CATALOG_PATH);
        catalog.setNameLanguage("de");
        Scenario s;
        s.workload.parameters = 1e9;
        s.workload.tokens = 2e10;
        s.hardware.device = "nvidia-a100-sxm4-80gb";
        s.facility.region = "FR";
        const Sweep sweep = sweepRegions(s, catalog);
        RegionFilter filter;
        filter.text = search;
        filter.count = 10000;
        QStringList shown;
        for (const std::size_t i : selectRegions(sweep.points, filter))
            shown << QString::fromStdString(sweep.points[i].id);
        QVERIFY2(shown.contains(u"DE"_s), qPrintable(shown.join(u" "_s)));
    }

private:
    void createWindow()
    {
        m_window =
            std::make_unique<MainWindow>(QStringLiteral(AICARBON_CATALOG_PATH), QString(), m_settings.get());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestRegionNamesGui)
#include "tst_regionnamesgui.moc"
