// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimate.h"

#include <QString>

namespace aicarbon {

/// The name of a shipped equivalent (data/equivalents.csv) translated by id; a user's
/// own equivalent keeps its name.
QString equivalentName(const EquivalentValue& equivalent);

/// Its unit ("km driven") translated by id, or the catalog's unit.
QString equivalentUnit(const EquivalentValue& equivalent);

/// Whether the id is one of the shipped equivalents with a translated name and unit.
bool isKnownEquivalent(const std::string& id);

} // namespace aicarbon
