// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishednumbersview.h"

#include "appsettings.h"
#include "defaults.h"
#include "publishedfootprintmodel.h"
#include "scenariocommands.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace aicarbon {

PublishedNumbersView::PublishedNumbersView(const AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new PublishedFootprintModel(this))
    , m_intro(new QLabel(this))
    , m_table(new QTableView(this))
    , m_explanation(new QLabel(this))
    , m_open(new QPushButton(this))
    , m_openPlanned(new QPushButton(this))
{
    m_intro->setWordWrap(true);
    m_explanation->setWordWrap(true);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_table->setObjectName(QStringLiteral("publishedTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_open->setObjectName(QStringLiteral("openAsScenario"));
    m_openPlanned->setObjectName(QStringLiteral("openPlannedScenario"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_openPlanned);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_explanation);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PublishedNumbersView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PublishedNumbersView::updateButtons);
    connect(m_open, &QPushButton::clicked, this, &PublishedNumbersView::openAsScenario);
    connect(m_openPlanned, &QPushButton::clicked, this, &PublishedNumbersView::openPlannedScenario);
    retranslate();
}

void PublishedNumbersView::selectRow(int row)
{
    m_table->selectRow(row);
}

int PublishedNumbersView::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

int PublishedNumbersView::openAsScenario()
{
    const int row = selectedRow();
    if (row < 0 || !m_context.document)
        return -1;
    const int index = Command::addScenario(m_context.document, m_model->comparison(row).scenario);
    Q_EMIT scenarioOpened(index);
    return index;
}

int PublishedNumbersView::openPlannedScenario()
{
    const int row = selectedRow();
    if (row < 0 || !m_context.document || !m_model->comparison(row).planningScenario)
        return -1;
    const int index = Command::addScenario(m_context.document, *m_model->comparison(row).planningScenario);
    Q_EMIT scenarioOpened(index);
    return index;
}

void PublishedNumbersView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void PublishedNumbersView::updateButtons()
{
    const int row = selectedRow();
    m_open->setEnabled(row >= 0 && m_context.document);
    m_openPlanned->setEnabled(row >= 0 && m_context.document && m_model->comparison(row).planningScenario);
}

void PublishedNumbersView::retranslate()
{
    m_intro->setText(tr("Well-known published training footprints beside this tool's estimate from the same "
                        "inputs: the study's devices, duration, average power, PUE and grid intensity. Hover "
                        "over a row to see the inputs used."));
    m_explanation->setText(
        tr("<p><b>Why do estimates and reports differ?</b></p><ul>"
           "<li><b>Rounding.</b> Papers print days, watts and tonnes with two or three digits; small runs "
           "differ most.</li>"
           "<li><b>What was counted.</b> Strubell et al. measured the whole machine (processors, memory and "
           "GPUs); Patterson et al. include the host in the power per chip; the BLOOM figure counts GPU "
           "power "
           "only, without data-centre overhead (PUE), idle machines or manufacturing.</li>"
           "<li><b>PUE and grid.</b> Each study chose its own data-centre overhead and grid intensity, and "
           "the "
           "estimate uses exactly those. In another year or region the same run emits very differently.</li>"
           "<li><b>Host power.</b> Servers also power processors, memory and networking; the Llama 2 and "
           "BLOOM figures count the accelerators only.</li>"
           "<li><b>Planning mode</b> starts from parameters × tokens at an assumed %1 % model FLOPs "
           "utilization, before any training. The real runs used their chips differently, so a plan can be "
           "far from the report: that is the uncertainty of planning.</li></ul>")
            .arg(QLocale().toString(defaults::kMfu.value * 100.0, 'f', 0)));
    m_open->setText(tr("&Open as Scenario"));
    m_open->setToolTip(tr("Add the selected run, with the study's inputs, to the project (undoable)"));
    m_openPlanned->setText(tr("Open &Planned Scenario"));
    m_openPlanned->setToolTip(
        tr("Add the selected run planned from its model preset to the project (undoable)"));
    reload();
}

void PublishedNumbersView::reload()
{
    const int row = selectedRow();
    const DisplayFormat format = m_context.settings
        ? m_context.settings->displayFormat()
        : DisplayFormat(QLocale(), MassUnit::Automatic, EnergyUnit::Automatic);
    if (m_context.catalog)
        m_model->setComparisons(comparePublishedFootprints(*m_context.catalog), m_context.catalog, format);
    m_table->resizeColumnsToContents();
    if (row >= 0)
        selectRow(row);
}

} // namespace aicarbon
