// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontext.h"

#include <QWidget>

namespace aicarbon {

struct ChangeEvent;

/// Edits the current scenario in grouped sections (Workload, Hardware, Location, Search &
/// development, Embodied, Cost). Every change goes through Command::editScenario with the
/// field name as merge key; fields left open show the engine's default as a marked
/// placeholder; invalid input is flagged inline with the reason.
class ScenarioEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioEditor)

public:
    explicit ScenarioEditor(const AppContext& context, QWidget* parent = nullptr);
    ~ScenarioEditor() override;

    int currentScenario() const;

public Q_SLOTS:
    void setCurrentScenario(int index);

private:
    struct Private;
    Private* d;
};

} // namespace aicarbon
