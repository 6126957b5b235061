// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogrecords.h"

#include <QDialog>

#include <optional>

namespace aicarbon {

class Catalog;

/// Add or edit one of the user's own grid regions with its carbon intensity (g/kWh, year,
/// basis, carbon-free share), checked with UserCatalog::validateRegion while typing. Each
/// problem is shown under its field; Save stays disabled while there is one.
class UserRegionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserRegionDialog)

public:
    enum class Mode
    {
        Add,
        Edit
    };

    /// `catalog` (may be null) tells whether an id is already taken.
    explicit UserRegionDialog(const Catalog* catalog, Mode mode, QWidget* parent = nullptr);
    ~UserRegionDialog() override;

    void setRegion(const RegionRecord& region, const std::optional<IntensityRecord>& intensity);
    /// The region and its intensity as entered (meaningful when isValid()).
    RegionRecord region() const;
    IntensityRecord intensity() const;
    bool isValid() const;

private:
    struct Private;
    Private* d;
};

} // namespace aicarbon
