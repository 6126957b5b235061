// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: aicarbon::parseCsv either returns a table whose rows all have the
// header's width, or throws CsvError. Any other exception or a sanitizer report is a bug.

#include "csvreader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const aicarbon::CsvTable table = aicarbon::parseCsv(text, "fuzz.csv");
        for (const aicarbon::CsvRow& row : table.rows) {
            if (row.cells.size() != table.header.size())
                std::abort(); // documented invariant broken
        }
        (void)table.columnIndex("id");
    } catch (const aicarbon::CsvError&) {
        // The expected way to reject malformed input.
    }
    return 0;
}
