// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontext.h"

#include <QWidget>

namespace aicarbon {

/// Which uncertain input matters for the current scenario (methodology §13.4): a tornado
/// chart of total CO2e with each input at its low and at its high bound (the others
/// central), and a table of the ranges, swings and Sobol variance shares.
class SensitivityView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SensitivityView)

public:
    explicit SensitivityView(const AppContext& context, QWidget* parent = nullptr);
    ~SensitivityView() override;

public Q_SLOTS:
    void setCurrentScenario(int index);

private:
    struct Private;
    Private* d;
};

} // namespace aicarbon
