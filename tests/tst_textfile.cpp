// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfile.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace aicarbon;

class TestTextFile : public QObject
{
    Q_OBJECT

private slots:
    void atomicWriteReplaces()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("plan.json")).toStdString();
        writeFileAtomically(path, "first");
        writeFileAtomically(path, "second");
        QCOMPARE(readTextFile(path), std::string("second"));
        // No temporary files are left behind.
        QCOMPARE(std::distance(std::filesystem::directory_iterator(dir.path().toStdString()), {}), 1);
    }

    void failedWriteKeepsPreviousFile()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("plan.json")).toStdString();
        writeFileAtomically(path, "precious");
        // Renaming onto a directory fails after the data was written: the file must survive.
        const std::string blocked = dir.filePath(QStringLiteral("blocked")).toStdString();
        std::filesystem::create_directory(blocked);
        std::filesystem::create_directory(blocked + "/inside");
        QVERIFY_THROWS_EXCEPTION(FileError, writeFileAtomically(blocked, "new"));
        QCOMPARE(readTextFile(path), std::string("precious"));
        QVERIFY_THROWS_EXCEPTION(
            FileError, writeFileAtomically(dir.filePath(QStringLiteral("no/such/dir/x")).toStdString(), "x"));
    }

    void readErrorsNameThePath()
    {
        try {
            readTextFile("/nonexistent/plan.json");
            QFAIL("no error");
        } catch (const FileError& e) {
            QVERIFY(QString::fromUtf8(e.what()).startsWith(QStringLiteral("/nonexistent/plan.json: ")));
        }
    }

    void refusesHugeFiles()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("big")).toStdString();
        writeFileAtomically(path, std::string(2000, 'x'));
        QVERIFY_THROWS_EXCEPTION(FileError, readTextFile(path, 1000));
    }
};

QTEST_MAIN(TestTextFile)
#include "tst_textfile.moc"
