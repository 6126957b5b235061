// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped languages, and the switch between them at run time: every shipped language
// retranslates the assembled window (tabs, menus, dock, results) and its number format,
// keeps the document, its undo history and the selection, and English comes back.
#include "appsettings.h"
#include "languages.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "scenariocommands.h"
#include "scenariodocument.h"
#include "scenariolistdock.h"
#include "shippedwindow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>
#include <qcustomplot.h>

#include <tuple>

using namespace aicarbon;
using aicarbon::test::settle;

namespace {

constexpr int kScenarioShown = 2; // GPT-3 175B in the US, in the example project

/// What a language's .qm says for a message; the source text when it has none.
QString translated(const QTranslator& qm, const char* context, const char* source)
{
    const QString text = qm.translate(context, source);
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

/// Whether some chart of the window has an axis labelled `prefix`….
bool hasAxisLabel(const MainWindow& window, const QString& prefix)
{
    const QList<QCustomPlot*> plots = window.findChildren<QCustomPlot*>();
    return std::any_of(plots.begin(), plots.end(), [&prefix](QCustomPlot* plot) {
        const QList<QCPAxis*> axes = plot->axisRect() ? plot->axisRect()->axes() : QList<QCPAxis*>();
        return std::any_of(axes.begin(), axes.end(),
                           [&prefix](QCPAxis* axis) { return axis->label().startsWith(prefix); });
    });
}

/// Whether a label of the window reads `text`.
bool hasLabel(const MainWindow& window, const QString& text)
{
    const QList<QLabel*> labels = window.findChildren<QLabel*>();
    return std::any_of(labels.begin(), labels.end(),
                       [&text](QLabel* label) { return label->text() == text; });
}

/// A label of the results panel that shows a decimal number ("3.15 × 10²³ FLOP").
QLabel* decimalResult(const MainWindow& window)
{
    static const QRegularExpression decimal(QStringLiteral("\\d\\.\\d"));
    const QList<QLabel*> labels =
        window.findChildren<QLabel*>(QRegularExpression(QStringLiteral("^result\\.")));
    for (QLabel* label : labels) {
        if (label->text().contains(decimal))
            return label;
    }
    return nullptr;
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { std::tie(m_settings, m_window) = test::openShippedWindow(m_dir); }
    void cleanupTestCase()
    {
        m_window.reset();
        Languages::apply(QStringLiteral("en"));
    }

    void englishIsAlwaysShipped()
    {
        const QList<Language> shipped = Languages::available();
        QVERIFY(Languages::isShipped(QStringLiteral("en")));
        const auto english = std::find_if(shipped.begin(), shipped.end(),
                                          [](const Language& l) { return l.code == QStringLiteral("en"); });
        QVERIFY(english != shipped.end());
        QCOMPARE(english->nativeName, QStringLiteral("English"));
        for (const Language& language : shipped)
            QVERIFY2(QFile::exists(qmPath(language.code)) || language.code == QStringLiteral("en"),
                     qPrintable(language.code));
    }

    void nativeNames_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("Deutsch");
        QTest::newRow("Brazilian Portuguese")
            << QStringLiteral("pt_BR") << QStringLiteral("Português (Brasil)");
        QTest::newRow("Indonesian") << QStringLiteral("id") << QStringLiteral("Bahasa Indonesia");
        QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("Español");
        QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("Français");
        QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN") << QStringLiteral("简体中文");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("English");
        QTest::newRow("Italian, from CLDR, capitalised")
            << QStringLiteral("it") << QStringLiteral("Italiano");
        QTest::newRow("not a language: the code") << QStringLiteral("xx") << QStringLiteral("xx");
    }
    void nativeNames()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QCOMPARE(Languages::nativeName(code), name);
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("saved");
        QTest::addColumn<QLocale>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("first start, C locale: English") << QString() << QLocale::c() << QStringLiteral("en");
        QTest::newRow("a language no longer shipped: English")
            << QStringLiteral("tlh") << QLocale::c() << QStringLiteral("en");
        QTest::newRow("English chosen on a German system")
            << QStringLiteral("en") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("en");
        QTest::newRow("first start on a British system: English")
            << QString() << QLocale(QLocale::English, QLocale::UnitedKingdom) << QStringLiteral("en");
        for (const Language& language : Languages::available()) {
            const QByteArray code = language.code.toUtf8();
            QTest::addRow("first start on a %s system", code.constData())
                << QString() << QLocale(language.code) << language.code;
            QTest::addRow("%s chosen on a C system", code.constData())
                << language.code << QLocale::c() << language.code;
        }
    }
    void resolve()
    {
        QFETCH(QString, saved);
        QFETCH(QLocale, system);
        QFETCH(QString, expected);
        QCOMPARE(Languages::resolve(saved, system), expected);
    }

