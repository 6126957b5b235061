// SPDX-License-Identifier: GPL-3.0-or-later
#include "usercatalog.h"
#include "catalog.h"
#include "catalogfile.h"
#include "catalogschema.h"
#include "numberformat.h"
#include "statement.h"
#include "textfold.h"

namespace aicarbon {

namespace {

constexpr const char* kUserSource = "user";

void requireText(std::vector<Diagnostic>& out, const std::string& value, const char* path, const char* what)
{
    if (value.empty())
        out.push_back(Diagnostic::error("missing-value", path, std::string(what) + " must not be empty",
                                        {"empty", {}}));
}

void requireRange(std::vector<Diagnostic>& out, const std::optional<double>& value, double low, double high,
                  const char* path, const char* what)
{
    if (value && !(*value >= low && *value <= high))
        out.push_back(
            Diagnostic::error("value-out-of-range", path,
                              std::string(what) + " must be between " + formatNumber(low) + " and "
                                  + formatNumber(high) + ", found " + formatNumber(*value),
                              {"between", {formatNumber(low), formatNumber(high), formatNumber(*value)}}));
}

void bindOptionalInt(Statement& s, int index, const std::optional<int>& value)
{
    if (value)
        s.bind(index, static_cast<long long>(*value));
    else
        s.bindNull(index);
}

} // namespace

UserCatalog::UserCatalog(const std::string& path)
    : m_database(openCatalogFile(path, Database::Mode::Create))
{
    for (const char* table : {"devices", "regions", "grid_intensity", "sources"})
        m_database.execute(createTableSql(*findCatalogTable(table)));
    Statement source =
        m_database.prepare("INSERT OR IGNORE INTO sources (id, title, license) VALUES (?1, ?2, ?3)");
    source.bind(1, std::string_view(kUserSource));
    source.bind(2, std::string_view("Entered by the user"));
    source.bind(3, std::string_view("user"));
    source.run();
}

std::vector<Diagnostic> UserCatalog::validateDevice(const DeviceRecord& d)
{
    std::vector<Diagnostic> out;
    requireText(out, d.id, "/id", "id");
    requireText(out, d.name, "/name", "name");
    requireRange(out, d.tdpW, 5.0, 2000.0, "/tdp_w", "TDP (W)");
    requireRange(out, d.idleW, 0.0, d.tdpW.value_or(2000.0), "/idle_w", "idle power (W)");
    for (const Precision p : kAllPrecisions)
        requireRange(out, d.peak(p), 1e-6, 1e6, "/peak_tflops", "peak (TFLOP/s)");
    if (d.peak(Precision::Bf16) && d.peak(Precision::Fp32)
        && *d.peak(Precision::Bf16) < *d.peak(Precision::Fp32))
        out.push_back(
            Diagnostic::error("inconsistent-peaks", "/bf16_tflops", "bf16 peak must not be below fp32 peak"));
    return out;
}

std::vector<Diagnostic> UserCatalog::validateRegion(const RegionRecord& r, const IntensityRecord& i)
{
    std::vector<Diagnostic> out;
    requireText(out, r.id, "/id", "id");
    requireText(out, r.name, "/name", "name");
    if (!(i.gPerKwh > 0.0 && i.gPerKwh <= 1200.0))
        out.push_back(Diagnostic::error("value-out-of-range", "/g_per_kwh",
                                        "carbon intensity must be above 0 and at most 1,200 g/kWh, found "
                                            + formatNumber(i.gPerKwh),
                                        {"above-at-most", {"0", "1200", formatNumber(i.gPerKwh)}}));
    requireRange(out, i.cfeFraction, 0.0, 1.0, "/cfe_fraction", "carbon-free energy fraction");
    if (i.year < 1990 || i.year > 2100)
        out.push_back(Diagnostic::error("value-out-of-range", "/year", "year must be between 1990 and 2100",
                                        {"year-between", {"1990", "2100", std::to_string(i.year)}}));
    return out;
}

std::vector<Diagnostic> UserCatalog::putDevice(const DeviceRecord& d)
{
    std::vector<Diagnostic> problems = validateDevice(d);
    if (hasErrors(problems))
        return problems;
    Statement s =
        m_database.prepare("INSERT OR REPLACE INTO devices VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                           "?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23)");
    s.bind(1, std::string_view(d.id));
    s.bind(2, std::string_view(d.vendor));
    s.bind(3, std::string_view(d.name));
    s.bind(4, std::string_view(d.kind.empty() ? std::string("gpu") : d.kind));
    bindOptionalInt(s, 5, d.releaseYear);
    s.bind(6, d.tdpW);
    s.bind(7, d.idleW);
    for (std::size_t p = 0; p < kPrecisionCount; ++p)
        s.bind(8 + static_cast<int>(p), d.peakTflops[p]);
    s.bind(15, d.memoryGb);
    s.bind(16, d.dieAreaMm2);
    s.bind(17, d.processNm);
    s.bind(18, d.embodiedKgCo2e);
    s.bind(19, std::string_view(d.embodiedSource));
    s.bind(20, std::string_view(d.powerBasis.empty() ? std::string("measured") : d.powerBasis));
    s.bind(21, std::string_view(kUserSource));
    s.bind(22, std::string_view(d.sourceDetail));
    s.bind(23, std::string_view(foldForSearch(d.id + ' ' + d.vendor + ' ' + d.name + ' ' + d.kind)));
    s.run();
    return problems;
}

bool UserCatalog::removeDevice(std::string_view id)
{
    Statement s = m_database.prepare("DELETE FROM devices WHERE id = ?1 RETURNING id");
    s.bind(1, id);
    return s.step();
}

std::vector<DeviceRecord> UserCatalog::devices() const
{
    return Catalog(Database(path(), Database::Mode::ReadOnly)).devices();
}

std::vector<Diagnostic> UserCatalog::putRegion(const RegionRecord& r, const IntensityRecord& i)
{
    std::vector<Diagnostic> problems = validateRegion(r, i);
    if (hasErrors(problems))
        return problems;
    Transaction transaction(m_database);
    Statement region =
        m_database.prepare("INSERT OR REPLACE INTO regions VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    region.bind(1, std::string_view(r.id));
    region.bind(2, std::string_view(r.name));
    region.bind(3, std::string_view(r.kind.empty() ? std::string("zone") : r.kind));
    region.bind(4, std::string_view(r.country));
    region.bind(5, std::string_view(r.parent));
    region.bind(6, std::string_view(r.aliases));
    region.bind(7, std::string_view(foldForSearch(r.id + ' ' + r.name + ' ' + r.country + ' ' + r.aliases)));
    region.run();
    Statement clear = m_database.prepare("DELETE FROM grid_intensity WHERE region_id = ?1");
    clear.bind(1, std::string_view(r.id));
    clear.run();
    Statement intensity =
        m_database.prepare("INSERT INTO grid_intensity VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1, NULL)");
    intensity.bind(1, std::string_view(r.id));
    intensity.bind(2, static_cast<long long>(i.year));
    intensity.bind(3, i.gPerKwh);
    intensity.bind(4, std::string_view(i.basis.empty() ? std::string("lifecycle") : i.basis));
    intensity.bind(5, i.cfeFraction);
    intensity.bind(6, std::string_view(kUserSource));
    intensity.run();
    transaction.commit();
    return problems;
}

bool UserCatalog::removeRegion(std::string_view id)
{
    Transaction transaction(m_database);
    Statement intensities = m_database.prepare("DELETE FROM grid_intensity WHERE region_id = ?1");
    intensities.bind(1, id);
    intensities.run();
    Statement s = m_database.prepare("DELETE FROM regions WHERE id = ?1 RETURNING id");
    s.bind(1, id);
    const bool removed = s.step();
    while (s.step()) { }
    transaction.commit();
    return removed;
}

std::vector<RegionRecord> UserCatalog::regions() const
{
    return Catalog(Database(path(), Database::Mode::ReadOnly)).regions();
}

} // namespace aicarbon
