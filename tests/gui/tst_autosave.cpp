// SPDX-License-Identifier: GPL-3.0-or-later
// Autosave and crash recovery through the application window: unsaved work is kept in a
// recovery file, removed when nothing is left to lose, and offered back after a crash.

#include "appsettings.h"
#include "autosave.h"
#include "languages.h"
#include "mainwindow.h"
#include "recoveryfile.h"
#include "scenariocommands.h"
#include "scenariodocument.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace aicarbon;

namespace {

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/// Presses the Discard button of the next message box (the "Save changes?" question).
void discardNextMessageBox()
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(5);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->deleteLater();
        timer->stop();
        box->button(QMessageBox::Discard)->click();
    });
    timer->start();
}

/// Offers `window`'s recovery file, answering `decision`; `asked` gets the question.
QString offer(MainWindow& window, AutosaveController::Decision decision, QString& asked)
{
    return window.autosave()->offerRecovery([decision, &asked](const QString& description) {
        asked = description;
        return decision;
    });
}

} // namespace

class TestAutosave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Languages::apply(QStringLiteral("en")); // loads the English plural forms
    }

    void init()
    {
        m_dir.emplace();
        m_recovery = m_dir->filePath(QStringLiteral("recovery/autosave.json"));
        m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
        m_settings->setRecoveryFile(m_recovery);
        m_settings->setAutosaveIntervalMs(20);
        m_window = newWindow();
    }
    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void defaultsFollowStandardPaths()
    {
        AppSettings fresh(m_dir->filePath(QStringLiteral("fresh.ini")));
        QCOMPARE(fresh.autosaveIntervalMs(), 60000);
        const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QCOMPARE(fresh.recoveryFile(), QDir(dataDir).filePath(QStringLiteral("recovery/autosave.json")));
        QVERIFY2(fresh.recoveryFile().contains(QStringLiteral(".qttest")), qPrintable(fresh.recoveryFile()));
        QCOMPARE(m_window->autosave()->intervalMs(), 20);
    }

    void editIsAutosavedByTheTimer()
    {
        QVERIFY(!m_window->autosave()->autosaveNow()); // nothing changed yet
        QVERIFY(!QFile::exists(m_recovery));
        QSignalSpy spy(m_window->autosave(), &AutosaveController::autosaved);
        Command::renameScenario(m_window->document(), 0, QStringLiteral("Kept by autosave"));
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.first().first().toString(), m_recovery);
        QString error;
        const auto recovered = parseRecovery(contents(m_recovery), m_recovery, error);
        QVERIFY2(recovered, qPrintable(error));
        QCOMPARE(recovered->scenarios.size(), std::size_t(4));
        QCOMPARE(recovered->scenarios.front().name, std::string("Kept by autosave"));
        QVERIFY(recovered->originalPath.isEmpty());
        // Nothing new since: the next tick writes nothing.
        QVERIFY(!m_window->autosave()->autosaveNow());
    }

    void savingRemovesTheRecoveryFile()
    {
        Command::renameScenario(m_window->document(), 0, QStringLiteral("Edited"));
        QVERIFY(m_window->autosave()->autosaveNow());
        QVERIFY(QFile::exists(m_recovery));
        QCOMPARE(m_window->document()->save(m_dir->filePath(QStringLiteral("mine.json"))), QString());
        QVERIFY(!QFile::exists(m_recovery));
    }

    void cleanCloseRemovesTheRecoveryFile()
    {
        m_window->show();
        Command::renameScenario(m_window->document(), 0, QStringLiteral("Edited"));
        QVERIFY(m_window->autosave()->autosaveNow());
        QVERIFY(QFile::exists(m_recovery));
        discardNextMessageBox();
        QVERIFY(m_window->close());
        QVERIFY(!QFile::exists(m_recovery));
    }

    // A stray recovery file never changes what a new window shows until it is offered.
    void recoveryIsOnlyOfferedWhenAsked()
    {
        Command::renameScenario(m_window->document(), 0, QStringLiteral("Crashed"));
        QVERIFY(m_window->autosave()->autosaveNow());
        const QByteArray kept = contents(m_recovery);
        auto next = newWindow();
        QCOMPARE(next->document()->scenario(0).name, std::string("BERT base, 16 V100"));
        QCOMPARE(contents(m_recovery), kept);
    }

    // After a crash (the window is gone without closing), the next start restores the
    // work: modified, with the file name it had.
    void nextStartRestoresTheWork()
    {
        const QString original = m_dir->filePath(QStringLiteral("plan.json"));
        QCOMPARE(m_window->document()->save(original), QString());
        Command::renameScenario(m_window->document(), 1, QStringLiteral("Unsaved afternoon"));
        QVERIFY(m_window->autosave()->autosaveNow());
        m_window.reset(); // a crash: no closeEvent

        auto next = newWindow();
        QString asked;
        const QString notice = offer(*next, AutosaveController::Decision::Restore, asked);
        QCOMPARE(notice, QString());
        QVERIFY2(asked.contains(QDir::toNativeSeparators(original)), qPrintable(asked));
        QVERIFY(asked.contains(QStringLiteral("(4 scenarios)")));
        ScenarioDocument* doc = next->document();
        QCOMPARE(doc->scenario(1).name, std::string("Unsaved afternoon"));
        QVERIFY(doc->isModified());
        QVERIFY(next->isWindowModified());
        QCOMPARE(doc->filePath(), original);
        QVERIFY(QFile::exists(m_recovery)); // kept until the work is saved or discarded
        QCOMPARE(doc->save(doc->filePath()), QString());
        QVERIFY(!QFile::exists(m_recovery));
    }

    void discardDeletesTheRecoveryFile()
    {
        Command::renameScenario(m_window->document(), 0, QStringLiteral("Not wanted"));
        QVERIFY(m_window->autosave()->autosaveNow());
        auto next = newWindow();
        QString asked;
        const QString notice = offer(*next, AutosaveController::Decision::Discard, asked);
        QCOMPARE(notice, QString());
        QVERIFY2(asked.contains(QStringLiteral("Discard deletes the recovered copy")), qPrintable(asked));
        QVERIFY(!QFile::exists(m_recovery));
        QVERIFY(!next->document()->isModified());
        QCOMPARE(next->document()->scenario(0).name, std::string("BERT base, 16 V100"));
    }

    void unreadableRecoveryIsMovedAside_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("truncated") << QByteArray("{\"format\": \"aicarbon-recovery\", \"vers")
                                   << QStringLiteral("invalid JSON at byte");
        QTest::newRow("other format") << QByteArray(R"({"format": "aicarbon-project", "version": 1})")
                                      << QStringLiteral("not an aicarbon recovery file");
        QTest::newRow("bad project") << QByteArray(
            R"({"format": "aicarbon-recovery", "version": 1, "file": "",
                "project": {"format": "aicarbon-project", "version": 1, "scenarios": [7]}})")
                                     << QStringLiteral(
                                            "Each scenario must be an object; found the number 7.");
    }
    void unreadableRecoveryIsMovedAside()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QDir().mkpath(QFileInfo(m_recovery).absolutePath());
        writeFile(m_recovery, bytes);
        bool asked = false;
        const QString notice = m_window->autosave()->offerRecovery([&asked](const QString&) {
            asked = true;
            return AutosaveController::Decision::Restore;
        });
        QVERIFY(!asked);
        QVERIFY2(notice.contains(reason) && notice.contains(QStringLiteral("moved aside")),
                 qPrintable(notice));
        QVERIFY(!QFile::exists(m_recovery));
        const QStringList aside = QDir(QFileInfo(m_recovery).absolutePath())
                                      .entryList({QStringLiteral("autosave.json.unreadable-*")});
        QCOMPARE(aside.size(), 1);
        QVERIFY(notice.contains(aside.first()));
        QCOMPARE(contents(QFileInfo(m_recovery).absoluteDir().filePath(aside.first())), bytes);
        QVERIFY(!m_window->document()->isModified());
    }

private:
    std::unique_ptr<MainWindow> newWindow()
    {
        auto window =
            std::make_unique<MainWindow>(QStringLiteral(AICARBON_CATALOG_PATH),
                                         m_dir->filePath(QStringLiteral("user.sqlite")), m_settings.get());
        window->loadExampleProject();
        return window;
    }

    std::optional<QTemporaryDir> m_dir;
    QString m_recovery;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestAutosave)
#include "tst_autosave.moc"
