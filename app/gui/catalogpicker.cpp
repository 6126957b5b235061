// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogpicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace aicarbon {

CatalogPicker::CatalogPicker(Source source, QWidget* parent)
    : QWidget(parent)
    , m_source(std::move(source))
    , m_search(new QLineEdit(this))
    , m_groupFilter(new QComboBox(this))
    , m_kindFilter(new QComboBox(this))
    , m_choices(new QComboBox(this))
    , m_noneText(tr("(none)"))
{
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setObjectName(QStringLiteral("search"));
    m_choices->setObjectName(QStringLiteral("choices"));
    m_choices->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choices->setMinimumContentsLength(24);
    m_groupFilter->hide();
    m_kindFilter->hide();
    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_search, 1);
    top->addWidget(m_groupFilter);
    top->addWidget(m_kindFilter);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(4);
    column->addLayout(top);
    column->addWidget(m_choices);
    connect(m_search, &QLineEdit::textChanged, this, &CatalogPicker::fill);
    connect(m_search, &QLineEdit::returnPressed, this, &CatalogPicker::chooseFirstMatch);
    connect(m_groupFilter, &QComboBox::currentIndexChanged, this, &CatalogPicker::fill);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &CatalogPicker::fill);
    connect(m_choices, &QComboBox::activated, this, &CatalogPicker::chooseRow);
    fill();
}

void CatalogPicker::enableFilters(const QString& allGroups, const QString& allKinds)
{
    m_allGroups = allGroups;
    m_allKinds = allKinds;
    reload();
}

void CatalogPicker::setPlaceholder(const QString& searchPlaceholder, const QString& noneText)
{
    m_search->setPlaceholderText(searchPlaceholder);
    m_noneText = noneText;
    fill();
}

void CatalogPicker::setCurrentId(const QString& id)
{
    if (id == m_current)
        return;
    m_current = id;
    fill();
}

void CatalogPicker::reload()
{
    if (!m_allGroups.isEmpty()) {
        QStringList groups;
        QStringList kinds;
        for (const CatalogItem& item : m_source({})) {
            groups << item.group;
            kinds << item.kind;
        }
        fillFilter(m_groupFilter, m_allGroups, groups);
        fillFilter(m_kindFilter, m_allKinds, kinds);
    }
    fill();
}

void CatalogPicker::fillFilter(QComboBox* combo, const QString& allText, QStringList values)
{
    values.removeAll(QString());
    values.removeDuplicates();
    std::sort(values.begin(), values.end(),
              [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    const QString previous = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(allText, QString());
    for (const QString& v : values)
        combo->addItem(v, v);
    combo->setCurrentIndex(std::max(0, combo->findData(previous)));
    combo->setVisible(values.size() > 1);
}

bool CatalogPicker::passesFilters(const CatalogItem& item) const
{
    const QString group = m_groupFilter->currentData().toString();
    const QString kind = m_kindFilter->currentData().toString();
    return (group.isEmpty() || item.group == group) && (kind.isEmpty() || item.kind == kind);
}

void CatalogPicker::fill()
{
    const QSignalBlocker blocker(m_choices);
    m_choices->clear();
    m_choices->addItem(m_noneText, QString());
    for (const CatalogItem& item : m_source(m_search->text().trimmed())) {
        if (passesFilters(item))
            m_choices->addItem(item.label, item.id);
    }
    addCurrentIfMissing();
    m_choices->setCurrentIndex(std::max(0, m_choices->findData(m_current)));
}

void CatalogPicker::addCurrentIfMissing()
{
    if (m_current.isEmpty() || m_choices->findData(m_current) >= 0)
        return;
    for (const CatalogItem& item : m_source({})) {
        if (item.id == m_current)
            return m_choices->insertItem(1, item.label, item.id);
    }
    m_choices->insertItem(1, tr("%1 (not in the catalog)").arg(m_current), m_current);
}

void CatalogPicker::chooseRow(int row)
{
    const QString id = m_choices->itemData(row).toString();
    if (id == m_current)
        return;
    m_current = id;
    Q_EMIT idChosen(id);
}

void CatalogPicker::chooseFirstMatch()
{
    for (int row = 1; row < m_choices->count(); ++row) {
        if (m_choices->itemData(row).toString() != m_current)
            return chooseRow(row);
    }
}

} // namespace aicarbon
