// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace aicarbon {

class AppSettings;

/// Units (kg/t/lb; kWh/MWh), palette, default MFU/PUE for new scenarios, language.
/// Applies to AppSettings on OK.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(AppSettings* settings, QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

private:
    struct Private;
    Private* d;
};

} // namespace aicarbon
