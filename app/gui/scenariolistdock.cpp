// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariolistdock.h"

#include "appsettings.h"
#include "scenariocommands.h"
#include "scenariodocument.h"
#include "scenariolistmodel.h"

#include <QGridLayout>
#include <QIcon>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

namespace aicarbon {

Scenario newScenarioTemplate(const QString& name, const AppSettings& settings)
{
    Scenario s;
    s.name = name.toStdString();
    s.workload.parameters = 1e9;
    s.workload.tokens = 2e10;
    s.hardware.device = "nvidia-a100-sxm4-80gb";
    s.hardware.count = 8;
    s.hardware.mfu = settings.defaultMfu();
    s.facility.region = "WORLD";
    s.facility.pue = settings.defaultPue();
    return s;
}

ScenarioListDock::ScenarioListDock(const AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ScenarioListModel(context.document, context.settings, this))
    , m_view(new QListView(this))
{
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformItemSizes(true);
    m_view->setAccessibleName(tr("Scenarios"));

    // Two rows of three keep the dock narrow when the buttons show text (no icon theme).
    auto* buttons = new QGridLayout;
    buttons->setSpacing(2);
    connect(addButton(tr("Add"), tr("Add a new scenario"), QStringLiteral("list-add")), &QToolButton::clicked,
            this, &ScenarioListDock::addScenario);
    m_duplicate =
        addButton(tr("Duplicate"), tr("Duplicate the selected scenario"), QStringLiteral("edit-copy"));
    m_delete = addButton(tr("Delete"), tr("Delete the selected scenario"), QStringLiteral("list-remove"));
    m_up = addButton(tr("Up"), tr("Move the scenario up"), QStringLiteral("go-up"));
    m_down = addButton(tr("Down"), tr("Move the scenario down"), QStringLiteral("go-down"));
    m_baseline =
        addButton(tr("Baseline"), tr("Compare every scenario against this one"), QStringLiteral("flag"));
    connect(m_duplicate, &QToolButton::clicked, this, &ScenarioListDock::duplicateScenario);
    connect(m_delete, &QToolButton::clicked, this, &ScenarioListDock::deleteScenario);
    connect(m_up, &QToolButton::clicked, this, &ScenarioListDock::moveUp);
    connect(m_down, &QToolButton::clicked, this, &ScenarioListDock::moveDown);
    connect(m_baseline, &QToolButton::clicked, this, &ScenarioListDock::makeBaseline);
    const auto buttonList = findChildren<QToolButton*>();
    for (int i = 0; i < buttonList.size(); ++i) {
        buttonList[i]->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        buttons->addWidget(buttonList[i], i / 3, i % 3);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ScenarioListDock::onSelectionChanged);
    connect(context.document, &ScenarioDocument::changed, this, &ScenarioListDock::onDocumentChanged);
    updateButtons();
}

QToolButton* ScenarioListDock::addButton(const QString& text, const QString& tip, const QString& iconName)
{
    auto* button = new QToolButton(this);
    button->setText(text);
    button->setToolTip(tip);
    button->setIcon(QIcon::fromTheme(iconName));
    button->setToolButtonStyle(QIcon::hasThemeIcon(iconName) ? Qt::ToolButtonIconOnly
                                                             : Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    return button;
}

QSize ScenarioListDock::sizeHint() const
{
    return {230, 400};
}

int ScenarioListDock::currentScenario() const
{
    return m_current;
}

void ScenarioListDock::setCurrentScenario(int index)
{
    if (index < 0 || index >= m_model->rowCount())
        index = m_model->rowCount() > 0 ? 0 : -1;
    m_view->setCurrentIndex(m_model->index(index));
    if (index != m_current) {
        m_current = index;
        Q_EMIT currentScenarioChanged(index);
    }
    updateButtons();
}

void ScenarioListDock::addScenario()
{
    const QString name = tr("Scenario %1").arg(m_context.document->count() + 1);
    setCurrentScenario(
        Command::addScenario(m_context.document, newScenarioTemplate(name, *m_context.settings)));
}

void ScenarioListDock::duplicateScenario()
{
    if (m_current >= 0)
        setCurrentScenario(Command::duplicateScenario(m_context.document, m_current));
}

void ScenarioListDock::deleteScenario()
{
    if (m_current >= 0 && m_context.document->count() > 1)
        Command::removeScenario(m_context.document, m_current);
}

void ScenarioListDock::moveUp()
{
    if (m_current > 0) {
        const int target = m_current - 1;
        Command::moveScenario(m_context.document, m_current, target);
        setCurrentScenario(target);
    }
}

void ScenarioListDock::moveDown()
{
    if (m_current >= 0 && m_current + 1 < m_context.document->count()) {
        const int target = m_current + 1;
        Command::moveScenario(m_context.document, m_current, target);
        setCurrentScenario(target);
    }
}

void ScenarioListDock::makeBaseline()
{
    if (m_current >= 0)
        Command::setBaseline(m_context.document, m_current);
}

void ScenarioListDock::onDocumentChanged(const ChangeEvent& event)
{
    switch (event.kind) {
    case ChangeEvent::Kind::Reset:
        m_current = -1;
        setCurrentScenario(0);
        break;
    case ChangeEvent::Kind::Inserted:
        setCurrentScenario(event.index);
        break;
    case ChangeEvent::Kind::Removed:
        m_current = -1;
        setCurrentScenario(std::min(event.index, m_context.document->count() - 1));
        break;
    case ChangeEvent::Kind::Moved:
        setCurrentScenario(event.to);
        break;
    default:
        updateButtons();
        break;
    }
}

void ScenarioListDock::onSelectionChanged()
{
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    if (row != m_current) {
        m_current = row;
        Q_EMIT currentScenarioChanged(row);
    }
    updateButtons();
}

void ScenarioListDock::updateButtons()
{
    const int count = m_context.document->count();
    m_duplicate->setEnabled(m_current >= 0);
    m_delete->setEnabled(m_current >= 0 && count > 1);
    m_up->setEnabled(m_current > 0);
    m_down->setEnabled(m_current >= 0 && m_current + 1 < count);
    m_baseline->setEnabled(m_current >= 0 && m_current != m_context.document->baseline());
}

} // namespace aicarbon
