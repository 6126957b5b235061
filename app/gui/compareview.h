// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontext.h"

#include <QWidget>

namespace aicarbon {

/// Side-by-side comparison of all scenarios: a table (metrics as rows, one column per
/// scenario, deltas against the baseline in % and absolute) and charts (stacked emissions
/// by component, energy, wall-clock time, time-vs-emissions scatter) with a metric/unit
/// picker, the scenario colours, and hover tooltips. Reads estimates only.
class CompareView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareView)

public:
    explicit CompareView(const AppContext& context, QWidget* parent = nullptr);
    ~CompareView() override;

    /// Redraws every chart now (the benchmark and the smoke test call it).
    void replotAll();

private:
    struct Private;
    Private* d;
};

} // namespace aicarbon