    void unshippedLanguageFallsBackToEnglish()
    {
        QVERIFY(!Languages::apply(QStringLiteral("tlh")));
        QCOMPARE(Languages::current(), QStringLiteral("en"));
    }

    void everyLanguageRetranslatesTheWindow_data()
    {
        QTest::addColumn<QString>("code");
        for (const Language& language : Languages::available()) {
            if (language.code != QStringLiteral("en"))
                QTest::newRow(qPrintable(language.nativeName)) << language.code;
        }
        if (Languages::available().size() == 1)
            QTest::newRow("English only") << QString();
    }
    void everyLanguageRetranslatesTheWindow()
    {
        QFETCH(QString, code);
        if (code.isEmpty())
            QSKIP("No language besides English is shipped: translations/ has no aicarbon_<code>.ts yet.");
        QTranslator qm;
        QVERIFY(qm.load(qmPath(code)));
        const QString english = centralTabs()->tabText(int(MainWindow::Tab::Compare));
        QCOMPARE(english, QStringLiteral("&Compare"));
        prepareState();
        QLabel* result = decimalResult(*m_window);
        QVERIFY(result);
        const QString number = result->text();
        const QString resultName = result->objectName();

        QVERIFY(Languages::apply(code));
        settle();
        QCOMPARE(Languages::current(), code);
        expectTexts(qm);
        QVERIFY2(centralTabs()->tabText(int(MainWindow::Tab::Compare)) != english,
                 "the Compare tab is not translated");
        QCOMPARE(QLocale().language(), QLocale(code).language());
        const QString localNumber = m_window->findChild<QLabel*>(resultName)->text();
        QVERIFY2(localNumber.contains(QLocale().decimalPoint()), qPrintable(localNumber));
        if (QStringList {QStringLiteral("de"), QStringLiteral("pt_BR"), QStringLiteral("id"),
                         QStringLiteral("es"), QStringLiteral("fr")}
                .contains(code))
            QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));
        if (QLocale().decimalPoint() != QStringLiteral("."))
            QVERIFY2(localNumber != number, qPrintable(localNumber));
        expectStateKept();
        expectQtTranslation(code);

        Languages::apply(QStringLiteral("en"));
        settle();
        expectTexts(QTranslator());
        QCOMPARE(m_window->findChild<QLabel*>(resultName)->text(), number);
        expectStateKept();
    }

    // The Preferences list exactly the shipped languages; OK applies the choice at once and
    // saves it.
    void preferencesApplyAndSaveTheLanguage()
    {
        const QList<Language> shipped = Languages::available();
        if (shipped.size() == 1)
            QSKIP("No language besides English is shipped: translations/ has no aicarbon_<code>.ts yet.");
        const QString code =
            shipped.first().code == QStringLiteral("en") ? shipped.at(1).code : shipped.first().code;
        QTranslator qm;
        QVERIFY(qm.load(qmPath(code)));
        choose(code);
        QCOMPARE(m_settings->language(), code);
        QCOMPARE(Languages::current(), code);
        expectTexts(qm);
        choose(QStringLiteral("en"));
        QCOMPARE(m_settings->language(), QStringLiteral("en"));
        expectTexts(QTranslator());
    }

