// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogrecords.h"
#include "displayformat.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace aicarbon {

/// Roles of the catalog table models beyond Qt's own.
enum CatalogRole
{
    SortRole = Qt::UserRole, ///< the raw value (double, int or QString); invalid when unknown
    UserDefinedRole = Qt::UserRole + 1, ///< bool: the row comes from the user catalog
    SearchRole = Qt::UserRole + 2, ///< folded text of the row (see foldForSearch), column 0 only
    IdRole = Qt::UserRole + 3, ///< the record's catalog id, any column
};

/// Common base of the thin table models over catalog record vectors: one header, display
/// formatting, source look-up and the roles above. Subclasses say what each cell holds.
class CatalogModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogModel)

public:
    explicit CatalogModel(QObject* parent = nullptr);
    ~CatalogModel() override;

    /// Number format of the DisplayRole (locale); repaints every cell.
    void setDisplayFormat(const DisplayFormat& format);
    /// Sources for the tool tips ("title, publisher year, licence").
    void setSources(const std::vector<SourceRecord>& sources);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    struct Column
    {
        QString title;
        QString toolTip;
        bool numeric = false;
    };

    void setColumns(QList<Column> columns) { m_columns = std::move(columns); }
    /// Call between beginResetModel() and endResetModel(): folds each row's search text.
    void setSearchTexts(std::vector<QString> folded);

    virtual int recordCount() const = 0;
    virtual QVariant displayValue(int row, int column) const = 0;
    virtual QVariant sortValue(int row, int column) const = 0;
    virtual QString toolTip(int row, int column) const = 0;
    virtual QString recordId(int row) const = 0;
    virtual bool isUserDefined(int row) const;

    const DisplayFormat& format() const { return m_format; }
    /// "Title — Publisher, 2024 (CC-BY-4.0)", or the id when unknown; "your own entry" for "user".
    QString sourceText(const std::string& id) const;
    /// Localised number with every digit the catalog stores ("989.4", "1,978.9").
    QString exact(double value) const;
    QString exact(const std::optional<double>& value) const;
    QString exact(const std::optional<int>& value) const;
    /// Three significant digits without trailing zeros ("40.5", "127", "6.7").
    QString significant(double value) const;
    /// Large counts with a suffix ("175 B", "6.7 B", "25.6 M").
    QString compact(const std::optional<double>& value) const;
    static QVariant raw(const std::optional<double>& value);
    static QVariant raw(const std::optional<int>& value);
    static QString text(const std::string& value) { return QString::fromStdString(value); }
    /// The search key of a row: the folded concatenation of its texts.
    static QString fold(const std::string& text);

private:
    QVariant userMark(int row, int column, int role) const;

    QList<Column> m_columns;
    std::vector<QString> m_search;
    QHash<QString, QString> m_sources;
    DisplayFormat m_format;
};

} // namespace aicarbon
