// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonmodel.h"

#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

#include <cmath>

namespace aicarbon {

namespace {

constexpr QChar kNarrowSpace(0x202F);

QIcon swatch(const QColor& color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QPen(color.darker(140), 1));
    painter.setBrush(color);
    painter.drawRect(QRectF(0.5, 0.5, 13, 13));
    return QIcon(pixmap);
}

/// The unit an exact value is shown in (the metric's base unit).
QString baseUnit(ComparisonMetric metric, const QString& currency)
{
    switch (metric) {
    case ComparisonMetric::TrainingFlops:
        return ComparisonTableModel::tr("FLOP");
    case ComparisonMetric::DeviceHours:
    case ComparisonMetric::WallClock:
        return ComparisonTableModel::tr("h");
    case ComparisonMetric::ItEnergy:
    case ComparisonMetric::FacilityEnergy:
        return ComparisonTableModel::tr("kWh");
    case ComparisonMetric::GridIntensity:
        return ComparisonTableModel::tr("gCO₂e/kWh");
    case ComparisonMetric::OperationalCo2e:
    case ComparisonMetric::SearchCo2e:
    case ComparisonMetric::DevelopmentCo2e:
    case ComparisonMetric::MarketBasedCo2e:
    case ComparisonMetric::EmbodiedCo2e:
    case ComparisonMetric::TotalCo2e:
        return ComparisonTableModel::tr("kg CO₂e");
    case ComparisonMetric::Cost:
        return currency;
    case ComparisonMetric::Devices:
    case ComparisonMetric::Mfu:
    case ComparisonMetric::Pue:
        break;
    }
    return {};
}

} // namespace

ComparisonTableModel::ComparisonTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ComparisonTableModel::setResults(std::vector<ComparisonColumn> columns, int baseline,
                                      const DisplayFormat& format)
{
    beginResetModel();
    m_columns = std::move(columns);
    m_baseline = baseline;
    m_format = format;
    endResetModel();
}

void ComparisonTableModel::setColumn(int index, ComparisonColumn column)
{
    if (index < 0 || index >= columnCount())
        return;
    m_columns[static_cast<std::size_t>(index)] = std::move(column);
    const bool all = index == m_baseline;
    Q_EMIT dataChanged(this->index(0, all ? 0 : index),
                       this->index(rowCount() - 1, all ? columnCount() - 1 : index));
    Q_EMIT headerDataChanged(Qt::Horizontal, index, index);
}

int ComparisonTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kComparisonMetricCount;
}

int ComparisonTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant ComparisonTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::TextAlignmentRole:
        return m_columns[static_cast<std::size_t>(column)].valid()
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (metricOfRow(row) == ComparisonMetric::TotalCo2e) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case RawValueRole:
        return rawValue(row, column);
    case DeltaRole:
        return delta(row, column, false);
    case RelativeDeltaRole:
        return delta(row, column, true);
    default:
        return {};
    }
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < columnCount() ? columnHeader(section, role) : QVariant();
    return section >= 0 && section < rowCount() ? rowHeader(section, role) : QVariant();
}

QVariant ComparisonTableModel::columnHeader(int section, int role) const
{
    const ComparisonColumn& c = m_columns[static_cast<std::size_t>(section)];
    const bool isBaseline = section == m_baseline;
    switch (role) {
    case Qt::DisplayRole:
        return isBaseline ? tr("%1 (baseline)").arg(c.name) : c.name;
    case Qt::DecorationRole:
        return swatch(c.color);
    case Qt::ToolTipRole:
        return isBaseline ? tr("%1: the baseline; the other columns show differences to it").arg(c.name)
                          : c.name;
    default:
        return {};
    }
}

