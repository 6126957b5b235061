// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

struct sqlite3_stmt;

namespace aicarbon {

/// One compiled SQLite statement (RAII). Parameters are 1-based, columns 0-based.
class Statement
{
public:
    Statement(sqlite3_stmt* handle, std::string sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    void bind(int index, std::string_view text);
    void bind(int index, double value);
    void bind(int index, long long value);
    void bindNull(int index);
    void bind(int index, const std::optional<double>& value);

    /// Advances to the next row; false when done. Throws DatabaseError.
    bool step();
    /// Runs a statement that returns no rows.
    void run();
    /// Clears bindings and rewinds, ready to run again.
    void reset();

    bool isNull(int column) const;
    std::string text(int column) const;
    double real(int column) const;
    long long integer(int column) const;
    std::optional<double> optionalReal(int column) const;
    std::optional<int> optionalInteger(int column) const;

private:
    sqlite3_stmt* m_handle = nullptr;
    std::string m_sql;
};

} // namespace aicarbon
