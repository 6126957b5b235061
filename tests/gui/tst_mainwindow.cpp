// SPDX-License-Identifier: GPL-3.0-or-later
// The assembled application window on the real catalog, under the offscreen platform.

#include "appsettings.h"
#include "mainwindow.h"
#include "scenariocommands.h"
#include "scenariodocument.h"
#include "testhelpers.h"
#include "usercatalog.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace aicarbon;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_window =
            std::make_unique<MainWindow>(QStringLiteral(AICARBON_CATALOG_PATH),
                                         m_dir.filePath(QStringLiteral("user.sqlite")), m_settings.get());
        m_window->loadExampleProject();
    }
    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
    }

    // First start: the bundled example is complete and valid, and every view draws.
    void firstStartShowsAValidExample()
    {
        ScenarioDocument* doc = m_window->document();
        QCOMPARE(doc->count(), 4);
        for (int i = 0; i < doc->count(); ++i)
            QVERIFY2(doc->estimate(i).valid(), doc->scenario(i).name.c_str());
        QVERIFY(!doc->isModified());
        m_window->show();
        m_window->drawAllViews();
        // The Québec variant of GPT-3 emits a fraction of the US one.
        QVERIFY(doc->estimate(3).figures.totalEmissions < doc->estimate(2).figures.totalEmissions * 0.2);
    }

    void titleShowsFileAndModifiedMarker()
    {
        ScenarioDocument* doc = m_window->document();
        QVERIFY(!m_window->isWindowModified());
        Command::renameScenario(doc, 0, QStringLiteral("Renamed"));
        QVERIFY(m_window->isWindowModified());
        const QString path = m_dir.filePath(QStringLiteral("saved.json"));
        QCOMPARE(doc->save(path), QString());
        QVERIFY(!m_window->isWindowModified());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("saved.json")));
    }

    void openingAMalformedFileChangesNothing()
    {
        ScenarioDocument* doc = m_window->document();
        const std::vector<Scenario> before = doc->scenarios();
        const QString path = m_dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"format": "aicarbon-project", "version": 1, "scenarios": [{"hardware": {"count": -3}}, 7]})");
        file.close();
        QSignalSpy spy(doc, &ScenarioDocument::changed);
        QVERIFY(!m_window->openFile(path, true));
        QCOMPARE(spy.count(), 0);
        QVERIFY(doc->scenarios() == before);
        QVERIFY(m_window->lastError().contains(QStringLiteral("/scenarios/1")));
        QVERIFY(m_settings->recentFiles().isEmpty());
        // The document does not take the bad file's name, so Save never writes it back.
        QCOMPARE(doc->filePath(), QString());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("\"count\": -3"));
    }

    void openedFilesBecomeRecent()
    {
        const QString path = m_dir.filePath(QStringLiteral("mine.json"));
        QCOMPARE(m_window->document()->save(path), QString());
        QVERIFY(m_window->openFile(path, true));
        QCOMPARE(m_settings->recentFiles().value(0), path);
    }

    void undoAcrossTheWindow()
    {
        ScenarioDocument* doc = m_window->document();
        const Scenario original = doc->scenario(2);
        Scenario s = original;
        s.facility.region = "FR";
        Command::editScenario(doc, 2, s, QStringLiteral("facility.region"));
        QVERIFY(doc->estimate(2).figures.totalEmissions < doc->estimate(1).figures.totalEmissions * 1000.0);
        doc->undoStack()->undo();
        QVERIFY(doc->scenario(2) == original);
    }

    // A corrupt user catalog is moved aside unchanged, the user is told where, and a fresh
    // one works.
    void unreadableUserCatalogIsMovedAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user-catalog.sqlite"));
        const QByteArray garbage("this is not an SQLite database, but it is the user's file\n");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
        file.close();
        MainWindow window(QStringLiteral(AICARBON_CATALOG_PATH), path, m_settings.get());
        QVERIFY(window.context().userCatalog);
        QVERIFY(window.startupNotice().contains(QStringLiteral("moved aside")));
        const QStringList aside =
            QDir(dir.path()).entryList({QStringLiteral("user-catalog.sqlite.unreadable-*")});
        QCOMPARE(aside.size(), 1);
        QVERIFY(window.startupNotice().contains(aside.first()));
        QFile kept(dir.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), garbage);
        QVERIFY(window.context().catalog->device("nvidia-a100-sxm4-80gb"));
        QVERIFY(window.context().userCatalog->devices().empty());
    }

    void healthyUserCatalogGivesNoNotice() { QVERIFY(m_window->startupNotice().isEmpty()); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
