// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariolistmodel.h"

#include "appsettings.h"
#include "diagnostictext.h"
#include "scenariocommands.h"
#include "scenariodocument.h"

#include <QFont>
#include <QPainter>
#include <QPixmap>

namespace aicarbon {

namespace {
QPixmap swatch(const QColor& color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(color);
    painter.setPen(color.darker(140));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 13, 13), 3, 3);
    return pixmap;
}
} // namespace

ScenarioListModel::ScenarioListModel(ScenarioDocument* document, AppSettings* settings, QObject* parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_settings(settings)
{
    connect(m_document, &ScenarioDocument::changed, this, &ScenarioListModel::onDocumentChanged);
    connect(m_settings, &AppSettings::changed, this, &ScenarioListModel::onSettingsChanged);
}

int ScenarioListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_document->count();
}

QVariant ScenarioListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const QString name = QString::fromStdString(m_document->scenario(row).name);
    const bool isBaseline = row == m_document->baseline();
    switch (role) {
    case Qt::DisplayRole:
        return isBaseline ? tr("%1 (baseline)").arg(name) : name;
    case Qt::EditRole:
        return name;
    case Qt::DecorationRole:
        return swatch(scenarioColor(m_document->colorSlot(row), m_settings->palette()));
    case Qt::FontRole: {
        QFont font;
        font.setBold(isBaseline);
        return font;
    }
    case Qt::ToolTipRole: {
        const Estimate& e = m_document->estimate(row);
        if (!e.valid())
            return tr("Invalid: %1").arg(diagnosticText(e.diagnostics.front()));
        return tr("Total: %1 CO2e").arg(m_settings->displayFormat().mass(e.figures.totalEmissions));
    }
    default:
        return {};
    }
}

bool ScenarioListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty())
        return false;
    Command::renameScenario(m_document, index.row(), name);
    return true;
}

Qt::ItemFlags ScenarioListModel::flags(const QModelIndex& index) const
{
    return QAbstractListModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

void ScenarioListModel::onDocumentChanged(const ChangeEvent& event)
{
    if (event.kind == ChangeEvent::Kind::Edited) {
        const QModelIndex changed = index(event.index);
        Q_EMIT dataChanged(changed, changed);
        return;
    }
    if (event.kind == ChangeEvent::Kind::Renamed)
        return;
    // Structural changes arrive after the document changed: a reset keeps the contract.
    beginResetModel();
    endResetModel();
}

void ScenarioListModel::onSettingsChanged()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DecorationRole, Qt::ToolTipRole});
}

} // namespace aicarbon
