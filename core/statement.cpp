// SPDX-License-Identifier: GPL-3.0-or-later
#include "statement.h"
#include "database.h"

#include <sqlite3.h>

#include <utility>

namespace aicarbon {

Statement::Statement(sqlite3_stmt* handle, std::string sql)
    : m_handle(handle)
    , m_sql(std::move(sql))
{ }

Statement::~Statement()
{
    sqlite3_finalize(m_handle);
}

Statement::Statement(Statement&& other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr))
    , m_sql(std::move(other.m_sql))
{ }

void Statement::bind(int index, std::string_view text)
{
    // An empty view may have a null data pointer, which SQLite would bind as NULL.
    sqlite3_bind_text(m_handle, index, text.empty() ? "" : text.data(), static_cast<int>(text.size()),
                      SQLITE_TRANSIENT);
}

void Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_handle, index, value);
}

void Statement::bind(int index, long long value)
{
    sqlite3_bind_int64(m_handle, index, value);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_handle, index);
}

void Statement::bind(int index, const std::optional<double>& value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_handle);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throw DatabaseError(std::string(sqlite3_errmsg(sqlite3_db_handle(m_handle)))
                        + " in: " + m_sql.substr(0, 200));
}

void Statement::run()
{
    while (step()) { }
}

void Statement::reset()
{
    sqlite3_reset(m_handle);
    sqlite3_clear_bindings(m_handle);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_handle, column) == SQLITE_NULL;
}

std::string Statement::text(int column) const
{
    const auto* bytes = sqlite3_column_text(m_handle, column);
    return bytes ? std::string(reinterpret_cast<const char*>(bytes), sqlite3_column_bytes(m_handle, column))
                 : std::string();
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_handle, column);
}

long long Statement::integer(int column) const
{
    return sqlite3_column_int64(m_handle, column);
}

std::optional<double> Statement::optionalReal(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<double>(real(column));
}

std::optional<int> Statement::optionalInteger(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<int>(static_cast<int>(integer(column)));
}

} // namespace aicarbon
