// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"
#include "catalogfile.h"
#include "regionnames.h"
#include "statement.h"
#include "textfold.h"

#include <algorithm>
#include <utility>

namespace aicarbon {

namespace {

constexpr const char* kDeviceColumns =
    "id, vendor, name, kind, release_year, tdp_w, idle_w, fp64_tflops, fp32_tflops, tf32_tflops, "
    "bf16_tflops, fp16_tflops, fp8_tflops, int8_tops, memory_gb, die_area_mm2, process_nm, "
    "embodied_kgco2e, embodied_source, power_basis, source, source_detail, user_defined";
constexpr const char* kRegionColumns = "id, name, kind, country, parent, aliases, user_defined";
constexpr const char* kIntensityColumns =
    "region_id, year, g_per_kwh, basis, cfe_fraction, source, \"primary\"";
constexpr const char* kCloudColumns =
    "id, provider, region_code, name, city, country, grid_region, pue, pue_source, source";
constexpr const char* kModelColumns =
    "id, family, name, year, parameters, active_parameters, layers, d_model, heads, vocab, context, "
    "training_tokens, reference_device, reference_device_count, source";

// Exact id first, then a case-insensitive match. (SQLite 3.40 plans "id = ?1 OR id = ?1
// COLLATE NOCASE" through the BINARY unique index and misses the second term; lower() works.)
constexpr const char* kById = " WHERE id = ?1 OR lower(id) = lower(?1) ORDER BY id = ?1 DESC LIMIT 1";
constexpr const char* kBySearch = " WHERE ?1 = '' OR search_text LIKE '%' || ?1 || '%' ESCAPE '\\'";

DeviceRecord readDevice(const Statement& row)
{
    DeviceRecord d;
    d.id = row.text(0);
    d.vendor = row.text(1);
    d.name = row.text(2);
    d.kind = row.text(3);
    d.releaseYear = row.optionalInteger(4);
    d.tdpW = row.optionalReal(5);
    d.idleW = row.optionalReal(6);
    for (std::size_t p = 0; p < kPrecisionCount; ++p)
        d.peakTflops[p] = row.optionalReal(7 + static_cast<int>(p));
    d.memoryGb = row.optionalReal(14);
    d.dieAreaMm2 = row.optionalReal(15);
    d.processNm = row.optionalReal(16);
    d.embodiedKgCo2e = row.optionalReal(17);
    d.embodiedSource = row.text(18);
    d.powerBasis = row.text(19);
    d.source = row.text(20);
    d.sourceDetail = row.text(21);
    d.userDefined = row.integer(22) != 0;
    return d;
}

RegionRecord readRegion(const Statement& row)
{
    return {row.text(0), row.text(1), row.text(2),        row.text(3),
            row.text(4), row.text(5), row.integer(6) != 0};
}

IntensityRecord readIntensity(const Statement& row)
{
    return {row.text(0),         static_cast<int>(row.integer(1)),
            row.real(2),         row.text(3),
            row.optionalReal(4), row.text(5),
            row.integer(6) != 0};
}

CloudRegionRecord readCloudRegion(const Statement& row)
{
    return {row.text(0), row.text(1), row.text(2),         row.text(3), row.text(4),
            row.text(5), row.text(6), row.optionalReal(7), row.text(8), row.text(9)};
}

ModelRecord readModel(const Statement& row)
{
    return {row.text(0),
            row.text(1),
            row.text(2),
            row.optionalInteger(3),
            row.optionalReal(4),
            row.optionalReal(5),
            row.optionalInteger(6),
            row.optionalInteger(7),
            row.optionalInteger(8),
            row.optionalInteger(9),
            row.optionalInteger(10),
            row.optionalReal(11),
            row.text(12),
            row.optionalInteger(13),
            row.text(14)};
}

/// Escapes LIKE wildcards in a folded search string.
std::string likePattern(std::string_view search)
{
    std::string out;
    for (const char c : foldForSearch(search)) {
        if (c == '%' || c == '_' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

/// The first row, if any; the statement is reset afterwards so that no read transaction
/// stays open (the user catalog may be written by another connection meanwhile).
template<class Record, class Reader>
std::optional<Record> first(Statement& statement, Reader read)
{
    std::optional<Record> record;
    if (statement.step())
        record = read(statement);
    statement.reset();
    return record;
}

template<class Record, class Reader>
std::vector<Record> all(Statement& statement, Reader read)
{
    std::vector<Record> records;
    while (statement.step())
        records.push_back(read(statement));
    statement.reset();
    return records;
}

const char* tableOf(CatalogKind kind)
{
    switch (kind) {
    case CatalogKind::Device:
        return "v_devices";
    case CatalogKind::Region:
        return "v_regions";
    case CatalogKind::CloudRegion:
        return "cloud_regions";
    case CatalogKind::Model:
        break;
    }
    return "models";
}

/// Smaller is closer; prefix and substring matches rank before plain edit distance.
std::size_t closeness(const std::string& candidate, const std::string& wanted)
{
    if (candidate.starts_with(wanted))
        return candidate.size() - wanted.size();
    if (candidate.find(wanted) != std::string::npos)
        return 100 + candidate.size() - wanted.size();
    return 1000 + editDistance(candidate, wanted);
}

} // namespace

Catalog::Catalog(const std::string& path)
    : m_database(openCatalogFile(path, Database::Mode::ReadOnly))
{
    requireCatalogTables(m_database);
    createMergedViews(false);
}

Catalog::Catalog(Database database)
    : m_database(std::move(database))
{
    createMergedViews(false);
}

void Catalog::attachUserCatalog(const std::string& path)
{
    Statement attach = m_database.prepare("ATTACH DATABASE ?1 AS user");
    attach.bind(1, std::string_view(path));
    attach.run();
    createMergedViews(true);
}

void Catalog::setNameLanguage(std::string_view language)
{
    m_nameLanguage = matchNameLanguage(language, nameLanguages());
    createRegionView();
}

std::vector<std::string> Catalog::nameLanguages() const
{
    std::vector<std::string> languages;
    Statement& exists =
        statement("SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = 'region_names'");
    const bool hasTable = exists.step();
    exists.reset();
    if (!hasTable)
        return languages;
    Statement& s = statement("SELECT DISTINCT language FROM main.region_names ORDER BY language");
    while (s.step())
        languages.push_back(s.text(0));
    s.reset();
    return languages;
}

std::string Catalog::regionName(std::string_view id, std::string_view language) const
{
    const std::string code = matchNameLanguage(language, nameLanguages());
    Statement& s =
        statement("SELECT COALESCE(n.name, r.name) FROM v_regions_en r LEFT JOIN main.region_names n"
                  " ON n.region_id = r.id AND n.language = ?2 AND NOT r.user_defined"
                  " WHERE r.id = ?1 OR lower(r.id) = lower(?1) ORDER BY r.id = ?1 DESC LIMIT 1");
    s.bind(1, id);
    s.bind(2, std::string_view(code));
    std::string name = s.step() ? s.text(0) : std::string();
    s.reset();
    return name;
}

// v_regions is v_regions_en (shipped + user regions, English names) with the names of
// m_nameLanguage: the translation replaces `name`, the English name joins `aliases` and
// both are searchable. Only shipped rows are translated.
void Catalog::createRegionView()
{
    std::string sql = "DROP VIEW IF EXISTS temp.v_regions; CREATE TEMP VIEW v_regions AS ";
    if (m_nameLanguage.empty()) {
        m_database.execute(sql + "SELECT * FROM v_regions_en");
        return;
    }
    std::string quoted = "'";
    for (const char c : m_nameLanguage)
        quoted += c == '\'' ? std::string("''") : std::string(1, c);
    sql += "SELECT r.id, COALESCE(n.name, r.name) AS name, r.kind, r.country, r.parent,"
           " CASE WHEN n.name IS NULL OR n.name = r.name THEN r.aliases"
           " WHEN COALESCE(r.aliases, '') = '' THEN r.name ELSE r.aliases || ';' || r.name END AS aliases,"
           " r.search_text || COALESCE(' ' || n.search_text, '') AS search_text, r.user_defined"
           " FROM v_regions_en r LEFT JOIN main.region_names n"
           " ON n.region_id = r.id AND NOT r.user_defined AND n.language = "
        + quoted + "'";
    m_database.execute(sql);
}

// The queries read v_devices, v_regions (see createRegionView) and v_grid_intensity: the shipped tables, with
// the user catalog's rows in front of (and hiding) shipped rows of the same id when attached.
void Catalog::createMergedViews(bool withUser)
{
    const auto view = [&](const std::string& name, const std::string& key, const std::string& viewName) {
        std::string sql = "DROP VIEW IF EXISTS temp." + viewName + "; CREATE TEMP VIEW " + viewName + " AS ";
        if (withUser)
            sql += "SELECT *, 1 AS user_defined FROM user." + name + " UNION ALL ";
        sql += "SELECT *, 0 AS user_defined FROM main." + name;
        if (withUser)
            sql += " WHERE " + key + " NOT IN (SELECT " + key + " FROM user." + name + ")";
        m_database.execute(sql);
    };
    view("devices", "id", "v_devices");
    view("regions", "id", "v_regions_en");
    view("grid_intensity", "region_id", "v_grid_intensity");
    createRegionView();
}

std::optional<DeviceRecord> Catalog::device(std::string_view id) const
{
    Statement& s = statement(std::string("SELECT ") + kDeviceColumns + " FROM v_devices" + kById);
    s.bind(1, id);
    return first<DeviceRecord>(s, readDevice);
}

std::vector<DeviceRecord> Catalog::devices(std::string_view search) const
{
    Statement& s = statement(std::string("SELECT ") + kDeviceColumns + " FROM v_devices" + kBySearch
                             + " ORDER BY kind = 'cpu', vendor, release_year, name");
    s.bind(1, std::string_view(likePattern(search)));
    return all<DeviceRecord>(s, readDevice);
}

std::optional<RegionRecord> Catalog::region(std::string_view id) const
{
    Statement& s = statement(std::string("SELECT ") + kRegionColumns + " FROM v_regions" + kById);
    s.bind(1, id);
    return first<RegionRecord>(s, readRegion);
}

std::vector<RegionRecord> Catalog::regions(std::string_view search) const
{
    Statement& s = statement(std::string("SELECT ") + kRegionColumns + " FROM v_regions" + kBySearch
                             + " ORDER BY kind <> 'world', kind <> 'country', name");
    s.bind(1, std::string_view(likePattern(search)));
    return all<RegionRecord>(s, readRegion);
}

std::optional<IntensityRecord> Catalog::intensity(std::string_view regionId, std::optional<int> year,
                                                  std::string_view source) const
{
    Statement& s = statement(std::string("SELECT ") + kIntensityColumns
                             + " FROM v_grid_intensity WHERE region_id = ?1 AND (?2 IS NULL OR year = ?2)"
                               " AND (?3 = '' OR source = ?3)"
                               " ORDER BY \"primary\" DESC, year DESC, basis = 'lifecycle' DESC LIMIT 1");
    s.bind(1, regionId);
    if (year)
        s.bind(2, static_cast<long long>(*year));
    else
        s.bindNull(2);
    s.bind(3, source);
    return first<IntensityRecord>(s, readIntensity);
}

std::vector<IntensityRecord> Catalog::intensityHistory(std::string_view regionId) const
{
    Statement& s = statement(std::string("SELECT ") + kIntensityColumns
                             + " FROM v_grid_intensity WHERE region_id = ?1"
                               " ORDER BY year DESC, \"primary\" DESC, source");
    s.bind(1, regionId);
    return all<IntensityRecord>(s, readIntensity);
}

std::optional<CloudRegionRecord> Catalog::cloudRegion(std::string_view id) const
{
    Statement& s = statement(std::string("SELECT ") + kCloudColumns + " FROM cloud_regions" + kById);
    s.bind(1, id);
    return first<CloudRegionRecord>(s, readCloudRegion);
}

std::vector<CloudRegionRecord> Catalog::cloudRegions(std::string_view search) const
{
    Statement& s = statement(std::string("SELECT ") + kCloudColumns + " FROM cloud_regions" + kBySearch
                             + " ORDER BY provider, region_code");
    s.bind(1, std::string_view(likePattern(search)));
    return all<CloudRegionRecord>(s, readCloudRegion);
}

std::optional<IntensityRecord> Catalog::cloudIntensity(std::string_view cloudRegionId,
                                                       std::optional<int> year) const
{
    Statement& s = statement(
        "SELECT cloud_region_id, year, g_per_kwh, basis, cfe_fraction, source, 1 FROM cloud_intensity"
        " WHERE cloud_region_id = ?1 AND (?2 IS NULL OR year = ?2) ORDER BY year DESC LIMIT 1");
    s.bind(1, cloudRegionId);
    if (year)
        s.bind(2, static_cast<long long>(*year));
    else
        s.bindNull(2);
    return first<IntensityRecord>(s, readIntensity);
}

std::optional<PueDefaultRecord> Catalog::pueDefault(std::string_view provider) const
{
    Statement& s = statement("SELECT provider, pue, year, source FROM pue_defaults WHERE provider = ?1");
    s.bind(1, provider);
    return first<PueDefaultRecord>(s, [](const Statement& row) {
        return PueDefaultRecord {row.text(0), row.real(1), row.optionalInteger(2), row.text(3)};
    });
}

std::optional<ModelRecord> Catalog::model(std::string_view id) const
{
    Statement& s = statement(std::string("SELECT ") + kModelColumns + " FROM models" + kById);
    s.bind(1, id);
    return first<ModelRecord>(s, readModel);
}

std::vector<ModelRecord> Catalog::models(std::string_view search) const
{
    Statement& s = statement(std::string("SELECT ") + kModelColumns + " FROM models" + kBySearch
                             + " ORDER BY family, parameters");
    s.bind(1, std::string_view(likePattern(search)));
    return all<ModelRecord>(s, readModel);
}

std::vector<EquivalentRecord> Catalog::equivalents() const
{
    return all<EquivalentRecord>(
        statement("SELECT id, name, value, unit, region, source FROM equivalents ORDER BY rowid"),
        [](const Statement& row) {
            return EquivalentRecord {row.text(0), row.text(1), row.real(2),
                                     row.text(3), row.text(4), row.text(5)};
        });
}

namespace {

PublishedFootprintRecord::DurationUnit durationUnit(const std::string& text)
{
    using U = PublishedFootprintRecord::DurationUnit;
    return text == "days" ? U::Days : text == "device_hours" ? U::DeviceHours : U::Hours;
}

PublishedFootprintRecord readPublishedFootprint(const Statement& row)
{
    PublishedFootprintRecord r;
    r.id = row.text(0);
    r.study = row.text(1);
    r.location = row.text(2);
    r.name = row.text(3);
    r.model = row.text(4);
    r.device = row.text(5);
    r.deviceCount = row.optionalInteger(6);
    r.duration = row.real(7);
    r.durationUnit = durationUnit(row.text(8));
    r.powerW = row.real(9);
    r.powerScope = row.text(10) == "total" ? PublishedFootprintRecord::PowerScope::Total
                                           : PublishedFootprintRecord::PowerScope::Device;
    r.pue = row.real(11);
    r.intensity = row.real(12);
    r.netIntensity = row.optionalReal(13);
    r.intensityInPounds = row.text(14) == "lb/kWh";
    r.reportedEnergyKwh = row.optionalReal(15);
    r.reportedCo2e = row.real(16);
    r.reportedNetCo2e = row.optionalReal(17);
    r.co2eInPounds = row.text(18) == "lb";
    r.notes = row.text(19);
    return r;
}

} // namespace

std::vector<PublishedFootprintRecord> Catalog::publishedFootprints() const
{
    return all<PublishedFootprintRecord>(
        statement(
            "SELECT id, study, location, name, model, device, device_count, duration, duration_unit,"
            " power_w, power_scope, pue, intensity, net_intensity, intensity_unit, reported_energy_kwh,"
            " reported_co2e, reported_net_co2e, co2e_unit, notes FROM published_footprints ORDER BY rowid"),
        readPublishedFootprint);
}

namespace {
SourceRecord readSource(const Statement& row)
{
    return {row.text(0), row.text(1), row.text(2), row.optionalInteger(3),
            row.text(4), row.text(5), row.text(6)};
}
} // namespace

std::optional<SourceRecord> Catalog::source(std::string_view id) const
{
    Statement& s = statement("SELECT id, title, publisher, year, url, license, version FROM sources"
                             " WHERE id = ?1");
    s.bind(1, id);
    return first<SourceRecord>(s, readSource);
}

std::vector<SourceRecord> Catalog::sources() const
{
    return all<SourceRecord>(
        statement("SELECT id, title, publisher, year, url, license, version FROM sources ORDER BY id"),
        readSource);
}

std::vector<std::string> Catalog::suggest(CatalogKind kind, std::string_view id, std::size_t count) const
{
    const std::string wanted = foldForSearch(id);
    std::vector<std::pair<std::size_t, std::string>> ranked;
    Statement& s = statement(std::string("SELECT id FROM ") + tableOf(kind));
    while (s.step()) {
        std::string candidate = s.text(0);
        ranked.emplace_back(closeness(foldForSearch(candidate), wanted), std::move(candidate));
    }
    std::sort(ranked.begin(), ranked.end());
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < ranked.size() && ids.size() < count; ++i) {
        const bool plausible =
            ranked[i].first < 1000 || ranked[i].first - 1000 <= std::max<std::size_t>(3, wanted.size() / 2);
        if (plausible)
            ids.push_back(ranked[i].second);
    }
    return ids;
}

Statement& Catalog::statement(const std::string& sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(sql, std::make_unique<Statement>(m_database.prepare(sql))).first;
    it->second->reset();
    return *it->second;
}

std::string Catalog::metaValue(std::string_view key) const
{
    Statement& s = statement("SELECT value FROM meta WHERE key = ?1");
    s.bind(1, key);
    std::string value = s.step() ? s.text(0) : std::string();
    s.reset();
    return value;
}

std::string Catalog::dataVersion() const
{
    return metaValue("data_version");
}

std::string Catalog::dataDate() const
{
    return metaValue("data_date");
}

} // namespace aicarbon
