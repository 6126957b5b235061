// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace aicarbon {

/// A malformed CSV: names the file, the 1-based line and column, and what was expected.
class CsvError : public std::runtime_error
{
public:
    CsvError(std::string file, int line, int column, const std::string& message);
    const std::string& file() const { return m_file; }
    int line() const { return m_line; }
    int column() const { return m_column; }

private:
    std::string m_file;
    int m_line;
    int m_column;
};

struct CsvRow
{
    std::vector<std::string> cells;
    int line = 0; ///< 1-based line on which the row starts
    std::vector<int> columns; ///< 1-based character column where each cell starts
};

struct CsvTable
{
    std::vector<std::string> header;
    std::vector<CsvRow> rows;

    /// Index of a header name, or -1.
    int columnIndex(std::string_view name) const;
};

/// Parses RFC 4180 CSV (comma separator, double-quote quoting, "" escapes, LF or CRLF,
/// optional UTF-8 BOM). The first row is the header; every row must have as many cells
/// as the header. Blank lines are errors except at the very end. Throws CsvError.
CsvTable parseCsv(std::string_view text, const std::string& fileName);

} // namespace aicarbon
