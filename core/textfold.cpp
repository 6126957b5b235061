// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfold.h"

#include <algorithm>
#include <vector>

namespace aicarbon {

namespace {

// Base letters of U+00C0…U+00FF ('\0' = keep as is; "ss"/"ae"/"oe"/"th" handled apart).
constexpr std::string_view kLatin1 {"aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0\0aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0y",
                                    64};
// Base letters of U+0100…U+017F ('\0' = keep as is). Generated from Unicode NFD.
constexpr std::string_view kLatinExtendedA {
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii\0\0jjkkkllllllllllnnnnnnnnnoooooo\0\0rrrrrrsssssssstt"
    "ttttuuuuuuuuuuuuwwyyyzzzzzzs",
    128};

std::string foldCodePoint(char32_t cp)
{
    if (cp == 0xDF)
        return "ss";
    if (cp == 0xC6 || cp == 0xE6)
        return "ae";
    if (cp == 0x152 || cp == 0x153)
        return "oe";
    if (cp == 0xDE || cp == 0xFE)
        return "th";
    if (cp >= 0xC0 && cp <= 0xFF && kLatin1[cp - 0xC0] != '\0')
        return std::string(1, kLatin1[cp - 0xC0]);
    if (cp >= 0x100 && cp <= 0x17F && kLatinExtendedA[cp - 0x100] != '\0')
        return std::string(1, kLatinExtendedA[cp - 0x100]);
    return {};
}

/// Decodes one UTF-8 sequence at `i`; returns its length (1 for invalid bytes).
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) {
        cp = lead;
        return 1;
    }
    const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (length == 1 || i + length > s.size()) {
        cp = lead;
        return 1;
    }
    cp = lead & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k)
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    return length;
}

} // namespace

std::string foldForSearch(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();) {
        char32_t cp = 0;
        const std::size_t length = decode(utf8, i, cp);
        if (cp < 0x80) {
            out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp);
        } else if (const std::string folded = foldCodePoint(cp); !folded.empty()) {
            out += folded;
        } else {
            out.append(utf8.substr(i, length));
        }
        i += length;
    }
    return out;
}

std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace aicarbon
