// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>

namespace aicarbon {

class AppSettings;
class ScenarioDocument;
struct ChangeEvent;

/// The project's scenarios for the list dock: name (editable: renames through the undo
/// stack), colour swatch, baseline marker and total emissions as tooltip.
class ScenarioListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioListModel)

public:
    ScenarioListModel(ScenarioDocument* document, AppSettings* settings, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    void onDocumentChanged(const aicarbon::ChangeEvent& event);
    void onSettingsChanged();

    ScenarioDocument* m_document;
    AppSettings* m_settings;
};

} // namespace aicarbon
