// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontext.h"

#include <QWidget>

namespace aicarbon {

/// The results of the current scenario: time, energy, CO2e (location- and market-based),
/// cost, equivalents, warnings and errors, and an expandable "How this was computed"
/// list (each step with the numbers substituted and its source). Reads estimates only.
class ResultsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsPanel)

public:
    explicit ResultsPanel(const AppContext& context, QWidget* parent = nullptr);
    ~ResultsPanel() override;

public Q_SLOTS:
    void setCurrentScenario(int index);

Q_SIGNALS:
    /// The user asked to step through "How this was computed" (the "Step Through…" button).
    void walkthroughRequested();

private:
    struct Private;
    Private* d;
};

} // namespace aicarbon
