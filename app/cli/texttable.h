// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace aicarbon::cli {

/// Rows of cells printed with aligned columns: the first column left-aligned, the others
/// right-aligned (numbers) unless set otherwise. Widths count UTF-8 code points.
class TextTable
{
public:
    /// Left-aligns every column (for text such as assumptions and sources).
    void setAllLeftAligned(bool left) { m_leftColumns = left ? 1000 : 1; }
    /// Left-aligns the first `count` columns (ids and names), right-aligns the rest.
    void setLeftAlignedColumns(std::size_t count) { m_leftColumns = count; }
    void addRow(std::vector<std::string> cells);
    void addSeparator();
    std::string render() const;

private:
    std::vector<std::vector<std::string>> m_rows; ///< an empty row is a separator
    std::size_t m_leftColumns = 1;
};

} // namespace aicarbon::cli
