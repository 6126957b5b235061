// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

namespace aicarbon {

CsvError::CsvError(std::string file, int line, int column, const std::string& message)
    : std::runtime_error(file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message)
    , m_file(std::move(file))
    , m_line(line)
    , m_column(column)
{ }

int CsvTable::columnIndex(std::string_view name) const
{
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (header[i] == name)
            return static_cast<int>(i);
    }
    return -1;
}

namespace {

/// A cursor over the text that tracks line and column for error messages.
class CsvScanner
{
public:
    CsvScanner(std::string_view text, const std::string& file)
        : m_text(text)
        , m_file(file)
    {
        if (m_text.starts_with("\xEF\xBB\xBF"))
            m_text.remove_prefix(3);
    }

    bool atEnd() const { return m_pos >= m_text.size(); }

    CsvRow readRow()
    {
        CsvRow row;
        row.line = m_line;
        for (;;) {
            row.columns.push_back(m_column);
            row.cells.push_back(readCell());
            if (atEnd())
                return row;
            const char c = m_text[m_pos];
            if (c == ',') {
                advance();
                continue;
            }
            consumeLineEnd();
            return row;
        }
    }

    [[noreturn]] void fail(const std::string& message) const
    {
        throw CsvError(m_file, m_line, m_column, message);
    }

private:
    void advance()
    {
        if (m_text[m_pos] == '\n') {
            ++m_line;
            m_column = 1;
        } else {
            ++m_column;
        }
        ++m_pos;
    }

    void consumeLineEnd()
    {
        if (m_text[m_pos] == '\r') {
            advance();
            if (atEnd() || m_text[m_pos] != '\n')
                fail("expected a line feed after a carriage return");
        }
        advance();
    }

    std::string readCell()
    {
        if (!atEnd() && m_text[m_pos] == '"')
            return readQuotedCell();
        std::string cell;
        while (!atEnd()) {
            const char c = m_text[m_pos];
            if (c == ',' || c == '\n' || c == '\r')
                break;
            if (c == '"')
                fail("unexpected quote inside an unquoted cell (quote the whole cell and double the quote)");
            cell += c;
            advance();
        }
        return cell;
    }

    std::string readQuotedCell()
    {
        const int startLine = m_line;
        const int startColumn = m_column;
        advance();
        std::string cell;
        for (;;) {
            if (atEnd())
                throw CsvError(m_file, startLine, startColumn, "quoted cell is never closed");
            const char c = m_text[m_pos];
            advance();
            if (c != '"') {
                cell += c;
                continue;
            }
            if (!atEnd() && m_text[m_pos] == '"') {
                cell += '"';
                advance();
                continue;
            }
            if (!atEnd() && m_text[m_pos] != ',' && m_text[m_pos] != '\n' && m_text[m_pos] != '\r')
                fail("expected a comma or a line end after a closing quote");
            return cell;
        }
    }

    std::string_view m_text;
    const std::string& m_file;
    std::size_t m_pos = 0;
    int m_line = 1;
    int m_column = 1;
};

} // namespace

CsvTable parseCsv(std::string_view text, const std::string& fileName)
{
    CsvScanner scanner(text, fileName);
    if (scanner.atEnd())
        throw CsvError(fileName, 1, 1, "empty file: expected a header row");
    CsvTable table;
    table.header = scanner.readRow().cells;
    while (!scanner.atEnd()) {
        CsvRow row = scanner.readRow();
        if (row.cells.size() == 1 && row.cells.front().empty()) {
            if (scanner.atEnd())
                break;
            throw CsvError(fileName, row.line, 1, "empty line inside the table");
        }
        if (row.cells.size() != table.header.size()) {
            throw CsvError(fileName, row.line, 1,
                           "expected " + std::to_string(table.header.size())
                               + " cells as in the header, found " + std::to_string(row.cells.size()));
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

} // namespace aicarbon
