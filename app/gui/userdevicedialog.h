// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogrecords.h"

#include <QDialog>

namespace aicarbon {

class Catalog;

/// Add or edit one of the user's own devices: name, power, dense peaks and memory with
/// their units, checked with UserCatalog::validateDevice while typing. Each problem is
/// shown under its field; Save stays disabled while there is one.
class UserDeviceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDeviceDialog)

public:
    enum class Mode
    {
        Add,
        Edit
    };

    /// `catalog` (may be null) tells whether an id is already taken.
    explicit UserDeviceDialog(const Catalog* catalog, Mode mode, QWidget* parent = nullptr);
    ~UserDeviceDialog() override;

    /// Fills the fields; values the dialog does not show (die area, process) are kept.
    void setDevice(const DeviceRecord& device);
    /// The device as entered (meaningful when isValid()).
    DeviceRecord device() const;
    bool isValid() const;

private:
    struct Private;
    Private* d;
};

} // namespace aicarbon
