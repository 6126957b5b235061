// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace aicarbon {

class PublishedFootprintModel;

/// Lessons → Published Numbers: well-known published training footprints beside this
/// tool's estimate from the same inputs, the difference in %, a planning-mode estimate
/// where the model preset allows one, and a short text on why they differ. "Open as
/// Scenario" adds the selected run to the project through the document's undoable add.
class PublishedNumbersView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishedNumbersView)

public:
    explicit PublishedNumbersView(const AppContext& context, QWidget* parent = nullptr);

    PublishedFootprintModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    void selectRow(int row);
    /// The selected row, or −1.
    int selectedRow() const;

public Q_SLOTS:
    /// Appends the selected run with the study's inputs (accounting mode) to the document;
    /// returns its index, or −1 when nothing is selected. One undo step.
    int openAsScenario();
    /// Appends the selected run planned from its model preset; −1 when it has none.
    int openPlannedScenario();

Q_SIGNALS:
    /// A scenario was added at `index` of the document.
    void scenarioOpened(int index);

protected:
    void changeEvent(QEvent* event) override;

private Q_SLOTS:
    void updateButtons();

private:
    void retranslate();
    void reload();

    AppContext m_context;
    PublishedFootprintModel* m_model;
    QLabel* m_intro;
    QTableView* m_table;
    QLabel* m_explanation;
    QPushButton* m_open;
    QPushButton* m_openPlanned;
};

} // namespace aicarbon
