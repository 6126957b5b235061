// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "displayformat.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace aicarbon {

class DisplayFormat;
struct Estimate;

/// One step of "How this was computed": the formula, the same formula with the
/// estimate's numbers substituted, the result, and where the inputs come from.
struct HowComputedStep
{
    QString title; ///< "Training compute"
    QString formula; ///< "C = k × N × D"
    QString substituted; ///< "C = 6 × 1.75 × 10¹¹ × 3 × 10¹¹ = 3.15 × 10²³ FLOP"
    QString result; ///< "3.15 × 10²³ FLOP"
    QString source; ///< the sources of the inputs (assumptions), "; "-separated
    QString explanation; ///< one plain-language sentence: what the step means
};

/// The steps of an estimate, in the order of docs/methodology.md (compute, time, power,
/// energy, emissions, search, development, embodied, total, cost). Reads the resolved
/// inputs, the figures, the compute breakdown and the assumptions; recomputes nothing
/// beyond display arithmetic. Empty when the estimate has errors.
QList<HowComputedStep> howComputed(const Estimate& estimate, const DisplayFormat& format);

} // namespace aicarbon
