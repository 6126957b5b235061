// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchbudget.h"

#include <cmath>

namespace aicarbon {

namespace {
// Budgets are products of η powers; a relative slack keeps r·η^s = 1 exact cases exact.
constexpr double kSlack = 1e-9;

int roundsBelowFullRun(double eta, double minFraction)
{
    int s = 0;
    while (minFraction * std::pow(eta, s + 1) <= 1.0 + kSlack)
        ++s;
    return s;
}

double successiveHalvingRuns(double n, double eta, double firstBudget, int rounds, bool resume)
{
    double runs = 0.0;
    double previousBudget = 0.0;
    for (int i = 0; i <= rounds; ++i) {
        const double survivors = std::floor(n * std::pow(eta, -i) + kSlack);
        const double budget = firstBudget * std::pow(eta, i);
        runs += survivors * (resume ? budget - previousBudget : budget);
        previousBudget = budget;
    }
    return runs;
}
} // namespace

SearchBudget randomSearch(double trials, double fractionPerTrial)
{
    return {trials, trials * fractionPerTrial};
}

SearchBudget gridSearch(std::span<const double> valuesPerParameter, double fractionPerTrial)
{
    double trials = valuesPerParameter.empty() ? 0.0 : 1.0;
    for (const double count : valuesPerParameter)
        trials *= count;
    return randomSearch(trials, fractionPerTrial);
}

SearchBudget successiveHalving(double configurations, double eta, double minFraction, bool resume)
{
    const int rounds = roundsBelowFullRun(eta, minFraction);
    return {configurations, successiveHalvingRuns(configurations, eta, minFraction, rounds, resume)};
}

SearchBudget hyperband(double eta, double minFraction, bool resume)
{
    const int sMax = roundsBelowFullRun(eta, minFraction);
    SearchBudget total;
    for (int s = sMax; s >= 0; --s) {
        const double n = std::ceil((sMax + 1.0) / (s + 1.0) * std::pow(eta, s) - kSlack);
        total.trials += n;
        total.equivalentRuns += successiveHalvingRuns(n, eta, std::pow(eta, -s), s, resume);
    }
    return total;
}

} // namespace aicarbon
