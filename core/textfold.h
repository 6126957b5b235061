// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace aicarbon {

/// Folds UTF-8 text for case- and accent-insensitive search: ASCII letters to lower case,
/// Latin letters with diacritics (Latin-1 Supplement, Latin Extended-A) to their base
/// letter ("Québec" → "quebec", "Łódź" → "lodz", "Straße" → "strasse"). Other characters
/// are kept as they are.
std::string foldForSearch(std::string_view utf8);

/// Levenshtein distance between two strings (bytes), for "did you mean" suggestions.
std::size_t editDistance(std::string_view a, std::string_view b);

} // namespace aicarbon
