// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comparisondata.h"
#include "displayformat.h"

#include <QAbstractTableModel>

#include <vector>

namespace aicarbon {

/// The comparison table: one row per ComparisonMetric, one column per scenario, each
/// cell the value and its difference to the baseline scenario ("12.4 t  +9.1 t (+848 %)").
/// A thin adapter over ComparisonColumn values; it computes nothing.
class ComparisonTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonTableModel)

public:
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, ///< double in the metric's base unit; invalid when unknown
        DeltaRole, ///< double: value − baseline value; invalid without a baseline value
        RelativeDeltaRole, ///< double: value / baseline value − 1; invalid when the baseline is 0
    };

    explicit ComparisonTableModel(QObject* parent = nullptr);

    /// Replaces everything (model reset).
    void setResults(std::vector<ComparisonColumn> columns, int baseline, const DisplayFormat& format);
    /// Replaces one scenario's column (dataChanged; every column when it is the baseline).
    void setColumn(int index, ComparisonColumn column);
    const std::vector<ComparisonColumn>& columns() const { return m_columns; }
    int baseline() const { return m_baseline; }
    static ComparisonMetric metricOfRow(int row) { return static_cast<ComparisonMetric>(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const ComparisonColumn* baselineColumn(int column) const;
    QVariant rawValue(int row, int column) const;
    QVariant delta(int row, int column, bool relative) const;
    QString displayText(int row, int column) const;
    QString toolTip(int row, int column) const;
    QString formatted(ComparisonMetric metric, double value, const ComparisonColumn& column) const;
    QString signedDelta(ComparisonMetric metric, double delta, const ComparisonColumn& column) const;
    QString exact(ComparisonMetric metric, double value, const ComparisonColumn& column) const;
    QVariant columnHeader(int section, int role) const;
    QVariant rowHeader(int section, int role) const;

    std::vector<ComparisonColumn> m_columns;
    int m_baseline = 0;
    DisplayFormat m_format;
};

} // namespace aicarbon
