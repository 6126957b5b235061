// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QString>

namespace aicarbon {

class ScenarioDocument;

/// Every change to a ScenarioDocument goes through these functions, which push an undo
/// command. Consecutive edits of the same field of the same scenario (typing, dragging a
/// slider) merge into one undo step.
namespace Command {

/// Replaces scenario `index` with `updated`. `field` names what changed (e.g.
/// "hardware.mfu"); it is the undo text and the merge key.
void editScenario(ScenarioDocument* document, int index, Scenario updated, const QString& field);
/// Appends (or inserts at `at`) a scenario; returns its index.
int addScenario(ScenarioDocument* document, Scenario scenario, int at = -1);
/// Inserts a copy named "… (copy)" after `index`; returns the new index.
int duplicateScenario(ScenarioDocument* document, int index);
void removeScenario(ScenarioDocument* document, int index);
void moveScenario(ScenarioDocument* document, int from, int to);
void renameScenario(ScenarioDocument* document, int index, const QString& name);
void setBaseline(ScenarioDocument* document, int index);
void renameProject(ScenarioDocument* document, const QString& name);

} // namespace Command
} // namespace aicarbon
