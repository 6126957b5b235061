// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace aicarbon {

class Catalog;

/// Help → Data sources and licences: every source of the catalog with its publisher,
/// year, licence, version and link, plus the attribution text (ODbL, CC BY).
class DataSourcesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataSourcesDialog)

public:
    explicit DataSourcesDialog(const Catalog* catalog, QWidget* parent = nullptr);
    ~DataSourcesDialog() override;

private:
    struct Private;
    Private* d;
};

} // namespace aicarbon