private:
    static QString qmPath(const QString& code)
    {
        return QStringLiteral(":/i18n/aicarbon_") + code + QStringLiteral(".qm");
    }

    QTabWidget* centralTabs() const { return qobject_cast<QTabWidget*>(m_window->centralWidget()); }

    void choose(const QString& code)
    {
        PreferencesDialog dialog(m_settings.get(), m_window.get());
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("language"));
        combo->setCurrentIndex(combo->findData(code));
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        settle();
    }

    /// An edit, a selected scenario and the Compare tab, which a rebuild must keep.
    void prepareState()
    {
        ScenarioDocument* doc = m_window->document();
        m_renamed = QStringLiteral("Renamed before a switch from ") + Languages::current();
        Command::renameScenario(doc, 0, m_renamed);
        QVERIFY(doc->isModified());
        m_undoCount = doc->undoStack()->count();
        QVERIFY(m_undoCount > 0);
        m_window->findChild<ScenarioListDock*>()->setCurrentScenario(kScenarioShown);
        m_window->showTab(MainWindow::Tab::Compare);
        m_oldViews = m_window->centralWidget();
    }

    void expectStateKept()
    {
        ScenarioDocument* doc = m_window->document();
        QVERIFY(m_oldViews.isNull()); // the previous views are gone, not hidden
        QVERIFY(doc->isModified());
        QCOMPARE(doc->undoStack()->count(), m_undoCount);
        QCOMPARE(doc->undoStack()->undoText(), doc->undoStack()->text(m_undoCount - 1));
        QCOMPARE(QString::fromStdString(doc->scenario(0).name), m_renamed);
        QCOMPARE(centralTabs()->currentIndex(), int(MainWindow::Tab::Compare));
        QCOMPARE(m_window->findChildren<ScenarioListDock*>().size(), 1);
        QCOMPARE(m_window->findChild<ScenarioListDock*>()->currentScenario(), kScenarioShown);
        QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("result.title"))->text(),
                 QString::fromStdString(doc->scenario(kScenarioShown).name));
        QCOMPARE(m_window->findChildren<QMenuBar*>().size(), 1);
        QCOMPARE(m_window->menuBar()->actions().size(), 5);
        QVERIFY(m_window->isWindowModified());
    }

    /// Tab and menu titles, the dock title and the results panel in the language of `qm`
    /// (English when it is empty).
    void expectTexts(const QTranslator& qm)
    {
        const char* tabs[] = {"&Scenario", "&Compare", "&What if", "Se&nsitivity", "&Data"};
        for (int tab = 0; tab < 5; ++tab)
            QCOMPARE(centralTabs()->tabText(tab), translated(qm, "aicarbon::MainWindow", tabs[tab]));
        const QList<QAction*> menus = m_window->menuBar()->actions();
        const char* titles[] = {"&File", "&Edit", "&View", "&Lessons", "&Help"};
        for (int menu = 0; menu < 5; ++menu)
            QCOMPARE(menus.at(menu)->text(), translated(qm, "aicarbon::MainWindow", titles[menu]));
        QCOMPARE(m_window->findChild<QDockWidget*>(QStringLiteral("scenarioDock"))->windowTitle(),
                 translated(qm, "aicarbon::MainWindow", "Scenarios"));
        QCOMPARE(m_window->findChild<QToolButton*>(QStringLiteral("howToggle"))->text(),
                 translated(qm, "ResultsPanel", "How this was computed"));
        QVERIFY(hasLabel(
            *m_window,
            translated(qm, "aicarbon::CompareView", "Time against emissions, one point per scenario")));
        const QString axis = translated(qm, "aicarbon::CompareView", "Total emissions (%1 CO₂e)");
        QVERIFY2(hasAxisLabel(*m_window, axis.section(QStringLiteral("%1"), 0, 0)), qPrintable(axis));
    }

    /// Qt's own strings (standard buttons) follow when Qt ships the language.
    static void expectQtTranslation(const QString& code)
    {
        QTranslator qt;
        if (!qt.load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            return;
        const QString cancel = qt.translate("QPlatformTheme", "Cancel");
        if (!cancel.isEmpty())
            QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QPointer<QWidget> m_oldViews;
    QString m_renamed;
    int m_undoCount = 0;
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
