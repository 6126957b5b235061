// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "statement.h"

#include <sqlite3.h>

#include <utility>

namespace aicarbon {

namespace {
int openFlags(Database::Mode mode)
{
    switch (mode) {
    case Database::Mode::ReadOnly:
        return SQLITE_OPEN_READONLY;
    case Database::Mode::ReadWrite:
        return SQLITE_OPEN_READWRITE;
    case Database::Mode::Create:
        break;
    }
    return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
}
} // namespace

Database::Database(const std::string& path, Mode mode)
    : m_path(path)
{
    const int rc = sqlite3_open_v2(path.c_str(), &m_handle, openFlags(mode) | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const std::string reason = m_handle ? sqlite3_errmsg(m_handle) : sqlite3_errstr(rc);
        sqlite3_close(m_handle);
        m_handle = nullptr;
        throw DatabaseError(path + ": cannot open database: " + reason);
    }
    sqlite3_extended_result_codes(m_handle, 1);
}

Database::~Database()
{
    sqlite3_close(m_handle);
}

Database::Database(Database&& other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr))
    , m_path(std::move(other.m_path))
{ }

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        sqlite3_close(m_handle);
        m_handle = std::exchange(other.m_handle, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

void Database::execute(const std::string& sql)
{
    char* error = nullptr;
    if (sqlite3_exec(m_handle, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string reason = error ? error : "unknown error";
        sqlite3_free(error);
        throw DatabaseError(m_path + ": " + reason + " in: " + sql.substr(0, 200));
    }
}

Statement Database::prepare(const std::string& sql) const
{
    sqlite3_stmt* handle = nullptr;
    if (sqlite3_prepare_v2(m_handle, sql.c_str(), static_cast<int>(sql.size()), &handle, nullptr)
        != SQLITE_OK)
        throw DatabaseError(m_path + ": " + sqlite3_errmsg(m_handle) + " in: " + sql.substr(0, 200));
    return Statement(handle, sql);
}

Transaction::Transaction(Database& database)
    : m_database(database)
{
    m_database.execute("BEGIN");
}

Transaction::~Transaction()
{
    if (m_open) {
        try {
            m_database.execute("ROLLBACK");
        } catch (const DatabaseError&) {
            // Nothing more can be done in a destructor; SQLite rolls back on close.
        }
    }
}

void Transaction::commit()
{
    m_database.execute("COMMIT");
    m_open = false;
}

} // namespace aicarbon
