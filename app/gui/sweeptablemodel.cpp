// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweeptablemodel.h"

#include "comparisondata.h"

#include <QFont>

#include <algorithm>

namespace aicarbon {

namespace {

bool isNumeric(SweepTableModel::Column column)
{
    using C = SweepTableModel::Column;
    return column == C::Rank || column == C::Intensity || column == C::Pue || column == C::WallClock
        || column == C::Energy || column == C::Emissions || column == C::Change;
}

} // namespace

SweepTableModel::SweepTableModel(Kind kind, QObject* parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{
    using C = Column;
    if (kind == Kind::Regions)
        m_columns = {C::Rank,  C::Name, C::Emissions, C::Change, C::Intensity,
                     C::Basis, C::Pue,  C::Group,     C::Country};
    else
        m_columns = {C::Name, C::Emissions, C::WallClock, C::Change, C::Front, C::Energy, C::Group};
}

void SweepTableModel::setResults(std::vector<SweepRow> rows, const std::string& currentId,
                                 double currentKilograms, const DisplayFormat& format)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_currentId = currentId;
    m_currentKilograms = currentKilograms;
    m_format = format;
    endResetModel();
}

int SweepTableModel::rowOf(const std::string& id) const
{
    const auto found =
        std::find_if(m_rows.begin(), m_rows.end(), [&id](const SweepRow& r) { return r.point.id == id; });
    return found == m_rows.end() ? -1 : static_cast<int>(found - m_rows.begin());
}

int SweepTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SweepTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant SweepTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SweepRow& row = m_rows[static_cast<std::size_t>(index.row())];
    const Column column = columnKind(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::ToolTipRole:
        return toolTip(row);
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                 : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row.point.id == m_currentId) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case RawValueRole:
        return rawValue(row, column);
    case IdRole:
        return QString::fromStdString(row.point.id);
    default:
        return {};
    }
}

QVariant SweepTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount() || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (columnKind(section)) {
    case Column::Rank:
        return tr("#");
    case Column::Name:
        return m_kind == Kind::Regions ? tr("Region") : tr("Device");
    case Column::Group:
        return m_kind == Kind::Regions ? tr("Provider") : tr("Vendor");
    case Column::Country:
        return tr("Country");
    case Column::Intensity:
        return tr("g CO₂e/kWh");
    case Column::Basis:
        return tr("Basis");
    case Column::Pue:
        return tr("PUE");
    case Column::WallClock:
        return tr("Wall-clock");
    case Column::Energy:
        return tr("Facility energy");
    case Column::Emissions:
        return tr("Total CO₂e");
    case Column::Front:
        return tr("Pareto front");
    case Column::Change:
        return tr("vs current");
    }
    return {};
}

QString SweepTableModel::displayText(const SweepRow& row, Column column) const
{
    const SweepPoint& p = row.point;
    switch (column) {
    case Column::Rank:
        return m_format.count(row.rank);
    case Column::Name:
        return p.id == m_currentId ? tr("%1 (current)").arg(QString::fromStdString(p.name))
                                   : QString::fromStdString(p.name);
    case Column::Group:
        return p.group.empty() ? tr("grid") : QString::fromStdString(p.group);
    case Column::Country:
        return QString::fromStdString(p.country);
    case Column::Intensity:
        return m_format.number(p.intensityGPerKwh);
    case Column::Basis:
        return basisText(p.basis);
    case Column::Pue:
        return m_format.number(p.pue);
    case Column::WallClock:
        return m_format.duration(p.wallClock);
    case Column::Energy:
        return m_format.energy(p.facilityEnergy);
    case Column::Emissions:
        return m_format.mass(p.totalEmissions);
    case Column::Front:
        return row.onFront ? tr("yes") : QString();
    case Column::Change:
        return m_currentKilograms > 0.0
            ? m_format.percentChange(p.totalEmissions.kilograms(), m_currentKilograms)
            : QString();
    }
    return {};
}

QVariant SweepTableModel::rawValue(const SweepRow& row, Column column) const
{
    const SweepPoint& p = row.point;
    switch (column) {
    case Column::Rank:
        return row.rank;
    case Column::Intensity:
        return p.intensityGPerKwh;
    case Column::Pue:
        return p.pue;
    case Column::WallClock:
        return p.wallClock.hours();
    case Column::Energy:
        return p.facilityEnergy.kilowattHours();
    case Column::Emissions:
        return p.totalEmissions.kilograms();
    case Column::Front:
        return row.onFront ? 1 : 0;
    case Column::Change:
        return m_currentKilograms > 0.0 ? QVariant(p.totalEmissions.kilograms() / m_currentKilograms - 1.0)
                                        : QVariant();
    case Column::Name:
    case Column::Group:
    case Column::Country:
    case Column::Basis:
        break;
    }
    return displayText(row, column).toCaseFolded();
}

QString SweepTableModel::toolTip(const SweepRow& row) const
{
    const SweepPoint& p = row.point;
    const QLocale& locale = m_format.locale();
    QStringList lines {
        QStringLiteral("%1 (%2)").arg(QString::fromStdString(p.name), QString::fromStdString(p.id))};
    if (m_kind == Kind::Regions)
        lines << tr("Grid intensity: %1 gCO₂e/kWh, %2")
                     .arg(exactNumber(locale, p.intensityGPerKwh), basisText(p.basis))
              << tr("PUE: %1").arg(exactNumber(locale, p.pue));
    else
        lines << tr("Wall-clock time: %1 h").arg(exactNumber(locale, p.wallClock.hours()))
              << tr("Facility energy: %1 kWh").arg(exactNumber(locale, p.facilityEnergy.kilowattHours()));
    lines << tr("Total emissions: %1 kg CO₂e").arg(exactNumber(locale, p.totalEmissions.kilograms()));
    if (m_currentKilograms > 0.0)
        lines << tr("Compared with the current scenario: %1")
                     .arg(m_format.percentChange(p.totalEmissions.kilograms(), m_currentKilograms));
    return lines.join(QLatin1Char('\n'));
}

QString SweepTableModel::basisText(const std::string& basis) const
{
    if (basis == "direct")
        return tr("direct (provider)");
    if (basis == "lifecycle")
        return tr("lifecycle");
    return basis.empty() ? tr("as given") : QString::fromStdString(basis);
}

} // namespace aicarbon
