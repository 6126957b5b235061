// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontext.h"

#include <QWidget>

namespace aicarbon {

/// What-if for the current scenario: every region of the catalog ranked by emissions
/// (filters by provider/country, top/bottom N, the current region highlighted) and every
/// device plotted as time vs emissions with the Pareto front marked. "Create scenario
/// from this" turns a region or device into a new scenario (Command::addScenario).
class WhatIfView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhatIfView)

public:
    explicit WhatIfView(const AppContext& context, QWidget* parent = nullptr);
    ~WhatIfView() override;

    void replotAll();

public Q_SLOTS:
    void setCurrentScenario(int index);

Q_SIGNALS:
    /// A new scenario was created from a point; the main window selects it.
    void scenarioCreated(int index);

private:
    struct Private;
    Private* d;
};

} // namespace aicarbon
