// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

// Translated country and region names from Debian's iso-codes, compiled into the catalog
// table region_names(region_id, language, name, search_text).

namespace aicarbon {

class Database;

/// The UI languages whose names are compiled (English is the catalog's own name).
inline constexpr std::array<std::string_view, 6> kRegionNameLanguages {"de", "pt_BR", "id",
                                                                       "es", "fr",    "zh_CN"};

/// The language of `available` to use for `requested`: the same code, else its base
/// language ("de_DE" → "de"), else for a bare language the first regional variant
/// ("pt" → "pt_BR"); "" when none matches (English).
std::string matchNameLanguage(std::string_view requested, const std::vector<std::string>& available);

/// Where the build found iso-codes.
struct IsoCodesSource
{
    std::string jsonDirectory; ///< holds iso_3166-1.json and iso_3166-2.json
    std::string localeDirectory; ///< holds <lang>/LC_MESSAGES/iso_3166-{1,2}.mo
    std::string version; ///< e.g. "4.15.0"; recorded in meta.iso_codes_version
};

/// CREATE TABLE statement of region_names (always created, empty without iso-codes).
std::string regionNamesTableSql();

/// Fills region_names for every compiled region of kind country (ISO 3166-1 alpha-2) or
/// state (ISO 3166-2) with the iso-codes translation of its ISO English name, for each of
/// kRegionNameLanguages ("pt_BR" uses pt_BR's catalogue, else pt's). Regions without a
/// translation get no row. Throws MoFileError / DatabaseError / std::runtime_error.
void compileRegionNames(const IsoCodesSource& isoCodes, Database& database);

} // namespace aicarbon
