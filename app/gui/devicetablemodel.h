// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogmodel.h"

namespace aicarbon {

/// Devices of the catalog (shipped and the user's own) as a table: name, kind, year, TDP,
/// dense peaks, memory, source, id. The vendor is part of every name (and of the search).
class DeviceTableModel final : public CatalogModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceTableModel)

public:
    enum Columns
    {
        Name,
        Kind,
        Year,
        Tdp,
        Fp32,
        Bf16,
        Fp16,
        Fp8,
        Memory,
        Source,
        Id,
        ColumnCount
    };

    explicit DeviceTableModel(QObject* parent = nullptr);

    void setRecords(std::vector<DeviceRecord> records);
    const std::vector<DeviceRecord>& records() const { return m_records; }
    const DeviceRecord& record(int row) const { return m_records.at(static_cast<std::size_t>(row)); }
    /// Row of the device with that id, or -1.
    int rowOf(const QString& id) const;

    /// "GPU", "TPU", "Accelerator", "CPU" for the catalog's kinds.
    static QString kindName(const std::string& kind);

protected:
    int recordCount() const override { return static_cast<int>(m_records.size()); }
    QVariant displayValue(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    QString toolTip(int row, int column) const override;
    QString recordId(int row) const override;
    bool isUserDefined(int row) const override;

private:
    QString summary(const DeviceRecord& d) const;
    QString peaks(const DeviceRecord& d) const;

    std::vector<DeviceRecord> m_records;
};

} // namespace aicarbon
