// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogschema.h"

#include <array>
#include <string>

namespace aicarbon {

namespace {

using T = ColumnType;
using Key = std::string_view;

constexpr ColumnSpec kSources[] = {
    {"id", T::Text, true},       {"title", T::Text, true}, {"publisher", T::Text, false},
    {"year", T::Integer, false}, {"url", T::Text, false},  {"license", T::Text, true},
    {"version", T::Text, false},
};
constexpr Key kSourcesKey[] = {"id"};
constexpr Key kSourcesSearch[] = {"id", "title", "publisher"};

constexpr ColumnSpec kDevices[] = {
    {"id", T::Text, true},
    {"vendor", T::Text, true},
    {"name", T::Text, true},
    {"kind", T::Text, true},
    {"release_year", T::Integer, false},
    {"tdp_w", T::Real, false},
    {"idle_w", T::Real, false},
    {"fp64_tflops", T::Real, false},
    {"fp32_tflops", T::Real, false},
    {"tf32_tflops", T::Real, false},
    {"bf16_tflops", T::Real, false},
    {"fp16_tflops", T::Real, false},
    {"fp8_tflops", T::Real, false},
    {"int8_tops", T::Real, false},
    {"memory_gb", T::Real, false},
    {"die_area_mm2", T::Real, false},
    {"process_nm", T::Real, false},
    {"embodied_kgco2e", T::Real, false},
    {"embodied_source", T::Text, false},
    {"power_basis", T::Text, false},
    {"source", T::Text, true},
    {"source_detail", T::Text, false},
};
constexpr Key kIdKey[] = {"id"};
constexpr Key kDevicesSearch[] = {"id", "vendor", "name", "kind"};

constexpr ColumnSpec kRegions[] = {
    {"id", T::Text, true},       {"name", T::Text, true},    {"kind", T::Text, true},
    {"country", T::Text, false}, {"parent", T::Text, false}, {"aliases", T::Text, false},
};
constexpr Key kRegionsSearch[] = {"id", "name", "country", "aliases"};

constexpr ColumnSpec kGridIntensity[] = {
    {"region_id", T::Text, true},  {"year", T::Integer, true},       {"g_per_kwh", T::Real, true},
    {"basis", T::Text, true},      {"cfe_fraction", T::Real, false}, {"source", T::Text, true},
    {"primary", T::Boolean, true},
};
constexpr Key kGridIntensityKey[] = {"region_id", "year", "source", "basis"};

constexpr ColumnSpec kCloudRegions[] = {
    {"id", T::Text, true},          {"provider", T::Text, true}, {"region_code", T::Text, true},
    {"name", T::Text, false},       {"city", T::Text, false},    {"country", T::Text, false},
    {"grid_region", T::Text, true}, {"pue", T::Real, false},     {"pue_source", T::Text, false},
    {"source", T::Text, true},
};
constexpr Key kCloudRegionsSearch[] = {"id", "name", "city", "country"};

constexpr ColumnSpec kCloudIntensity[] = {
    {"cloud_region_id", T::Text, true}, {"year", T::Integer, true}, {"g_per_kwh", T::Real, true},
    {"cfe_fraction", T::Real, false},   {"basis", T::Text, true},   {"source", T::Text, true},
};
constexpr Key kCloudIntensityKey[] = {"cloud_region_id", "year", "source"};

constexpr ColumnSpec kPueDefaults[] = {
    {"provider", T::Text, true},
    {"pue", T::Real, true},
    {"year", T::Integer, false},
    {"source", T::Text, true},
};
constexpr Key kProviderKey[] = {"provider"};

constexpr ColumnSpec kModels[] = {
    {"id", T::Text, true},
    {"family", T::Text, false},
    {"name", T::Text, true},
    {"year", T::Integer, false},
    {"parameters", T::Real, false},
    {"active_parameters", T::Real, false},
    {"layers", T::Integer, false},
    {"d_model", T::Integer, false},
    {"heads", T::Integer, false},
    {"vocab", T::Integer, false},
    {"context", T::Integer, false},
    {"training_tokens", T::Real, false},
    {"reference_device", T::Text, false},
    {"reference_device_count", T::Integer, false},
    {"source", T::Text, true},
};
constexpr Key kModelsSearch[] = {"id", "family", "name"};

constexpr ColumnSpec kEquivalents[] = {
    {"id", T::Text, true},   {"name", T::Text, true},    {"value", T::Real, true},
    {"unit", T::Text, true}, {"region", T::Text, false}, {"source", T::Text, true},
};

/// Published training footprints with the inputs their authors used (data/README.md).
constexpr ColumnSpec kPublishedFootprints[] = {
    {"id", T::Text, true},
    {"study", T::Text, true},
    {"location", T::Text, true},
    {"name", T::Text, true},
    {"model", T::Text, false},
    {"device", T::Text, false},
    {"device_count", T::Integer, false},
    {"duration", T::Real, true},
    {"duration_unit", T::Text, true},
    {"power_w", T::Real, true},
    {"power_scope", T::Text, true},
    {"pue", T::Real, true},
    {"intensity", T::Real, true},
    {"net_intensity", T::Real, false},
    {"intensity_unit", T::Text, true},
    {"reported_energy_kwh", T::Real, false},
    {"reported_co2e", T::Real, true},
    {"reported_net_co2e", T::Real, false},
    {"co2e_unit", T::Text, true},
    {"notes", T::Text, false},
};

constexpr ColumnSpec kMeta[] = {
    {"key", T::Text, true},
    {"value", T::Text, true},
};
constexpr Key kMetaKey[] = {"key"};

constexpr std::array kTables = {
    TableSpec {"meta", kMeta, kMetaKey, {}},
    TableSpec {"sources", kSources, kSourcesKey, kSourcesSearch},
    TableSpec {"devices", kDevices, kIdKey, kDevicesSearch},
    TableSpec {"regions", kRegions, kIdKey, kRegionsSearch},
    TableSpec {"grid_intensity", kGridIntensity, kGridIntensityKey, {}},
    TableSpec {"cloud_regions", kCloudRegions, kIdKey, kCloudRegionsSearch},
    TableSpec {"cloud_intensity", kCloudIntensity, kCloudIntensityKey, {}},
    TableSpec {"pue_defaults", kPueDefaults, kProviderKey, {}},
    TableSpec {"models", kModels, kIdKey, kModelsSearch},
    TableSpec {"equivalents", kEquivalents, kIdKey, {}},
    TableSpec {"published_footprints", kPublishedFootprints, kIdKey, {}},
};

std::string quoted(std::string_view identifier)
{
    return '"' + std::string(identifier) + '"';
}

std::string sqlType(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::Boolean:
        return "INTEGER";
    case ColumnType::Real:
        return "REAL";
    case ColumnType::Text:
        break;
    }
    return "TEXT";
}

} // namespace

std::string createTableSql(const TableSpec& table, std::string_view schema)
{
    std::string sql = "CREATE TABLE IF NOT EXISTS "
        + (schema.empty() ? std::string() : std::string(schema) + ".") + quoted(table.name) + " (";
    for (const ColumnSpec& column : table.columns)
        sql += quoted(column.name) + ' ' + sqlType(column.type) + (column.required ? " NOT NULL" : "") + ", ";
    sql += "search_text TEXT, UNIQUE (";
    for (std::size_t i = 0; i < table.key.size(); ++i)
        sql += (i ? ", " : "") + quoted(table.key[i]);
    return sql + "))";
}

std::span<const TableSpec> catalogTables()
{
    return kTables;
}

const TableSpec* findCatalogTable(std::string_view name)
{
    for (const TableSpec& table : kTables) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

} // namespace aicarbon
