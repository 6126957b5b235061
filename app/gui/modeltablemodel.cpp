// SPDX-License-Identifier: GPL-3.0-or-later
#include "modeltablemodel.h"

#include <QStringList>

namespace aicarbon {

ModelTableModel::ModelTableModel(QObject* parent)
    : CatalogModel(parent)
{
    setColumns({
        {tr("Name"), {}, false},
        {tr("Year"), {}, true},
        {tr("Parameters"), tr("Total parameters"), true},
        {tr("Active\nparameters"), tr("Parameters used per token (mixture of experts)"), true},
        {tr("Layers"), {}, true},
        {tr("d_model"), tr("Width of the residual stream"), true},
        {tr("Context\ntokens"), tr("Context length in tokens"), true},
        {tr("Training\ntokens"), tr("Tokens seen in training"), true},
        {tr("Published run on"), tr("Device of the published training run"), false},
        {tr("Devices"), tr("Number of devices of the published training run"), true},
        {tr("Source"), {}, false},
    });
}

void ModelTableModel::setRecords(std::vector<ModelRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    std::vector<QString> search;
    search.reserve(m_records.size());
    for (const ModelRecord& m : m_records)
        search.push_back(fold(m.id + ' ' + m.family + ' ' + m.name + ' ' + m.referenceDevice));
    setSearchTexts(std::move(search));
    endResetModel();
}

QVariant ModelTableModel::displayValue(int row, int column) const
{
    const ModelRecord& m = record(row);
    switch (column) {
    case Name:
        return text(m.name);
    case Year:
        return m.year ? QString::number(*m.year) : QString();
    case Parameters:
        return compact(m.parameters);
    case ActiveParameters:
        return compact(m.activeParameters);
    case Layers:
        return exact(m.layers);
    case DModel:
        return exact(m.dModel);
    case Context:
        return exact(m.context);
    case Tokens:
        return compact(m.trainingTokens);
    case Device:
        return text(m.referenceDevice);
    case DeviceCount:
        return exact(m.referenceDeviceCount);
    case Source:
        return text(m.source);
    default:
        return {};
    }
}

QVariant ModelTableModel::sortValue(int row, int column) const
{
    const ModelRecord& m = record(row);
    switch (column) {
    case Year:
        return raw(m.year);
    case Parameters:
        return raw(m.parameters);
    case ActiveParameters:
        return raw(m.activeParameters);
    case Layers:
        return raw(m.layers);
    case DModel:
        return raw(m.dModel);
    case Context:
        return raw(m.context);
    case Tokens:
        return raw(m.trainingTokens);
    case DeviceCount:
        return raw(m.referenceDeviceCount);
    default:
        return displayValue(row, column);
    }
}

QString ModelTableModel::toolTip(int row, int column) const
{
    const ModelRecord& m = record(row);
    if (column == Source)
        return sourceText(m.source);
    return summary(m);
}

QString ModelTableModel::summary(const ModelRecord& m) const
{
    QStringList lines {text(m.name)};
    if (!m.family.empty())
        lines << tr("Family: %1").arg(text(m.family));
    lines << tr("Id: %1").arg(text(m.id));
    if (m.parameters)
        lines << tr("Parameters: %1").arg(format().count(*m.parameters));
    if (m.trainingTokens)
        lines << tr("Training tokens: %1").arg(format().count(*m.trainingTokens));
    if (m.heads || m.vocab)
        lines << tr("Heads: %1, vocabulary: %2").arg(exact(m.heads), exact(m.vocab));
    lines << tr("Source: %1").arg(sourceText(m.source));
    return lines.join(QLatin1Char('\n'));
}

QString ModelTableModel::recordId(int row) const
{
    return text(record(row).id);
}

} // namespace aicarbon
