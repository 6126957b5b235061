// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "displayformat.h"
#include "publishedfootprints.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace aicarbon {

class Catalog;

/// Published training footprints beside the engine's estimates (one row per published
/// run). A thin adapter over PublishedComparison: setComparisons() replaces the rows
/// inside a model reset. Energy in MWh and CO2e in t for every row (units in the header);
/// differences in % of the reported value.
class PublishedFootprintModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishedFootprintModel)

public:
    enum class Column
    {
        Study,
        Model,
        Hardware,
        ReportedEnergy,
        EstimatedEnergy,
        EnergyDifference,
        ReportedCo2e,
        EstimatedCo2e,
        Co2eDifference,
        PlannedCo2e,
        PlannedDifference,
        Source,
    };
    static constexpr int kColumnCount = static_cast<int>(Column::Source) + 1;
    enum Role
    {
        /// The number behind a numeric cell (MWh, t, or a fraction for differences);
        /// invalid where the cell is empty. Text columns: the text.
        RawValueRole = Qt::UserRole + 1,
    };

    explicit PublishedFootprintModel(QObject* parent = nullptr);

    /// `catalog` names the devices; `format` gives the locale.
    void setComparisons(std::vector<PublishedComparison> comparisons, const Catalog* catalog,
                        const DisplayFormat& format);
    const std::vector<PublishedComparison>& comparisons() const { return m_comparisons; }
    const PublishedComparison& comparison(int row) const
    {
        return m_comparisons.at(static_cast<std::size_t>(row));
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    /// Horizontal headers: on two lines when long (DisplayRole), on one (ToolTipRole).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// The column's header on one line, with its unit.
    static QString title(Column column);

private:
    QVariant rawValue(int row, Column column) const;
    QString displayText(int row, Column column) const;
    QString toolTip(int row) const;
    QString inputsText(const PublishedComparison& c, const QString& hardware) const;
    QString reportedText(const PublishedComparison& c) const;
    QString hardwareText(const PublishedComparison& c, const Catalog* catalog) const;

    std::vector<PublishedComparison> m_comparisons;
    QStringList m_hardware; ///< per row, "64 × NVIDIA V100 SXM2 32GB"
    DisplayFormat m_format;
};

} // namespace aicarbon
