// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

// Compute budgets of hyperparameter searches, in units of one full training run
// (the final run). See docs/methodology.md, "Hyperparameter search".

namespace aicarbon {

struct SearchBudget
{
    double trials = 0.0; ///< configurations trained (at any budget)
    double equivalentRuns = 0.0; ///< total compute / compute of one full run

    /// Mean share of a full run per trial; 0 when there are no trials.
    double meanTrialFraction() const { return trials > 0.0 ? equivalentRuns / trials : 0.0; }
};

/// `trials` independent trials each costing `fractionPerTrial` of a full run.
SearchBudget randomSearch(double trials, double fractionPerTrial);

/// Full factorial grid: trials = product of the value counts.
SearchBudget gridSearch(std::span<const double> valuesPerParameter, double fractionPerTrial);

/// Successive halving (Jamieson & Talwalkar 2016, as the inner loop of Li et al. 2018):
/// round i trains floor(n·η^-i) configurations to a budget r·η^i (share of a full run),
/// for i = 0 … s with s the largest integer such that r·η^s ≤ 1.
/// With `resume`, a promoted configuration continues from its checkpoint and only pays
/// the increment r_i − r_{i−1}; otherwise it is retrained from scratch.
/// Requires n ≥ 1, η > 1, 0 < r ≤ 1.
SearchBudget successiveHalving(double configurations, double eta, double minFraction, bool resume);

/// Hyperband (Li et al. 2018, Algorithm 1) with maximum budget R = 1 full run and
/// minimum budget r = minFraction: s_max = floor(log_η(1/r)); bracket s runs successive
/// halving on n = ceil((s_max+1)/(s+1)·η^s) configurations starting at budget η^-s.
SearchBudget hyperband(double eta, double minFraction, bool resume);

} // namespace aicarbon
