// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace aicarbon {

/// Search and sort over a CatalogModel: keeps the rows whose folded text (SearchRole)
/// contains every word of the search, case- and accent-insensitively; sorts by the raw
/// value (SortRole), numbers as numbers, with unknown values last in either order.
class CatalogModelProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogModelProxy)

public:
    explicit CatalogModelProxy(QObject* parent = nullptr);

    /// "Québec", "quebec" and "QUEBEC" find the same rows; "a100 80" needs both words.
    void setSearchText(const QString& text);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

} // namespace aicarbon
