// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontext.h"

#include <QWidget>

namespace aicarbon {

/// Devices, regions, cloud regions and models as searchable, sortable tables with their
/// sources; the user adds, edits and deletes their own devices and regions (the user
/// catalog) with validation. Emits userCatalogChanged() after an edit.
class DataBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataBrowser)

public:
    explicit DataBrowser(const AppContext& context, QWidget* parent = nullptr);
    ~DataBrowser() override;

Q_SIGNALS:
    void userCatalogChanged();

private:
    struct Private;
    Private* d;
};

} // namespace aicarbon
