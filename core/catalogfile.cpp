// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogfile.h"

#include "catalogschema.h"
#include "statement.h"

#include <array>
#include <filesystem>
#include <fstream>

namespace aicarbon {

namespace {

constexpr std::string_view kNotACatalog = ": not an aicarbon catalog";

/// An empty file is an empty SQLite database; anything else must start with the
/// 16-byte header "SQLite format 3\0" (sqlite.org/fileformat.html, section 1.3).
bool hasSqliteHeader(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::array<char, 16> header {};
    in.read(header.data(), header.size());
    if (in.gcount() == 0)
        return true;
    return std::string_view(header.data(), header.size()) == std::string_view("SQLite format 3\0", 16);
}

} // namespace

Database openCatalogFile(const std::string& path, Database::Mode mode)
{
    std::error_code error;
    const bool exists = std::filesystem::exists(path, error);
    if (!exists && mode != Database::Mode::Create)
        throw DatabaseError(path + ": no such file (expected an aicarbon catalog)");
    if (exists && std::filesystem::is_directory(path, error))
        throw DatabaseError(path + ": is a folder (expected an aicarbon catalog file)");
    if (exists && !hasSqliteHeader(path))
        throw DatabaseError(path + std::string(kNotACatalog) + " (not an SQLite database)");
    return Database(path, mode);
}

void requireCatalogTables(const Database& database)
{
    Statement exists =
        database.prepare("SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = ?1");
    for (const TableSpec& table : catalogTables()) {
        exists.reset();
        exists.bind(1, table.name);
        if (!exists.step())
            throw DatabaseError(database.path() + std::string(kNotACatalog) + " (it has no "
                                + std::string(table.name) + " table)");
    }
}

} // namespace aicarbon
