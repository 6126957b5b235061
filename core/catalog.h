// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogrecords.h"
#include "database.h"
#include "statement.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace aicarbon {

enum class CatalogKind
{
    Device,
    Region,
    CloudRegion,
    Model
};

/// Read access to the reference catalog (an SQLite file compiled from data/*.csv).
/// Lookups by id are exact first, then case-insensitive. Text search folds case and
/// accents ("quebec" finds "Québec").
class Catalog
{
public:
    /// Opens a compiled catalog file read-only. Throws DatabaseError, with a one-line
    /// message when the file is missing, not SQLite or lacks a catalog table.
    explicit Catalog(const std::string& path);
    /// Uses an already open database (tests compile into ":memory:").
    explicit Catalog(Database database);

    /// Overlays the user catalog at `path` (see UserCatalog): its devices, regions and
    /// intensities win over shipped rows with the same id and are marked userDefined.
    /// Throws DatabaseError when the file cannot be attached.
    void attachUserCatalog(const std::string& path);

    std::optional<DeviceRecord> device(std::string_view id) const;
    std::vector<DeviceRecord> devices(std::string_view search = {}) const;

    /// Region names in `language` ("de", "pt_BR", "de_DE"; see matchNameLanguage): region()
    /// and regions() then return the iso-codes translation as `name` where the catalog
    /// has one (shipped countries and ISO 3166-2 states), with the English name appended
    /// to `aliases`, and search matches both names. Other regions, user-defined ones and
    /// languages without translations keep the English name. "" or "en" = English.
    void setNameLanguage(std::string_view language);
    /// The resolved language of setNameLanguage ("" = English).
    const std::string& nameLanguage() const { return m_nameLanguage; }
    /// The name of region `id` in `language`, falling back to its catalog (English) name;
    /// "" for an unknown id. Independent of setNameLanguage.
    std::string regionName(std::string_view id, std::string_view language) const;

    std::optional<RegionRecord> region(std::string_view id) const;
    std::vector<RegionRecord> regions(std::string_view search = {}) const;
    /// Grid intensity of a region: the primary series' latest year by default; with a
    /// year, that year (primary series first); with a source, only that source's rows.
    std::optional<IntensityRecord> intensity(std::string_view regionId, std::optional<int> year = {},
                                             std::string_view source = {}) const;
    /// Every intensity row of a region, newest first.
    std::vector<IntensityRecord> intensityHistory(std::string_view regionId) const;

    std::optional<CloudRegionRecord> cloudRegion(std::string_view id) const;
    std::vector<CloudRegionRecord> cloudRegions(std::string_view search = {}) const;
    /// Provider-published intensity of a cloud region (latest year, or that year).
    std::optional<IntensityRecord> cloudIntensity(std::string_view cloudRegionId,
                                                  std::optional<int> year = {}) const;

    std::optional<PueDefaultRecord> pueDefault(std::string_view provider) const;

    std::optional<ModelRecord> model(std::string_view id) const;
    std::vector<ModelRecord> models(std::string_view search = {}) const;

    std::vector<EquivalentRecord> equivalents() const;
    /// The published training footprints, in table order.
    std::vector<PublishedFootprintRecord> publishedFootprints() const;
    std::optional<SourceRecord> source(std::string_view id) const;
    std::vector<SourceRecord> sources() const;

    /// Up to `count` ids of that kind closest to `id` (edit distance, prefix and
    /// substring matches), best first, for "did you mean" messages.
    std::vector<std::string> suggest(CatalogKind kind, std::string_view id, std::size_t count = 3) const;

    std::string dataVersion() const;
    std::string dataDate() const;

private:
    std::string metaValue(std::string_view key) const;
    void createMergedViews(bool withUser);
    void createRegionView();
    std::vector<std::string> nameLanguages() const;
    /// A prepared statement for `sql`, compiled once and reset for reuse. Lookups run
    /// thousands of times in sweeps; compiling SQL each time dominated their cost.
    Statement& statement(const std::string& sql) const;

    Database m_database;
    std::string m_nameLanguage; ///< a language of region_names, or "" for English
    mutable std::unordered_map<std::string, std::unique_ptr<Statement>> m_statements;
};

} // namespace aicarbon
