// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishedfootprintmodel.h"

#include "catalog.h"
#include "comparisondata.h"

#include <cmath>

namespace aicarbon {

namespace {

using Record = PublishedFootprintRecord;
using Column = PublishedFootprintModel::Column;

constexpr int kSignificant = 4; ///< enough to show 1,287 MWh and 24.69 t as published

bool isText(Column column)
{
    return column == Column::Study || column == Column::Model || column == Column::Hardware
        || column == Column::Source;
}

bool isDifference(Column column)
{
    return column == Column::EnergyDifference || column == Column::Co2eDifference
        || column == Column::PlannedDifference;
}

/// A long header on two lines, broken at the space nearest the middle.
QString twoLines(QString title)
{
    constexpr int kLongHeader = 14;
    if (title.size() <= kLongHeader)
        return title;
    const int middle = static_cast<int>(title.size()) / 2;
    int best = -1;
    for (int i = 0; i < title.size(); ++i) {
        if (title[i] == QLatin1Char(' ') && (best < 0 || std::abs(i - middle) < std::abs(best - middle)))
            best = i;
    }
    if (best >= 0)
        title[best] = QLatin1Char('\n');
    return title;
}

QVariant optionalNumber(bool present, double value)
{
    return present && std::isfinite(value) ? QVariant(value) : QVariant();
}

} // namespace

PublishedFootprintModel::PublishedFootprintModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void PublishedFootprintModel::setComparisons(std::vector<PublishedComparison> comparisons,
                                             const Catalog* catalog, const DisplayFormat& format)
{
    beginResetModel();
    m_comparisons = std::move(comparisons);
    m_format = format;
    m_hardware.clear();
    for (const PublishedComparison& c : m_comparisons)
        m_hardware << hardwareText(c, catalog);
    endResetModel();
}

int PublishedFootprintModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_comparisons.size());
}

int PublishedFootprintModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant PublishedFootprintModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(index.row(), column);
    case Qt::ToolTipRole:
        return toolTip(index.row());
    case Qt::TextAlignmentRole:
        return isText(column) ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case RawValueRole:
        return rawValue(index.row(), column);
    default:
        return {};
    }
}

QVariant PublishedFootprintModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const bool horizontal = orientation == Qt::Horizontal && section >= 0 && section < kColumnCount;
    if (horizontal && role == Qt::DisplayRole)
        return twoLines(title(Column(section)));
    if (horizontal && role == Qt::ToolTipRole)
        return title(Column(section));
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString PublishedFootprintModel::title(Column column)
{
    switch (column) {
    case Column::Study:
        return tr("Study");
    case Column::Model:
        return tr("Model");
    case Column::Hardware:
        return tr("Hardware");
    case Column::ReportedEnergy:
        return tr("Reported energy (MWh)");
    case Column::EstimatedEnergy:
        return tr("Estimated energy (MWh)");
    case Column::EnergyDifference:
        return tr("Δ energy (%)");
    case Column::ReportedCo2e:
        return tr("Reported CO₂e (t)");
    case Column::EstimatedCo2e:
        return tr("Estimated CO₂e (t)");
    case Column::Co2eDifference:
        return tr("Δ CO₂e (%)");
    case Column::PlannedCo2e:
        return tr("Planning mode CO₂e (t)");
    case Column::PlannedDifference:
        return tr("Δ planning (%)");
    case Column::Source:
        return tr("Source");
    }
    return {};
}

QVariant PublishedFootprintModel::rawValue(int row, Column column) const
{
    const PublishedComparison& c = comparison(row);
    const bool estimated = c.estimate.valid();
    const double reportedMwh = c.reportedEnergy ? c.reportedEnergy->megawattHours() : 0.0;
    const double reportedTonnes = c.reportedCo2e.tonnes();
    const double plannedTonnes = c.planningCo2e ? c.planningCo2e->tonnes() : 0.0;
    switch (column) {
    case Column::ReportedEnergy:
        return optionalNumber(c.reportedEnergy.has_value(), reportedMwh);
    case Column::EstimatedEnergy:
        return optionalNumber(estimated, c.estimatedEnergy.megawattHours());
    case Column::EnergyDifference:
        return optionalNumber(estimated && c.reportedEnergy,
                              relativeDifference(c.estimatedEnergy.megawattHours(), reportedMwh));
    case Column::ReportedCo2e:
        return reportedTonnes;
    case Column::EstimatedCo2e:
        return optionalNumber(estimated, c.estimatedCo2e.tonnes());
    case Column::Co2eDifference:
        return optionalNumber(estimated, relativeDifference(c.estimatedCo2e.tonnes(), reportedTonnes));
    case Column::PlannedCo2e:
        return optionalNumber(c.planningCo2e.has_value(), plannedTonnes);
    case Column::PlannedDifference:
        return optionalNumber(c.planningCo2e.has_value(), relativeDifference(plannedTonnes, reportedTonnes));
    case Column::Study:
    case Column::Model:
    case Column::Hardware:
    case Column::Source:
        break;
    }
    return displayText(row, column);
}

