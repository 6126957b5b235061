// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <string>
#include <string_view>

// The catalog tables: one CSV file in data/ per table, one SQLite table of the same
// name and columns. The compiler and the reader both use this single definition.

namespace aicarbon {

enum class ColumnType
{
    Text,
    Integer,
    Real,
    Boolean
};

struct ColumnSpec
{
    std::string_view name;
    ColumnType type;
    bool required;
};

struct TableSpec
{
    std::string_view name; ///< SQLite table; the CSV file is name + ".csv"
    std::span<const ColumnSpec> columns;
    std::span<const std::string_view> key; ///< unique key columns
    std::span<const std::string_view> searchColumns; ///< folded into search_text; empty = none
};

/// All tables, in load order.
std::span<const TableSpec> catalogTables();
/// CREATE TABLE IF NOT EXISTS statement for a table (plus its search_text column and its
/// unique key), in `schema` ("main", "user", …; empty = default).
std::string createTableSql(const TableSpec& table, std::string_view schema = {});
/// The table of that name, or nullptr.
const TableSpec* findCatalogTable(std::string_view name);

} // namespace aicarbon
