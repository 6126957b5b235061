// SPDX-License-Identifier: GPL-3.0-or-later
#include "texttable.h"

#include <algorithm>

namespace aicarbon::cli {

namespace {
std::size_t displayWidth(const std::string& s)
{
    return static_cast<std::size_t>(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}
} // namespace

void TextTable::addRow(std::vector<std::string> cells)
{
    m_rows.push_back(std::move(cells));
}

void TextTable::addSeparator()
{
    m_rows.emplace_back();
}

std::string TextTable::render() const
{
    std::vector<std::size_t> widths;
    for (const auto& row : m_rows) {
        widths.resize(std::max(widths.size(), row.size()));
        for (std::size_t i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    }
    std::size_t total = 0;
    for (const std::size_t w : widths)
        total += w + 2;
    std::string out;
    for (const auto& row : m_rows) {
        if (row.empty()) {
            out += std::string(total > 2 ? total - 2 : 0, '-') + '\n';
            continue;
        }
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            const std::string pad(widths[i] - displayWidth(row[i]), ' ');
            line += i < m_leftColumns ? row[i] + pad : pad + row[i];
            if (i + 1 < row.size())
                line += "  ";
        }
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out += line + '\n';
    }
    return out;
}

} // namespace aicarbon::cli
