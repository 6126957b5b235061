// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogcompiler.h"
#include "catalogschema.h"
#include "csvreader.h"
#include "database.h"
#include "statement.h"
#include "textfile.h"
#include "textfold.h"

#include <charconv>
#include <cmath>
#include <filesystem>
#include <map>

namespace aicarbon {

namespace {

std::string quoted(std::string_view identifier)
{
    return '"' + std::string(identifier) + '"';
}

std::string insertSql(const TableSpec& table)
{
    std::string sql = "INSERT INTO " + quoted(table.name) + " VALUES (";
    for (std::size_t i = 0; i <= table.columns.size(); ++i)
        sql += i ? ", ?" : "?";
    return sql + ")";
}

void checkHeader(const TableSpec& table, const CsvTable& csv, const std::string& file)
{
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        const std::string found = i < csv.header.size() ? csv.header[i] : std::string("(nothing)");
        if (found != table.columns[i].name) {
            throw CsvError(file, 1, static_cast<int>(i) + 1,
                           "expected column '" + std::string(table.columns[i].name) + "', found '" + found
                               + "'");
        }
    }
    if (csv.header.size() != table.columns.size())
        throw CsvError(file, 1, static_cast<int>(table.columns.size()) + 1, "unexpected extra column");
}

/// Binds one cell as its column type; throws CsvError for a malformed value.
void bindCell(Statement& insert, int index, const ColumnSpec& column, const std::string& cell,
              const std::string& file, int line, int col)
{
    const auto fail = [&](const std::string& expected) {
        throw CsvError(file, line, col,
                       "column '" + std::string(column.name) + "': expected " + expected + ", found '" + cell
                           + "'");
    };
    if (cell.empty()) {
        if (column.required)
            fail("a value (the column is required)");
        insert.bindNull(index);
        return;
    }
    switch (column.type) {
    case ColumnType::Text:
        insert.bind(index, std::string_view(cell));
        return;
    case ColumnType::Boolean:
        if (cell != "0" && cell != "1")
            fail("0 or 1");
        insert.bind(index, static_cast<long long>(cell == "1"));
        return;
    case ColumnType::Integer: {
        long long value = 0;
        const auto [end, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
        if (ec != std::errc() || end != cell.data() + cell.size())
            fail("an integer");
        insert.bind(index, value);
        return;
    }
    case ColumnType::Real: {
        double value = 0;
        const auto [end, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
        if (ec != std::errc() || end != cell.data() + cell.size() || !std::isfinite(value))
            fail("a number with '.' as decimal separator");
        insert.bind(index, value);
        return;
    }
    }
}

std::string searchText(const TableSpec& table, const CsvTable& csv, const CsvRow& row)
{
    std::string text;
    for (const std::string_view name : table.searchColumns)
        text += ' ' + row.cells[static_cast<std::size_t>(csv.columnIndex(name))];
    return foldForSearch(text);
}

std::string rowKey(const TableSpec& table, const CsvTable& csv, const CsvRow& row)
{
    std::string key;
    for (const std::string_view name : table.key)
        key += row.cells[static_cast<std::size_t>(csv.columnIndex(name))] + '\x1f';
    return key;
}

void loadTable(const TableSpec& table, const std::filesystem::path& file, Database& database)
{
    const std::string fileName = file.string();
    const CsvTable csv = parseCsv(readTextFile(fileName), fileName);
    checkHeader(table, csv, fileName);
    database.execute(createTableSql(table));
    Statement insert = database.prepare(insertSql(table));
    std::map<std::string, int> firstLineOfKey;
    for (const CsvRow& row : csv.rows) {
        const auto [it, inserted] = firstLineOfKey.emplace(rowKey(table, csv, row), row.line);
        if (!inserted)
            throw CsvError(fileName, row.line, 1,
                           "duplicate key, first defined on line " + std::to_string(it->second));
        for (std::size_t i = 0; i < table.columns.size(); ++i)
            bindCell(insert, static_cast<int>(i) + 1, table.columns[i], row.cells[i], fileName, row.line,
                     row.columns[i]);
        const int searchIndex = static_cast<int>(table.columns.size()) + 1;
        if (table.searchColumns.empty())
            insert.bindNull(searchIndex);
        else
            insert.bind(searchIndex, std::string_view(searchText(table, csv, row)));
        insert.run();
        insert.reset();
    }
}

} // namespace

void compileCatalog(const std::string& csvDirectory, Database& database,
                    const std::optional<IsoCodesSource>& isoCodes)
{
    Transaction transaction(database);
    for (const TableSpec& table : catalogTables())
        loadTable(table, std::filesystem::path(csvDirectory) / (std::string(table.name) + ".csv"), database);
    database.execute(regionNamesTableSql());
    if (isoCodes)
        compileRegionNames(*isoCodes, database);
    transaction.commit();
}

void compileCatalogFile(const std::string& csvDirectory, const std::string& outputPath,
                        const std::optional<IsoCodesSource>& isoCodes)
{
    const std::string temporary = outputPath + ".tmp";
    std::filesystem::remove(temporary);
    {
        Database database(temporary, Database::Mode::Create);
        database.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF");
        compileCatalog(csvDirectory, database, isoCodes);
        database.execute("VACUUM");
    }
    std::filesystem::rename(temporary, outputPath);
}

} // namespace aicarbon
