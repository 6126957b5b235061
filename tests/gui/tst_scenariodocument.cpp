// SPDX-License-Identifier: GPL-3.0-or-later
#include "filesizelimit.h"
#include "guitesthelpers.h"
#include "scenariocommands.h"
#include "scenariofile.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace aicarbon;
using test::GuiFixture;

class TestScenarioDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<GuiFixture>();
        m_fx->document.setProject(QStringLiteral("P"),
                                  {GuiFixture::plan("France"), GuiFixture::plan("US", "US")});
    }

    void estimatesFollowEdits()
    {
        ScenarioDocument& doc = m_fx->document;
        QSignalSpy spy(&doc, &ScenarioDocument::changed);
        const double before = doc.estimate(0).figures.totalEmissions.kilograms();
        Scenario s = doc.scenario(0);
        s.hardware.count = 16;
        Command::editScenario(&doc, 0, s, QStringLiteral("hardware.count"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().value<ChangeEvent>().kind, ChangeEvent::Kind::Edited);
        QVERIFY(doc.isModified());
        // Same compute on twice the devices: same energy and emissions, half the wall-clock.
        AICARBON_COMPARE_REL(doc.estimate(0).figures.totalEmissions.kilograms(), before, 1e-12);
        QCOMPARE(doc.estimate(0).inputs.deviceCount, 16.0);
    }

    void undoRedoRestoreExactValues()
    {
        ScenarioDocument& doc = m_fx->document;
        const Scenario original = doc.scenario(1);
        Scenario s = original;
        s.hardware.mfu = 0.3333333333333333;
        Command::editScenario(&doc, 1, s, QStringLiteral("hardware.mfu"));
        const Scenario edited = doc.scenario(1);
        doc.undoStack()->undo();
        QVERIFY(doc.scenario(1) == original);
        QVERIFY(!doc.isModified());
        doc.undoStack()->redo();
        QVERIFY(doc.scenario(1) == edited);
        QCOMPARE(*doc.scenario(1).hardware.mfu, 0.3333333333333333);
    }

    void typingInOneFieldIsOneUndoStep()
    {
        ScenarioDocument& doc = m_fx->document;
        Scenario s = doc.scenario(0);
        for (const double value : {0.3, 0.35, 0.352}) {
            s.hardware.mfu = value;
            Command::editScenario(&doc, 0, s, QStringLiteral("hardware.mfu"));
        }
        QCOMPARE(doc.undoStack()->count(), 1);
        s.facility.pue = 1.2;
        Command::editScenario(&doc, 0, s, QStringLiteral("facility.pue"));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(!doc.scenario(0).hardware.mfu);
        // Editing back to the original value leaves no undo step at all.
        s = doc.scenario(0);
        s.hardware.mfu = 0.5;
        Command::editScenario(&doc, 0, s, QStringLiteral("hardware.mfu"));
        s.hardware.mfu.reset();
        Command::editScenario(&doc, 0, s, QStringLiteral("hardware.mfu"));
        QVERIFY(!doc.isModified());
    }

    void structuralCommandsUndo()
    {
        ScenarioDocument& doc = m_fx->document;
        const int slotOfUs = doc.colorSlot(1);
        QCOMPARE(Command::duplicateScenario(&doc, 0), 1);
        QCOMPARE(doc.count(), 3);
        QCOMPARE(doc.scenario(1).name, std::string("France (copy)"));
        QCOMPARE(doc.colorSlot(1), 2); // a fresh colour
        Command::moveScenario(&doc, 2, 0);
        QCOMPARE(doc.scenario(0).name, std::string("US"));
        QCOMPARE(doc.colorSlot(0), slotOfUs); // colours travel with their scenario
        Command::setBaseline(&doc, 0);
        Command::removeScenario(&doc, 0);
        QCOMPARE(doc.count(), 2);
        QCOMPARE(doc.baseline(), 0);
        for (int i = 0; i < 4; ++i)
            doc.undoStack()->undo();
        QCOMPARE(doc.count(), 2);
        QCOMPARE(doc.scenario(0).name, std::string("France"));
        QCOMPARE(doc.scenario(1).name, std::string("US"));
        QCOMPARE(doc.baseline(), 0);
    }

    void baselineFollowsItsScenario()
    {
        ScenarioDocument& doc = m_fx->document;
        Command::setBaseline(&doc, 1);
        Command::addScenario(&doc, GuiFixture::plan("New"), 0);
        QCOMPARE(doc.baseline(), 2);
        Command::moveScenario(&doc, 2, 0);
        QCOMPARE(doc.baseline(), 0);
    }

    void saveLoadRoundTrip()
    {
        ScenarioDocument& doc = m_fx->document;
        Scenario s = doc.scenario(0);
        s.search.method = SearchMethod::Hyperband;
        s.search.minFraction = 1.0 / 81.0;
        s.hardware.mfu = 0.123456789012345;
        Command::editScenario(&doc, 0, s, QStringLiteral("search"));
        const QString path = m_fx->dir.filePath(QStringLiteral("p.json"));
        QSignalSpy pathSpy(&doc, &ScenarioDocument::filePathChanged);
        QCOMPARE(doc.save(path), QString());
        QCOMPARE(pathSpy.count(), 1);
        QVERIFY(!doc.isModified());
        const std::vector<Scenario> saved = doc.scenarios();
        GuiFixture other;
        QVERIFY(!hasErrors(other.document.load(path)));
        QVERIFY(other.document.scenarios() == saved);
        QCOMPARE(other.document.projectName(), QStringLiteral("P"));
        // The file is what aicarbon-cli reads.
        QVERIFY(readScenarioFile(path.toStdString()).ok());
    }

    void failedLoadChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("truncated") << QByteArray("{\"format\": \"aicarbon-project\", \"version\": 1, \"scen");
        QTest::newRow("wrong type") << QByteArray(
            R"({"format": "aicarbon-project", "version": 1, "scenarios": [{"hardware": {"count": "x"}}]})");
        QTest::newRow("future version")
            << QByteArray(R"({"format": "aicarbon-project", "version": 9, "scenarios": []})");
        QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe garbage", 11);
    }
    void failedLoadChangesNothing()
    {
        QFETCH(QByteArray, contents);
        ScenarioDocument& doc = m_fx->document;
        Scenario s = doc.scenario(0);
        s.hardware.count = 32;
        Command::editScenario(&doc, 0, s, QStringLiteral("hardware.count"));
        const QString path = m_fx->dir.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
        file.close();
        const std::vector<Scenario> before = doc.scenarios();
        QSignalSpy spy(&doc, &ScenarioDocument::changed);
        const auto problems = doc.load(path);
        QVERIFY(hasErrors(problems));
        QCOMPARE(QString::fromStdString(problems.front().file), path);
        QCOMPARE(spy.count(), 0);
        QVERIFY(doc.scenarios() == before);
        QVERIFY(doc.isModified());
        QCOMPARE(doc.undoStack()->count(), 1);
        // The bad file is never written back.
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), contents);
    }

    void saveFailureKeepsDocumentModified()
    {
        ScenarioDocument& doc = m_fx->document;
        Command::renameScenario(&doc, 0, QStringLiteral("Renamed"));
        QVERIFY(!doc.save(m_fx->dir.filePath(QStringLiteral("missing/dir/p.json"))).isEmpty());
        QVERIFY(doc.isModified());
        QVERIFY(doc.filePath().isEmpty());
    }

    // The disk fills up while the new version is written (QSaveFile): the previous file
    // is intact, the error is returned and the document stays modified.
    void diskFullKeepsThePreviousFile()
    {
        ScenarioDocument& doc = m_fx->document;
        const QString path = m_fx->dir.filePath(QStringLiteral("plan.json"));
        QCOMPARE(doc.save(path), QString());
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray previous = saved.readAll();
        saved.close();
        Scenario big = doc.scenario(0);
        big.description = std::string(1024 * 1024, 'x');
        Command::editScenario(&doc, 0, big, QStringLiteral("description"));
        QString error;
        {
            test::FileSizeLimit limit(4096);
            QVERIFY(limit.ok());
            error = doc.save(path);
        }
        QCOMPARE(error, QStringLiteral("the file could not be written completely (is the disk full?)"));
        QVERIFY(doc.isModified());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), previous);
        QCOMPARE(QDir(m_fx->dir.path()).entryList({QStringLiteral("plan.json*")}, QDir::Files),
                 QStringList {QStringLiteral("plan.json")}); // no temporary file is left
    }

private:
    std::unique_ptr<GuiFixture> m_fx;
};

QTEST_MAIN(TestScenarioDocument)
#include "tst_scenariodocument.moc"
