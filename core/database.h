// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>

struct sqlite3;

namespace aicarbon {

class Statement;

/// Any failure reported by SQLite, with its message and the statement or path involved.
class DatabaseError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// Owns one SQLite connection (RAII). Not copyable; movable.
class Database
{
public:
    enum class Mode
    {
        ReadOnly,
        ReadWrite,
        Create
    };

    /// Opens `path` (":memory:" for an in-memory database). Throws DatabaseError.
    explicit Database(const std::string& path, Mode mode = Mode::ReadOnly);
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Runs one or more SQL statements without results. Throws DatabaseError.
    void execute(const std::string& sql);
    /// Compiles one statement. Throws DatabaseError.
    Statement prepare(const std::string& sql) const;
    const std::string& path() const { return m_path; }

private:
    sqlite3* m_handle = nullptr;
    std::string m_path;
};

/// Begins a transaction; commits with commit(), rolls back when destroyed uncommitted.
class Transaction
{
public:
    explicit Transaction(Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_database;
    bool m_open = true;
};

} // namespace aicarbon