QVariant ComparisonTableModel::rowHeader(int section, int role) const
{
    const ComparisonMetric metric = metricOfRow(section);
    if (role == Qt::DisplayRole)
        return metricLabel(metric);
    if (role == Qt::FontRole && metric == ComparisonMetric::TotalCo2e) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

const ComparisonColumn* ComparisonTableModel::baselineColumn(int column) const
{
    if (column == m_baseline || m_baseline < 0 || m_baseline >= columnCount())
        return nullptr;
    const ComparisonColumn& base = m_columns[static_cast<std::size_t>(m_baseline)];
    return base.valid() ? &base : nullptr;
}

QVariant ComparisonTableModel::rawValue(int row, int column) const
{
    const ComparisonColumn& c = m_columns[static_cast<std::size_t>(column)];
    if (!metricKnown(c, metricOfRow(row)))
        return {};
    return metricValue(c, metricOfRow(row));
}

QVariant ComparisonTableModel::delta(int row, int column, bool relative) const
{
    const ComparisonMetric metric = metricOfRow(row);
    const ComparisonColumn* base = baselineColumn(column);
    const ComparisonColumn& c = m_columns[static_cast<std::size_t>(column)];
    if (!base || !metricKnown(c, metric) || !metricKnown(*base, metric))
        return {};
    const double value = metricValue(c, metric);
    const double reference = metricValue(*base, metric);
    if (!relative)
        return value - reference;
    return reference == 0.0 ? QVariant() : QVariant(value / reference - 1.0);
}

QString ComparisonTableModel::displayText(int row, int column) const
{
    const ComparisonColumn& c = m_columns[static_cast<std::size_t>(column)];
    if (!c.valid())
        return row == 0 ? QStringLiteral("⚠ ") + c.error : QStringLiteral("—");
    const ComparisonMetric metric = metricOfRow(row);
    if (!metricKnown(c, metric))
        return QStringLiteral("—");
    const double value = metricValue(c, metric);
    const QString text = formatted(metric, value, c);
    const QVariant difference = delta(row, column, false);
    if (!difference.isValid() || difference.toDouble() == 0.0)
        return text;
    const double reference = metricValue(*baselineColumn(column), metric);
    return tr("%1  %2 (%3)")
        .arg(text, signedDelta(metric, difference.toDouble(), c), m_format.percentChange(value, reference));
}

QString ComparisonTableModel::toolTip(int row, int column) const
{
    const ComparisonColumn& c = m_columns[static_cast<std::size_t>(column)];
    if (!c.valid())
        return tr("%1 cannot be estimated: %2").arg(c.name, c.error);
    const ComparisonMetric metric = metricOfRow(row);
    if (!metricKnown(c, metric))
        return metric == ComparisonMetric::Cost ? tr("%1: no price given").arg(c.name)
                                                : tr("%1: unknown").arg(c.name);
    const double value = metricValue(c, metric);
    QString text = tr("%1, %2: %3").arg(c.name, metricLabel(metric).trimmed(), exact(metric, value, c));
    const QVariant difference = delta(row, column, false);
    if (!difference.isValid())
        return text;
    const ComparisonColumn& base = *baselineColumn(column);
    const double reference = metricValue(base, metric);
    const QString sign = difference.toDouble() < 0.0 ? QStringLiteral("−") : QStringLiteral("+");
    text += QLatin1Char('\n') + tr("Baseline, %1: %2").arg(base.name, exact(metric, reference, base));
    text += QLatin1Char('\n')
        + tr("Difference: %1%2 (%3)")
              .arg(sign, exact(metric, std::abs(difference.toDouble()), c),
                   m_format.percentChange(value, reference));
    return text;
}

QString ComparisonTableModel::formatted(ComparisonMetric metric, double value,
                                        const ComparisonColumn& column) const
{
    switch (metric) {
    case ComparisonMetric::TrainingFlops:
        return m_format.flops(value);
    case ComparisonMetric::DeviceHours:
        return tr("%1 h").arg(value >= 1000.0 ? m_format.count(value) : m_format.number(value));
    case ComparisonMetric::WallClock:
        return m_format.duration(Duration::fromHours(value));
    case ComparisonMetric::Devices:
        return m_format.count(value);
    case ComparisonMetric::Mfu:
        return m_format.number(value * 100.0) + kNarrowSpace + QLatin1Char('%');
    case ComparisonMetric::ItEnergy:
    case ComparisonMetric::FacilityEnergy:
        return m_format.energy(Energy::fromKilowattHours(value));
    case ComparisonMetric::Pue:
        return m_format.number(value);
    case ComparisonMetric::GridIntensity:
        return m_format.intensity(CarbonIntensity::fromGramsPerKilowattHour(value));
    case ComparisonMetric::Cost:
        return m_format.money(value, column.currency);
    case ComparisonMetric::OperationalCo2e:
    case ComparisonMetric::SearchCo2e:
    case ComparisonMetric::DevelopmentCo2e:
    case ComparisonMetric::MarketBasedCo2e:
    case ComparisonMetric::EmbodiedCo2e:
    case ComparisonMetric::TotalCo2e:
        break;
    }
    return m_format.mass(Mass::fromKilograms(value));
}

QString ComparisonTableModel::signedDelta(ComparisonMetric metric, double delta,
                                          const ComparisonColumn& column) const
{
    const QString sign = delta < 0.0 ? QStringLiteral("−") : QStringLiteral("+");
    if (metric == ComparisonMetric::Mfu)
        return sign + tr("%1 pp").arg(m_format.number(std::abs(delta) * 100.0, 2));
    return sign + formatted(metric, std::abs(delta), column);
}

QString ComparisonTableModel::exact(ComparisonMetric metric, double value,
                                    const ComparisonColumn& column) const
{
    if (metric == ComparisonMetric::Mfu)
        return exactNumber(m_format.locale(), value * 100.0) + kNarrowSpace + QLatin1Char('%');
    const QString unit = baseUnit(metric, column.currency);
    const QString number = exactNumber(m_format.locale(), value);
    return unit.isEmpty() ? number : number + kNarrowSpace + unit;
}

} // namespace aicarbon
