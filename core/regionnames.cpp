// SPDX-License-Identifier: GPL-3.0-or-later
#include "regionnames.h"
#include "database.h"
#include "mofile.h"
#include "statement.h"
#include "textfold.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <vector>

namespace aicarbon {

namespace {

/// ISO code → English names to look up in the .mo, preferred first (iso-codes' msgids).
using IsoNames = std::map<std::string, std::vector<std::string>>;
using Messages = std::map<std::string, std::string>;

IsoNames readIsoList(const std::filesystem::path& file, const char* list, const char* codeKey)
{
    std::ifstream in(file);
    if (!in)
        throw std::runtime_error(file.string() + ": cannot be read");
    const nlohmann::json json = nlohmann::json::parse(in);
    IsoNames names;
    for (const nlohmann::json& entry : json.at(list)) {
        std::vector<std::string>& msgids = names[entry.at(codeKey).get<std::string>()];
        for (const char* key : {"common_name", "name"})
            if (entry.contains(key))
                msgids.push_back(entry.at(key).get<std::string>());
    }
    return names;
}

/// The domain's catalogue for `language`, else for its base language ("pt_BR" → "pt");
/// empty when iso-codes ships neither.
Messages readCatalogue(const IsoCodesSource& iso, std::string_view language, const char* domain)
{
    const std::string base(language.substr(0, language.find('_')));
    for (const std::string& code : {std::string(language), base}) {
        const auto path =
            std::filesystem::path(iso.localeDirectory) / code / "LC_MESSAGES" / (std::string(domain) + ".mo");
        if (std::filesystem::exists(path))
            return readMoFile(path.string());
    }
    return {};
}

/// The translation of the first of `msgids` that the catalogue translates, or "".
std::string translate(const Messages& messages, const std::vector<std::string>& msgids)
{
    for (const std::string& msgid : msgids)
        if (const auto it = messages.find(msgid); it != messages.end())
            return it->second;
    return {};
}

struct Region
{
    std::string id;
    bool country = false; ///< ISO 3166-1 (else ISO 3166-2)
};

std::vector<Region> isoRegions(Database& database)
{
    std::vector<Region> regions;
    Statement select = database.prepare("SELECT id, kind FROM regions WHERE kind IN ('country', 'state')");
    while (select.step())
        regions.push_back({select.text(0), select.text(1) == "country"});
    return regions;
}

void recordVersion(const IsoCodesSource& iso, Database& database)
{
    Statement meta =
        database.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('iso_codes_version', ?1)");
    meta.bind(1, std::string_view(iso.version));
    meta.run();
    Statement source = database.prepare("UPDATE sources SET version = ?1 WHERE id = 'iso-codes'");
    source.bind(1, "iso-codes " + iso.version + " (system package: ISO 3166 names, codes and translations)");
    source.run();
}

} // namespace

std::string matchNameLanguage(std::string_view requested, const std::vector<std::string>& available)
{
    const auto has = [&](std::string_view code) {
        return std::find(available.begin(), available.end(), code) != available.end();
    };
    const std::string_view base = requested.substr(0, requested.find('_'));
    if (!requested.empty() && has(requested))
        return std::string(requested);
    if (!base.empty() && has(base))
        return std::string(base);
    if (base.size() == requested.size() && !base.empty())
        for (const std::string& code : available)
            if (code.starts_with(std::string(base) + '_'))
                return code;
    return {};
}

std::string regionNamesTableSql()
{
    return "CREATE TABLE IF NOT EXISTS region_names (region_id TEXT NOT NULL, language TEXT NOT NULL,"
           " name TEXT NOT NULL, search_text TEXT NOT NULL, PRIMARY KEY (region_id, language))";
}

void compileRegionNames(const IsoCodesSource& iso, Database& database)
{
    const std::filesystem::path json(iso.jsonDirectory);
    const IsoNames countries = readIsoList(json / "iso_3166-1.json", "3166-1", "alpha_2");
    const IsoNames subdivisions = std::filesystem::exists(json / "iso_3166-2.json")
        ? readIsoList(json / "iso_3166-2.json", "3166-2", "code")
        : IsoNames {};
    const std::vector<Region> regions = isoRegions(database);
    Statement insert = database.prepare("INSERT INTO region_names VALUES (?1, ?2, ?3, ?4)");
    for (const std::string_view language : kRegionNameLanguages) {
        const Messages countryNames = readCatalogue(iso, language, "iso_3166-1");
        const Messages subdivisionNames = readCatalogue(iso, language, "iso_3166-2");
        for (const Region& region : regions) {
            const IsoNames& list = region.country ? countries : subdivisions;
            const auto msgids = list.find(region.id);
            const std::string name = msgids == list.end()
                ? std::string()
                : translate(region.country ? countryNames : subdivisionNames, msgids->second);
            if (name.empty())
                continue;
            insert.bind(1, std::string_view(region.id));
            insert.bind(2, language);
            insert.bind(3, std::string_view(name));
            insert.bind(4, std::string_view(foldForSearch(name)));
            insert.run();
            insert.reset();
        }
    }
    recordVersion(iso, database);
}

} // namespace aicarbon