QString PublishedFootprintModel::displayText(int row, Column column) const
{
    const PublishedComparison& c = comparison(row);
    switch (column) {
    case Column::Study:
        return QString::fromStdString(c.studyLabel);
    case Column::Model:
        return QString::fromStdString(c.record.name);
    case Column::Hardware:
        return m_hardware.value(row);
    case Column::Source:
        return QString::fromStdString(c.record.location);
    default:
        break;
    }
    const QVariant value = rawValue(row, column);
    if (!value.isValid())
        return QStringLiteral("—");
    const double number = value.toDouble();
    if (!isDifference(column))
        return formatScientific(number, m_format.locale(), kSignificant); // "0.027", "1,287", "24.69"
    const QString magnitude = m_format.locale().toString(std::abs(number) * 100.0, 'f', 1);
    if (std::abs(number) < 0.0005)
        return m_format.locale().toString(0.0, 'f', 1);
    return (number > 0 ? QStringLiteral("+") : QStringLiteral("−")) + magnitude;
}

QString PublishedFootprintModel::hardwareText(const PublishedComparison& c, const Catalog* catalog) const
{
    const std::optional<DeviceRecord> device =
        catalog && !c.record.device.empty() ? catalog->device(c.record.device) : std::nullopt;
    const QString name = QString::fromStdString(device ? device->name : c.record.device);
    if (!c.record.deviceCount)
        return name;
    return tr("%1 × %2", "device count × device name").arg(m_format.count(*c.record.deviceCount), name);
}

QString PublishedFootprintModel::inputsText(const PublishedComparison& c, const QString& hardware) const
{
    const Record& r = c.record;
    const QLocale& locale = m_format.locale();
    QStringList lines {tr("Devices: %1").arg(hardware)};
    switch (r.durationUnit) {
    case Record::DurationUnit::Hours:
        lines << tr("Duration: %1 h (wall clock)").arg(exactNumber(locale, r.duration));
        break;
    case Record::DurationUnit::Days:
        lines << tr("Duration: %1 days (wall clock)").arg(exactNumber(locale, r.duration));
        break;
    case Record::DurationUnit::DeviceHours:
        lines << tr("Duration: %1 device-hours").arg(exactNumber(locale, r.duration));
        break;
    }
    lines << (r.powerScope == Record::PowerScope::Total
                  ? tr("Average power: %1 W for the whole machine").arg(exactNumber(locale, r.powerW))
                  : tr("Average power: %1 W per device").arg(exactNumber(locale, r.powerW)))
          << tr("PUE: %1").arg(exactNumber(locale, r.pue));
    const QString unit = r.intensityInPounds ? tr("lb CO₂e/kWh") : tr("g CO₂e/kWh");
    lines << tr("Grid intensity: %1 %2").arg(exactNumber(locale, r.intensity), unit);
    if (r.netIntensity)
        lines << tr("Net of carbon-free energy: %1 %2").arg(exactNumber(locale, *r.netIntensity), unit);
    return lines.join(QLatin1Char('\n'));
}

QString PublishedFootprintModel::reportedText(const PublishedComparison& c) const
{
    const Record& r = c.record;
    const QLocale& locale = m_format.locale();
    const QString unit = r.co2eInPounds ? tr("lb CO₂e") : tr("t CO₂e");
    QStringList lines;
    if (r.reportedEnergyKwh)
        lines << tr("Published energy: %1 kWh").arg(exactNumber(locale, *r.reportedEnergyKwh));
    else
        lines << tr("Published energy: not published");
    lines << tr("Published emissions: %1 %2").arg(exactNumber(locale, r.reportedCo2e), unit);
    if (r.reportedNetCo2e)
        lines << tr("Published net (market-based) emissions: %1 %2")
                     .arg(exactNumber(locale, *r.reportedNetCo2e), unit);
    return lines.join(QLatin1Char('\n'));
}

QString PublishedFootprintModel::toolTip(int row) const
{
    const PublishedComparison& c = comparison(row);
    QStringList lines {
        tr("%1, %2").arg(QString::fromStdString(c.studyLabel), QString::fromStdString(c.record.location)),
        tr("Inputs used:"), inputsText(c, m_hardware.value(row)), reportedText(c)};
    if (c.planningEstimate)
        lines << tr("Planning mode: %1 at %2 % MFU")
                     .arg(m_format.flops(c.planningEstimate->figures.trainingFlops),
                          m_format.locale().toString(c.planningEstimate->figures.mfu * 100.0, 'f', 0));
    else
        lines << tr("Planning mode: not available (no model preset with parameters and tokens, or no peak "
                    "FLOP/s for the device)");
    if (!c.record.notes.empty())
        lines << tr("Notes: %1").arg(QString::fromStdString(c.record.notes));
    return lines.join(QLatin1Char('\n'));
}

} // namespace aicarbon
