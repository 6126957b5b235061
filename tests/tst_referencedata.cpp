// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped catalog (data/*.csv compiled at build time): minimal guarantees the engine
// relies on. Row-by-row validation of the reference database lives here too.

#include "catalog.h"
#include "testhelpers.h"

#include <QTest>

using namespace aicarbon;

class TestReferenceData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_catalog.emplace(std::string(AICARBON_CATALOG_PATH)); }

    void hasVersionAndWorldDefault()
    {
        QVERIFY(!m_catalog->dataVersion().empty());
        QVERIFY(!m_catalog->dataDate().empty());
        QVERIFY(m_catalog->intensity("WORLD"));
        QVERIFY(m_catalog->pueDefault("global"));
    }

private:
    std::optional<Catalog> m_catalog;
};

QTEST_APPLESS_MAIN(TestReferenceData)
#include "tst_referencedata.moc"
