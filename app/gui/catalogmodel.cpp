// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogmodel.h"

#include "textfold.h"

#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

#include <cmath>

namespace aicarbon {

namespace {

/// A small orange dot (Okabe–Ito orange, readable on light and dark rows) for user rows.
QIcon userIcon()
{
    static const QIcon icon = [] {
        QPixmap pixmap(16, 16);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0x80, 0x50, 0x00), 1.0));
        painter.setBrush(QColor(0xE6, 0x9F, 0x00));
        painter.drawEllipse(QRectF(3.5, 3.5, 9.0, 9.0));
        return QIcon(pixmap);
    }();
    return icon;
}

/// As an int: what the item delegates of every Qt 6 version read.
int alignment(bool numeric)
{
    return static_cast<int>(numeric ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
}

} // namespace

CatalogModel::CatalogModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

CatalogModel::~CatalogModel() = default;

void CatalogModel::setDisplayFormat(const DisplayFormat& format)
{
    m_format = format;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
}

void CatalogModel::setSources(const std::vector<SourceRecord>& sources)
{
    m_sources.clear();
    for (const SourceRecord& s : sources) {
        QString line = text(s.title);
        if (!s.publisher.empty())
            line += QStringLiteral(" — ") + text(s.publisher);
        if (s.year)
            line += QStringLiteral(", ") + QString::number(*s.year);
        if (!s.license.empty())
            line += QStringLiteral(" (") + text(s.license) + QLatin1Char(')');
        m_sources.insert(text(s.id), line);
    }
}

int CatalogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : recordCount();
}

int CatalogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column& column = m_columns.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return column.title;
    case Qt::ToolTipRole:
        return column.toolTip.isEmpty() ? QVariant() : QVariant(column.toolTip);
    case Qt::TextAlignmentRole:
        return alignment(column.numeric);
    default:
        return {};
    }
}

QVariant CatalogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case SortRole:
        return sortValue(row, column);
    case Qt::ToolTipRole: {
        const QString tip = toolTip(row, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        return alignment(m_columns.at(column).numeric);
    case UserDefinedRole:
        return isUserDefined(row);
    case SearchRole:
        return column == 0 && static_cast<std::size_t>(row) < m_search.size()
            ? QVariant(m_search[static_cast<std::size_t>(row)])
            : QVariant();
    case IdRole:
        return recordId(row);
    case Qt::FontRole:
    case Qt::DecorationRole:
        return userMark(row, column, role);
    default:
        return {};
    }
}

QVariant CatalogModel::userMark(int row, int column, int role) const
{
    if (!isUserDefined(row))
        return {};
    if (role == Qt::DecorationRole)
        return column == 0 ? QVariant(userIcon()) : QVariant();
    QFont font;
    font.setItalic(true);
    return font;
}

void CatalogModel::setSearchTexts(std::vector<QString> folded)
{
    m_search = std::move(folded);
}

bool CatalogModel::isUserDefined(int) const
{
    return false;
}

QString CatalogModel::sourceText(const std::string& id) const
{
    if (id == "user")
        return tr("Entered by you (your own catalog)");
    const QString key = text(id);
    return m_sources.value(key, key);
}

QString CatalogModel::exact(double value) const
{
    return m_format.locale().toString(value, 'f', QLocale::FloatingPointShortest);
}

QString CatalogModel::exact(const std::optional<double>& value) const
{
    return value ? exact(*value) : QString();
}

QString CatalogModel::exact(const std::optional<int>& value) const
{
    return value ? m_format.locale().toString(*value) : QString();
}

QString CatalogModel::significant(double value) const
{
    if (value == 0.0 || !std::isfinite(value))
        return m_format.locale().toString(value);
    // Rounded by an exact power of ten, so that the shortest representation is clean.
    const int shift = 2 - static_cast<int>(std::floor(std::log10(std::abs(value))));
    const double scale = std::pow(10.0, std::abs(shift));
    const double rounded = shift >= 0 ? std::round(value * scale) / scale : std::round(value / scale) * scale;
    return m_format.locale().toString(rounded, 'f', QLocale::FloatingPointShortest);
}

QString CatalogModel::compact(const std::optional<double>& value) const
{
    if (!value)
        return {};
    const double v = *value;
    // Each suffix is a whole translatable string so that a language may use its own scale:
    // %1 is the value in the suffix's unit, %2 and %3 the same value in 10^8 and 10^4
    // (Chinese 亿 and 万: "%2亿"), unused in English.
    const auto scaled = [&](QString text, double unit) -> QString {
        // A translation may use any of them: QString::arg() would warn about unused ones.
        return text.replace(QStringLiteral("%1"), significant(v / unit))
            .replace(QStringLiteral("%2"), significant(v / 1e8))
            .replace(QStringLiteral("%3"), significant(v / 1e4));
    };
    if (std::abs(v) >= 1e12)
        //: %1 = value in 10^12; %2 = in 10^8, %3 = in 10^4, for scales grouped by four digits
        return scaled(tr("%1 T", "short-scale suffix: trillion (10^12), e.g. 15.6 T tokens"), 1e12);
    if (std::abs(v) >= 1e9)
        //: %1 = value in 10^9; %2 = in 10^8, %3 = in 10^4, for scales grouped by four digits
        return scaled(tr("%1 B", "short-scale suffix: billion (10^9), e.g. 175 B parameters"), 1e9);
    if (std::abs(v) >= 1e6)
        //: %1 = value in 10^6; %2 = in 10^8, %3 = in 10^4, for scales grouped by four digits
        return scaled(tr("%1 M", "short-scale suffix: million (10^6), e.g. 7 M parameters"), 1e6);
    return m_format.count(v);
}

QVariant CatalogModel::raw(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant CatalogModel::raw(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant();
}

QString CatalogModel::fold(const std::string& text)
{
    return QString::fromStdString(foldForSearch(text));
}

} // namespace aicarbon
