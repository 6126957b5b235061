// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QTest>

using namespace aicarbon;

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parsesQuotedCells()
    {
        const CsvTable t = parseCsv("id,name\r\na,\"Québec, \"\"QC\"\"\"\nb,\"two\nlines\"\n", "t.csv");
        QCOMPARE(t.header.size(), std::size_t(2));
        QCOMPARE(t.rows.size(), std::size_t(2));
        QCOMPARE(t.rows[0].cells[1], std::string("Québec, \"QC\""));
        QCOMPARE(t.rows[1].cells[1], std::string("two\nlines"));
        QCOMPARE(t.rows[1].line, 3);
        QCOMPARE(t.columnIndex("name"), 1);
        QCOMPARE(t.columnIndex("missing"), -1);
    }

    void skipsBomAndFinalNewline()
    {
        const CsvTable t = parseCsv("\xEF\xBB\xBFid\nx", "t.csv");
        QCOMPARE(t.header.front(), std::string("id"));
        QCOMPARE(t.rows.size(), std::size_t(1));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("too few cells")
            << QByteArray("a,b\n1\n") << 2 << 1 << QStringLiteral("expected 2 cells");
        QTest::newRow("too many cells")
            << QByteArray("a,b\n1,2\n1,2,3\n") << 3 << 1 << QStringLiteral("found 3");
        QTest::newRow("stray quote") << QByteArray("a,b\n1,x\"y\n") << 2 << 4
                                     << QStringLiteral("unexpected quote");
        QTest::newRow("unclosed quote")
            << QByteArray("a\n\"abc\n") << 2 << 1 << QStringLiteral("never closed");
        QTest::newRow("text after quote")
            << QByteArray("a,b\n\"x\"y,2\n") << 2 << 4 << QStringLiteral("after a closing quote");
        QTest::newRow("blank line inside")
            << QByteArray("a\n1\n\n2\n") << 3 << 1 << QStringLiteral("empty line");
        QTest::newRow("empty file") << QByteArray("") << 1 << 1 << QStringLiteral("empty file");
    }
    void errors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        try {
            parseCsv(std::string_view(text.constData(), std::size_t(text.size())), "bad.csv");
            QFAIL("no error");
        } catch (const CsvError& e) {
            QCOMPARE(e.file(), std::string("bad.csv"));
            QCOMPARE(e.line(), line);
            QCOMPARE(e.column(), column);
            QVERIFY2(QString::fromUtf8(e.what()).contains(message), e.what());
            QVERIFY(QString::fromUtf8(e.what()).startsWith(
                QStringLiteral("bad.csv:%1:%2: ").arg(line).arg(column)));
        }
    }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
