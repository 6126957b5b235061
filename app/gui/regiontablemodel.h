// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogmodel.h"

namespace aicarbon {

/// A region with the grid intensity the engine uses by default (Catalog::intensity).
struct RegionRow
{
    RegionRecord region;
    std::optional<IntensityRecord> intensity;
};

/// Grid regions as a table: name, id, kind, country, latest intensity with its year,
/// basis, carbon-free share and source.
class RegionTableModel final : public CatalogModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionTableModel)

public:
    enum Columns
    {
        Name,
        Id,
        Kind,
        Country,
        Intensity,
        Year,
        Basis,
        Cfe,
        Source,
        ColumnCount
    };

    explicit RegionTableModel(QObject* parent = nullptr);

    void setRecords(std::vector<RegionRow> rows);
    const std::vector<RegionRow>& records() const { return m_rows; }
    const RegionRow& record(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }
    /// Row of the region with that id, or -1.
    int rowOf(const QString& id) const;

    static QString kindName(const std::string& kind);
    static QString basisName(const std::string& basis);

protected:
    int recordCount() const override { return static_cast<int>(m_rows.size()); }
    QVariant displayValue(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    QString toolTip(int row, int column) const override;
    QString recordId(int row) const override;
    bool isUserDefined(int row) const override;

private:
    QString summary(const RegionRow& row) const;

    std::vector<RegionRow> m_rows;
};

} // namespace aicarbon
