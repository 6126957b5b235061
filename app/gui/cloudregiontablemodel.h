// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogmodel.h"

namespace aicarbon {

/// A cloud region with what the engine derives from it: its grid region's name and
/// default intensity, and the provider's (or the worldwide) PUE when the region has none.
struct CloudRegionRow
{
    CloudRegionRecord record;
    std::string gridRegionName;
    std::optional<IntensityRecord> gridIntensity;
    std::optional<PueDefaultRecord> pueDefault;
};

/// Cloud regions as a table: provider, code, name, location, grid region with its
/// intensity, PUE, source.
class CloudRegionTableModel final : public CatalogModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudRegionTableModel)

public:
    enum Columns
    {
        Provider,
        Code,
        Name,
        Location,
        GridRegion,
        Intensity,
        Pue,
        Source,
        ColumnCount
    };

    explicit CloudRegionTableModel(QObject* parent = nullptr);

    void setRecords(std::vector<CloudRegionRow> rows);
    const std::vector<CloudRegionRow>& records() const { return m_rows; }
    const CloudRegionRow& record(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }

    /// "AWS", "Google Cloud", "Azure"… for the catalog's provider ids.
    static QString providerName(const std::string& provider);

protected:
    int recordCount() const override { return static_cast<int>(m_rows.size()); }
    QVariant displayValue(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    QString toolTip(int row, int column) const override;
    QString recordId(int row) const override;

private:
    std::optional<double> pue(const CloudRegionRow& row) const;
    QString pueText(const CloudRegionRow& row) const;
    QString pueToolTip(const CloudRegionRow& row) const;
    QString summary(const CloudRegionRow& row) const;

    std::vector<CloudRegionRow> m_rows;
};

} // namespace aicarbon
