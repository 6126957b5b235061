// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-checked search budgets (see docs/methodology.md §6 for the arithmetic).

#include "searchbudget.h"
#include "testhelpers.h"

#include <QTest>

#include <vector>

using namespace aicarbon;

class TestSearchBudget : public QObject
{
    Q_OBJECT

private slots:
    void budgets_data()
    {
        QTest::addColumn<double>("trials");
        QTest::addColumn<double>("runs");
        QTest::addColumn<double>("expectedTrials");
        QTest::addColumn<double>("expectedRuns");
        const std::vector<double> grid {3, 4, 5};
        const SearchBudget g = gridSearch(grid, 1.0);
        QTest::newRow("grid 3x4x5 full runs") << g.trials << g.equivalentRuns << 60.0 << 60.0;
        const SearchBudget gq = gridSearch(grid, 0.25);
        QTest::newRow("grid 3x4x5 quarter runs") << gq.trials << gq.equivalentRuns << 60.0 << 15.0;
        const SearchBudget r = randomSearch(20, 0.05);
        QTest::newRow("random 20 at 5%") << r.trials << r.equivalentRuns << 20.0 << 1.0;
        // 81@1/81 + 27@1/27 + 9@1/9 + 3@1/3 + 1@1 = 5 runs.
        const SearchBudget sh = successiveHalving(81, 3, 1.0 / 81, false);
        QTest::newRow("SH n=81 eta=3 r=1/81") << sh.trials << sh.equivalentRuns << 81.0 << 5.0;
        // Resumed: 81/81 + 27·(1/27−1/81) + 9·(1/9−1/27) + 3·(1/3−1/9) + 1·(1−1/3) = 1 + 4·(2/3).
        const SearchBudget shr = successiveHalving(81, 3, 1.0 / 81, true);
        QTest::newRow("SH n=81 eta=3 resumed") << shr.trials << shr.equivalentRuns << 81.0 << 1.0 + 8.0 / 3.0;
        // 16@1/8 + 8@1/4 + 4@1/2 + 2@1 = 8 runs.
        const SearchBudget sh2 = successiveHalving(16, 2, 0.125, false);
        QTest::newRow("SH n=16 eta=2 r=1/8") << sh2.trials << sh2.equivalentRuns << 16.0 << 8.0;
        // Li et al. 2018, R=81, η=3: brackets n = 81, 34, 15, 8, 5 (143 configurations);
        // runs 5 + (34/27 + 11/9 + 1 + 1) + (15/9 + 5/3 + 1) + (8/3 + 2) + 5.
        const SearchBudget hb = hyperband(3, 1.0 / 81, false);
        const double hbRuns = 5 + (34.0 / 27 + 11.0 / 9 + 2) + (15.0 / 9 + 5.0 / 3 + 1) + (8.0 / 3 + 2) + 5;
        QTest::newRow("Hyperband eta=3 r=1/81") << hb.trials << hb.equivalentRuns << 143.0 << hbRuns;
    }
    void budgets()
    {
        QFETCH(double, trials);
        QFETCH(double, runs);
        QFETCH(double, expectedTrials);
        QFETCH(double, expectedRuns);
        QCOMPARE(trials, expectedTrials);
        AICARBON_COMPARE_REL(runs, expectedRuns, 1e-12);
    }

    void meanFraction()
    {
        QCOMPARE(successiveHalving(81, 3, 1.0 / 81, false).meanTrialFraction(), 5.0 / 81.0);
        QCOMPARE(SearchBudget {}.meanTrialFraction(), 0.0);
    }

    void emptyGridIsNoSearch() { QCOMPARE(gridSearch({}, 1.0).trials, 0.0); }
};

QTEST_APPLESS_MAIN(TestSearchBudget)
#include "tst_searchbudget.moc"
