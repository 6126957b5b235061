// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogrecords.h"
#include "database.h"
#include "diagnostic.h"

#include <string>
#include <string_view>
#include <vector>

namespace aicarbon {

/// The user's own devices and regions: a second SQLite file (the application chooses
/// where; core takes a path) with the same tables as the shipped catalog. Attached to a
/// Catalog, its rows win over shipped rows with the same id.
class UserCatalog
{
public:
    /// Opens `path`, creating the file and its tables when missing. Throws DatabaseError.
    explicit UserCatalog(const std::string& path);

    /// Adds or replaces a device. Nothing is stored when the returned list has errors.
    std::vector<Diagnostic> putDevice(const DeviceRecord& device);
    /// Removes a device; false when there was none with that id.
    bool removeDevice(std::string_view id);
    std::vector<DeviceRecord> devices() const;

    /// Adds or replaces a region with its grid intensity (one transaction).
    std::vector<Diagnostic> putRegion(const RegionRecord& region, const IntensityRecord& intensity);
    /// Removes a region and its intensities; false when there was none with that id.
    bool removeRegion(std::string_view id);
    std::vector<RegionRecord> regions() const;

    /// Range checks shared by the editors: TDP 5–2,000 W, peaks positive with bf16 ≥ fp32,
    /// intensity in (0, 1,200] g/kWh, CFE fraction in [0, 1], non-empty ids and names.
    static std::vector<Diagnostic> validateDevice(const DeviceRecord& device);
    static std::vector<Diagnostic> validateRegion(const RegionRecord& region,
                                                  const IntensityRecord& intensity);

    const std::string& path() const { return m_database.path(); }

private:
    Database m_database;
};

} // namespace aicarbon
