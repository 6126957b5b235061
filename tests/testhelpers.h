// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "catalogcompiler.h"
#include "database.h"

#include <QTest>

#include <cmath>

namespace aicarbon::test {

/// True when |actual − expected| ≤ tolerance × |expected| (relative compare).
inline bool relativelyClose(double actual, double expected, double tolerance)
{
    return std::abs(actual - expected) <= tolerance * std::abs(expected);
}

/// The small, stable test catalog (tests/fixtures/catalog) compiled into memory.
inline Catalog fixtureCatalog()
{
    Database database(":memory:", Database::Mode::Create);
    compileCatalog(AICARBON_FIXTURE_DIR, database);
    return Catalog(std::move(database));
}

} // namespace aicarbon::test

/// QCOMPARE with a relative tolerance; prints both values on failure.
#define AICARBON_COMPARE_REL(actual, expected, tolerance)                                                    \
    do {                                                                                                     \
        const double a_ = (actual);                                                                          \
        const double e_ = (expected);                                                                        \
        QVERIFY2(aicarbon::test::relativelyClose(a_, e_, (tolerance)),                                       \
                 qPrintable(QStringLiteral("%1 = %2, expected %3 (±%4%)")                                    \
                                .arg(QLatin1StringView(#actual))                                             \
                                .arg(a_, 0, 'g', 10)                                                         \
                                .arg(e_, 0, 'g', 10)                                                         \
                                .arg((tolerance)*100.0)));                                                   \
    } while (false)
