// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogmodel.h"

namespace aicarbon {

/// Published ML models as a table: name, year, parameters, architecture,
/// training tokens, the hardware of the published run, source.
class ModelTableModel final : public CatalogModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelTableModel)

public:
    enum Columns
    {
        Name,
        Year,
        Parameters,
        ActiveParameters,
        Layers,
        DModel,
        Context,
        Tokens,
        Device,
        DeviceCount,
        Source,
        ColumnCount
    };

    explicit ModelTableModel(QObject* parent = nullptr);

    void setRecords(std::vector<ModelRecord> records);
    const std::vector<ModelRecord>& records() const { return m_records; }
    const ModelRecord& record(int row) const { return m_records.at(static_cast<std::size_t>(row)); }

protected:
    int recordCount() const override { return static_cast<int>(m_records.size()); }
    QVariant displayValue(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    QString toolTip(int row, int column) const override;
    QString recordId(int row) const override;

private:
    QString summary(const ModelRecord& m) const;

    std::vector<ModelRecord> m_records;
};

} // namespace aicarbon
