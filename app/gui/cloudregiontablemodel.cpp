// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudregiontablemodel.h"

#include <QStringList>

namespace aicarbon {

CloudRegionTableModel::CloudRegionTableModel(QObject* parent)
    : CatalogModel(parent)
{
    setColumns({
        {tr("Provider"), {}, false},
        {tr("Region code"), {}, false},
        {tr("Name"), {}, false},
        {tr("Location"), {}, false},
        {tr("Grid region"), tr("The grid region whose carbon intensity applies"), false},
        {tr("Grid\ng/kWh"), tr("Default carbon intensity of the grid region"), true},
        {tr("PUE"), tr("Power usage effectiveness: the region's own figure, else the provider's default"),
         true},
        {tr("Source"), tr("Source documenting the region and its location"), false},
    });
}

void CloudRegionTableModel::setRecords(std::vector<CloudRegionRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    std::vector<QString> search;
    search.reserve(m_rows.size());
    for (const CloudRegionRow& r : m_rows) {
        const CloudRegionRecord& c = r.record;
        search.push_back(fold(c.id + ' ' + c.name + ' ' + c.city + ' ' + c.country + ' ' + c.gridRegion + ' '
                              + r.gridRegionName + ' ' + providerName(c.provider).toStdString()));
    }
    setSearchTexts(std::move(search));
    endResetModel();
}

QString CloudRegionTableModel::providerName(const std::string& provider)
{
    if (provider == "aws")
        return QStringLiteral("AWS");
    if (provider == "gcp")
        return QStringLiteral("Google Cloud");
    if (provider == "azure")
        return QStringLiteral("Azure");
    if (provider == "coreweave")
        return QStringLiteral("CoreWeave");
    if (provider == "ovh")
        return QStringLiteral("OVHcloud");
    if (provider == "scaleway")
        return QStringLiteral("Scaleway");
    if (provider == "seeweb")
        return QStringLiteral("Seeweb");
    return text(provider);
}

QVariant CloudRegionTableModel::displayValue(int row, int column) const
{
    const CloudRegionRow& r = record(row);
    const CloudRegionRecord& c = r.record;
    switch (column) {
    case Provider:
        return providerName(c.provider);
    case Code:
        return text(c.regionCode);
    case Name:
        return text(c.name);
    case Location:
        return c.city.empty() ? text(c.country) : tr("%1, %2").arg(text(c.city), text(c.country));
    case GridRegion:
        return r.gridRegionName.empty() ? text(c.gridRegion)
                                        : tr("%1 (%2)").arg(text(r.gridRegionName), text(c.gridRegion));
    case Intensity:
        return r.gridIntensity ? significant(r.gridIntensity->gPerKwh) : QString();
    case Pue:
        return pueText(r);
    case Source:
        return text(c.source);
    default:
        return {};
    }
}

QVariant CloudRegionTableModel::sortValue(int row, int column) const
{
    const CloudRegionRow& r = record(row);
    switch (column) {
    case Intensity:
        return r.gridIntensity ? QVariant(r.gridIntensity->gPerKwh) : QVariant();
    case Pue:
        return raw(pue(r));
    default:
        return displayValue(row, column);
    }
}

QString CloudRegionTableModel::toolTip(int row, int column) const
{
    const CloudRegionRow& r = record(row);
    switch (column) {
    case Pue:
        return pueToolTip(r);
    case Intensity:
        return r.gridIntensity ? sourceText(r.gridIntensity->source) : QString();
    case Source:
        return sourceText(r.record.source);
    default:
        return summary(r);
    }
}

std::optional<double> CloudRegionTableModel::pue(const CloudRegionRow& row) const
{
    if (row.record.pue)
        return row.record.pue;
    return row.pueDefault ? std::optional<double>(row.pueDefault->pue) : std::nullopt;
}

QString CloudRegionTableModel::pueText(const CloudRegionRow& row) const
{
    if (row.record.pue)
        return exact(row.record.pue);
    if (!row.pueDefault)
        return {};
    return tr("%1 (default)").arg(exact(row.pueDefault->pue));
}

QString CloudRegionTableModel::pueToolTip(const CloudRegionRow& row) const
{
    if (row.record.pue)
        return tr("Region's own PUE. Source: %1").arg(sourceText(row.record.pueSource));
    if (!row.pueDefault)
        return tr("No PUE known");
    const QString whose =
        row.pueDefault->provider == "global" ? tr("Worldwide average PUE") : tr("Provider's fleet-wide PUE");
    return tr("%1 (no figure for this region). Source: %2").arg(whose, sourceText(row.pueDefault->source));
}

QString CloudRegionTableModel::summary(const CloudRegionRow& row) const
{
    const CloudRegionRecord& c = row.record;
    QStringList lines {providerName(c.provider) + QLatin1Char(' ') + text(c.regionCode)};
    lines << tr("Id: %1").arg(text(c.id));
    if (!c.city.empty())
        lines << tr("Location: %1, %2").arg(text(c.city), text(c.country));
    lines << tr("Grid region: %1").arg(text(c.gridRegion));
    lines << tr("Source: %1").arg(sourceText(c.source));
    return lines.join(QLatin1Char('\n'));
}

QString CloudRegionTableModel::recordId(int row) const
{
    return text(record(row).record.id);
}

} // namespace aicarbon
