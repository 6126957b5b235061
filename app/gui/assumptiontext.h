// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimate.h"

#include <QString>

namespace aicarbon {

/// The assumption's name translated: chosen by key among the names core gives it (the
/// English name rebuilt from `nameArgs` must match), ids and years kept verbatim. Falls
/// back to the English name for a name it does not know.
QString assumptionName(const Assumption& assumption);

/// Whether assumptionName() has a translation for it (else it shows the English name).
bool hasAssumptionName(const Assumption& assumption);

} // namespace aicarbon
