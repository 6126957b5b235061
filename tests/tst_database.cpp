// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "statement.h"

#include <QTest>

using namespace aicarbon;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void bindsAndReads()
    {
        Database db(":memory:", Database::Mode::Create);
        db.execute("CREATE TABLE t (name TEXT, value REAL, n INTEGER)");
        Statement insert = db.prepare("INSERT INTO t VALUES (?, ?, ?)");
        insert.bind(1, std::string_view("a"));
        insert.bind(2, 1.5);
        insert.bind(3, 7LL);
        insert.run();
        insert.reset();
        insert.bind(1, std::string_view(""));
        insert.bind(2, std::optional<double>());
        insert.bindNull(3);
        insert.run();
        Statement select = db.prepare("SELECT name, value, n FROM t ORDER BY rowid");
        QVERIFY(select.step());
        QCOMPARE(select.text(0), std::string("a"));
        QCOMPARE(select.real(1), 1.5);
        QCOMPARE(select.optionalInteger(2), std::optional<int>(7));
        QVERIFY(select.step());
        // An empty string stays an empty string, not NULL.
        QVERIFY(!select.isNull(0));
        QCOMPARE(select.optionalReal(1), std::optional<double>());
        QVERIFY(!select.step());
    }

    void rollsBackUncommittedTransaction()
    {
        Database db(":memory:", Database::Mode::Create);
        db.execute("CREATE TABLE t (x)");
        {
            Transaction transaction(db);
            db.execute("INSERT INTO t VALUES (1)");
        }
        Statement count = db.prepare("SELECT count(*) FROM t");
        QVERIFY(count.step());
        QCOMPARE(count.integer(0), 0LL);
    }

    void reportsErrors()
    {
        Database db(":memory:", Database::Mode::Create);
        QVERIFY_THROWS_EXCEPTION(DatabaseError, db.execute("SELECT * FROM missing"));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, db.prepare("NOT SQL"));
        QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                 Database("/nonexistent/dir/x.sqlite", Database::Mode::ReadOnly));
    }
};

QTEST_APPLESS_MAIN(TestDatabase)
#include "tst_database.moc"
