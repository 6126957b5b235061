// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

#include <functional>
#include <vector>

class QComboBox;
class QLineEdit;

namespace aicarbon {

/// One choice of a CatalogPicker.
struct CatalogItem
{
    QString id;
    QString label;
    QString group; ///< first filter, e.g. the vendor; empty = none
    QString kind; ///< second filter, e.g. "gpu", "country", "cloud region"
};

/// Chooses a catalog id: a search field (the catalog's own accent- and case-folding
/// search) above a list of matches, with optional filters on the items' group and kind.
/// Emits idChosen only for the user's choices; setCurrentId() is silent.
class CatalogPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogPicker)

public:
    /// Returns the items matching a search text (all items for an empty text).
    using Source = std::function<std::vector<CatalogItem>(const QString& search)>;

    explicit CatalogPicker(Source source, QWidget* parent = nullptr);

    /// Shows filter combos over the items' groups and kinds ("All vendors", "All kinds").
    void enableFilters(const QString& allGroups, const QString& allKinds);
    void setPlaceholder(const QString& searchPlaceholder, const QString& noneText);
    void setCurrentId(const QString& id);
    QString currentId() const { return m_current; }
    /// Re-reads the items, e.g. after the user catalog changed.
    void reload();

    QLineEdit* searchField() const { return m_search; }
    QComboBox* choices() const { return m_choices; }

Q_SIGNALS:
    void idChosen(const QString& id);

private Q_SLOTS:
    void fill();
    void chooseRow(int row);
    void chooseFirstMatch();

private:
    bool passesFilters(const CatalogItem& item) const;
    void fillFilter(QComboBox* combo, const QString& allText, QStringList values);
    void addCurrentIfMissing();

    Source m_source;
    QLineEdit* m_search;
    QComboBox* m_groupFilter;
    QComboBox* m_kindFilter;
    QComboBox* m_choices;
    QString m_current;
    QString m_noneText;
    QString m_allGroups;
    QString m_allKinds;
};

} // namespace aicarbon
