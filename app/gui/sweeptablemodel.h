// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "displayformat.h"
#include "sweep.h"

#include <QAbstractTableModel>
#include <QString>

#include <string>
#include <vector>

namespace aicarbon {

/// One row of a what-if table: a swept variant, its rank among all the variants and
/// whether it is on the Pareto front.
struct SweepRow
{
    SweepPoint point;
    int rank = 0; ///< 1 = lowest emissions of the whole sweep; 0 = not ranked
    bool onFront = false;
};

/// The regions or devices of a what-if sweep as a sortable table (sort on RawValueRole).
/// A thin adapter: setResults() replaces the rows inside a model reset.
class SweepTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SweepTableModel)

public:
    enum class Kind
    {
        Regions,
        Devices
    };
    enum class Column
    {
        Rank,
        Name,
        Group,
        Country,
        Intensity,
        Basis,
        Pue,
        WallClock,
        Energy,
        Emissions,
        Front,
        Change
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, ///< number (base unit) or folded text, for sorting
        IdRole, ///< the region or device id (QString)
    };

    explicit SweepTableModel(Kind kind, QObject* parent = nullptr);

    /// `currentId` is highlighted; "vs current" compares with `currentKilograms` (≤ 0: none).
    void setResults(std::vector<SweepRow> rows, const std::string& currentId, double currentKilograms,
                    const DisplayFormat& format);
    const std::vector<SweepRow>& rows() const { return m_rows; }
    /// The row of an id, or −1.
    int rowOf(const std::string& id) const;
    Column columnKind(int column) const { return m_columns.at(static_cast<std::size_t>(column)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const SweepRow& row, Column column) const;
    QVariant rawValue(const SweepRow& row, Column column) const;
    QString toolTip(const SweepRow& row) const;
    QString basisText(const std::string& basis) const;

    Kind m_kind;
    std::vector<Column> m_columns;
    std::vector<SweepRow> m_rows;
    std::string m_currentId;
    double m_currentKilograms = 0.0;
    DisplayFormat m_format;
};

} // namespace aicarbon
