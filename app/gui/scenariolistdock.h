// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontext.h"
#include "scenario.h"

#include <QWidget>

class QListView;
class QToolButton;

namespace aicarbon {

class ScenarioListModel;
struct ChangeEvent;

/// The scenario list: select, add, duplicate, rename (double-click), delete, reorder,
/// and mark the baseline for deltas.
class ScenarioListDock final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioListDock)

public:
    explicit ScenarioListDock(const AppContext& context, QWidget* parent = nullptr);

    int currentScenario() const;
    QSize sizeHint() const override;

public Q_SLOTS:
    void setCurrentScenario(int index);
    void addScenario();
    void duplicateScenario();
    void deleteScenario();
    void moveUp();
    void moveDown();
    void makeBaseline();

Q_SIGNALS:
    void currentScenarioChanged(int index);

private:
    void onDocumentChanged(const aicarbon::ChangeEvent& event);
    void onSelectionChanged();
    void updateButtons();
    QToolButton* addButton(const QString& text, const QString& tip, const QString& iconName);

    AppContext m_context;
    ScenarioListModel* m_model;
    QListView* m_view;
    QToolButton* m_duplicate = nullptr;
    QToolButton* m_delete = nullptr;
    QToolButton* m_up = nullptr;
    QToolButton* m_down = nullptr;
    QToolButton* m_baseline = nullptr;
    int m_current = -1;
};

/// A new, valid scenario to start from: 1B parameters, 20B tokens, 8 A100, world-average
/// grid, with the user's preferred default MFU and PUE when set.
Scenario newScenarioTemplate(const QString& name, const AppSettings& settings);

} // namespace aicarbon
