// SPDX-License-Identifier: GPL-3.0-or-later
#include "references.h"

namespace aicarbon {

namespace {

constexpr std::string_view kMatch = "% match:";

std::string_view trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

/// Length of the entry starting at `at` ('@'), up to its balanced closing brace; 0 when unbalanced.
std::size_t entryLength(std::string_view bib, std::size_t at)
{
    int depth = 0;
    for (std::size_t i = bib.find('{', at); i < bib.size(); ++i) {
        depth += bib[i] == '{' ? 1 : bib[i] == '}' ? -1 : 0;
        if (depth == 0)
            return i + 1 - at;
    }
    return 0;
}

} // namespace

std::vector<Reference> parseReferences(std::string_view bib)
{
    std::vector<Reference> out;
    std::vector<std::string> pending;
    std::size_t pos = 0;
    while (pos < bib.size()) {
        const std::size_t end = std::min(bib.find('\n', pos), bib.size());
        const std::string_view line = trimmed(bib.substr(pos, end - pos));
        if (line.starts_with(kMatch)) {
            pending.emplace_back(trimmed(line.substr(kMatch.size())));
        } else if (line.starts_with("@")) {
            const std::size_t start = pos + bib.substr(pos).find('@');
            const std::size_t length = entryLength(bib, start);
            if (length == 0)
                break;
            const std::string_view entry = bib.substr(start, length);
            const std::size_t open = entry.find('{');
            const std::string key(trimmed(entry.substr(open + 1, entry.find(',') - open - 1)));
            out.push_back({key, std::string(entry), std::move(pending)});
            pending.clear();
            pos = start + length;
            continue;
        }
        pos = end + 1;
    }
    return out;
}

const std::vector<Reference>& builtinReferences()
{
    static const std::vector<Reference> references = parseReferences(builtinReferencesText());
    return references;
}

} // namespace aicarbon
