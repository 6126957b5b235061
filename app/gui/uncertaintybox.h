// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontext.h"

#include <QGroupBox>

class QFormLayout;
class QLabel;

namespace aicarbon {

struct Estimate;
struct UncertaintyResult;
class DisplayFormat;

/// The 90% intervals of the current scenario's main figures, "62 t (41–95 t, 90%
/// interval)", and how they were drawn. Follows ScenarioUncertainty: shows "computing"
/// while a run is under way and hides itself when intervals are switched off.
class UncertaintyBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UncertaintyBox)

public:
    explicit UncertaintyBox(const AppContext& context, QWidget* parent = nullptr);

    void setCurrentScenario(int index);
    void refresh();

private:
    void showResult(const UncertaintyResult& r, const Estimate& e, const DisplayFormat& f);
    void setRow(const char* key, const QString& text);

    AppContext m_context;
    int m_current = -1;
    QFormLayout* m_form;
    QLabel* m_status;
};

} // namespace aicarbon
