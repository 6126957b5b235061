// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogmodelproxy.h"

#include "catalogmodel.h"
#include "textfold.h"

#include <QRegularExpression>

namespace aicarbon {

namespace {

/// Every word of the (already folded) search must occur in the row's folded text.
QRegularExpression searchExpression(const QString& folded)
{
    const QStringList words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString pattern;
    if (words.size() == 1) {
        pattern = QRegularExpression::escape(words.front());
    } else if (words.size() > 1) {
        pattern = QStringLiteral("^");
        for (const QString& word : words)
            pattern += QStringLiteral("(?=.*") + QRegularExpression::escape(word) + QLatin1Char(')');
    }
    QRegularExpression expression(
        pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    expression.optimize();
    return expression;
}

bool isUnknown(const QVariant& value)
{
    return !value.isValid() || (value.typeId() == QMetaType::QString && value.toString().isEmpty());
}

} // namespace

CatalogModelProxy::CatalogModelProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setFilterRole(SearchRole);
    setFilterKeyColumn(0);
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void CatalogModelProxy::setSearchText(const QString& text)
{
    setFilterRegularExpression(searchExpression(QString::fromStdString(foldForSearch(text.toStdString()))));
}

bool CatalogModelProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    const bool leftUnknown = isUnknown(l);
    const bool rightUnknown = isUnknown(r);
    if (!leftUnknown && !rightUnknown)
        return QSortFilterProxyModel::lessThan(left, right);
    if (leftUnknown == rightUnknown)
        return false;
    // A descending sort puts the "smallest" rows last: there, unknown is the smallest.
    return sortOrder() == Qt::AscendingOrder ? rightUnknown : leftUnknown;
}

} // namespace aicarbon
