// SPDX-License-Identifier: GPL-3.0-or-later
#include "regiontablemodel.h"

#include <QStringList>

namespace aicarbon {

RegionTableModel::RegionTableModel(QObject* parent)
    : CatalogModel(parent)
{
    setColumns({
        {tr("Name"), {}, false},
        {tr("Id"), tr("The id scenario files and aicarbon-cli use"), false},
        {tr("Kind"), {}, false},
        {tr("Country"), tr("ISO 3166-1 alpha-2 code"), false},
        {tr("Intensity\ng/kWh"), tr("Grid carbon intensity used by default: the primary series' latest year"),
         true},
        {tr("Year"), tr("Year of the intensity value"), true},
        {tr("Basis"), tr("Lifecycle includes upstream emissions of the fuels; direct counts combustion only"),
         false},
        {tr("Carbon-free\n%"), tr("Share of carbon-free electricity, where the source gives it"), true},
        {tr("Source"), tr("Source of the intensity value"), false},
    });
}

void RegionTableModel::setRecords(std::vector<RegionRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    std::vector<QString> search;
    search.reserve(m_rows.size());
    for (const RegionRow& r : m_rows) {
        const RegionRecord& g = r.region;
        search.push_back(fold(g.id + ' ' + g.name + ' ' + g.kind + ' ' + g.country + ' ' + g.aliases));
    }
    setSearchTexts(std::move(search));
    endResetModel();
}

int RegionTableModel::rowOf(const QString& id) const
{
    const std::string key = id.toStdString();
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].region.id == key)
            return static_cast<int>(row);
    }
    return -1;
}

QString RegionTableModel::kindName(const std::string& kind)
{
    if (kind == "world")
        return tr("World");
    if (kind == "aggregate")
        return tr("Group");
    if (kind == "country")
        return tr("Country");
    if (kind == "state")
        return tr("State/province");
    if (kind == "zone")
        return tr("Grid zone");
    return text(kind);
}

QString RegionTableModel::basisName(const std::string& basis)
{
    if (basis == "lifecycle")
        return tr("lifecycle");
    if (basis == "direct")
        return tr("direct");
    return text(basis);
}

QVariant RegionTableModel::displayValue(int row, int column) const
{
    const RegionRow& r = record(row);
    const std::optional<IntensityRecord>& i = r.intensity;
    switch (column) {
    case Name:
        return text(r.region.name);
    case Id:
        return text(r.region.id);
    case Kind:
        return kindName(r.region.kind);
    case Country:
        return text(r.region.country);
    case Intensity:
        return i ? significant(i->gPerKwh) : QString();
    case Year:
        return i ? QString::number(i->year) : QString();
    case Basis:
        return i ? basisName(i->basis) : QString();
    case Cfe:
        return i && i->cfeFraction ? significant(*i->cfeFraction * 100.0) : QString();
    case Source:
        return r.region.userDefined ? tr("yours") : i ? text(i->source) : QString();
    default:
        return {};
    }
}

QVariant RegionTableModel::sortValue(int row, int column) const
{
    const std::optional<IntensityRecord>& i = record(row).intensity;
    switch (column) {
    case Intensity:
        return i ? QVariant(i->gPerKwh) : QVariant();
    case Year:
        return i ? QVariant(i->year) : QVariant();
    case Cfe:
        return i ? raw(i->cfeFraction) : QVariant();
    default:
        return displayValue(row, column);
    }
}

QString RegionTableModel::toolTip(int row, int column) const
{
    const RegionRow& r = record(row);
    if (column == Source || column == Intensity)
        return r.intensity ? sourceText(r.intensity->source) : tr("No intensity value");
    return summary(r);
}

QString RegionTableModel::summary(const RegionRow& row) const
{
    const RegionRecord& g = row.region;
    QStringList lines {text(g.name) + (g.userDefined ? tr(" (your own entry)") : QString())};
    lines << tr("Id: %1 (%2)").arg(text(g.id), kindName(g.kind));
    if (!g.parent.empty())
        lines << tr("Part of: %1").arg(text(g.parent));
    if (!g.aliases.empty())
        lines << tr("Also known as: %1").arg(text(g.aliases).replace(QLatin1Char(';'), QStringLiteral(", ")));
    if (row.intensity) {
        const IntensityRecord& i = *row.intensity;
        lines << tr("%1 g/kWh in %2 (%3)").arg(exact(i.gPerKwh), QString::number(i.year), basisName(i.basis));
        lines << tr("Source: %1").arg(sourceText(i.source));
    }
    return lines.join(QLatin1Char('\n'));
}

QString RegionTableModel::recordId(int row) const
{
    return text(record(row).region.id);
}

bool RegionTableModel::isUserDefined(int row) const
{
    return record(row).region.userDefined;
}

} // namespace aicarbon
