// SPDX-License-Identifier: GPL-3.0-or-later
#include "editorcataloginfo.h"

#include "catalog.h"
#include "howcomputed.h"
#include "regiontablemodel.h"
#include "scenario.h"

#include <QCoreApplication>
#include <QLocale>

namespace aicarbon {

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QString number(double value)
{
    return formatScientific(value, QLocale(), 4);
}

QString joinedParts(const QStringList& parts)
{
    QStringList kept = parts;
    kept.removeAll(QString());
    return kept.join(QStringLiteral(" · "));
}

QString peaksText(const DeviceRecord& device)
{
    QStringList peaks;
    for (const Precision p : kAllPrecisions) {
        if (const auto peak = device.peak(p))
            peaks << qs(std::string(toString(p))) + QLatin1Char(' ') + number(*peak);
    }
    return peaks.isEmpty() ? QString()
                           : QCoreApplication::translate("ScenarioEditor", "dense peak %1 TFLOP/s")
                                 .arg(peaks.join(QStringLiteral(", ")));
}

QString intensityText(const Catalog& catalog, const IntensityRecord& r)
{
    return QCoreApplication::translate("ScenarioEditor", "%1 gCO2e/kWh in %2 (%3) · %4")
        .arg(number(r.gPerKwh), QString::number(r.year), RegionTableModel::basisName(r.basis),
             citation(catalog, r.source));
}

std::optional<IntensityRecord> intensityFor(const Catalog& catalog, const FacilitySpec& f,
                                            const std::string& grid)
{
    if (f.region.find(':') != std::string::npos && f.intensitySource.empty()) {
        if (auto cloud = catalog.cloudIntensity(f.region, f.year))
            return cloud;
    }
    return grid.empty() ? std::nullopt : catalog.intensity(grid, f.year, f.intensitySource);
}

} // namespace

std::vector<CatalogItem> modelItems(const Catalog& catalog, const QString& search)
{
    std::vector<CatalogItem> out;
    for (const ModelRecord& m : catalog.models(search.toStdString())) {
        const QString year = m.year ? QStringLiteral(" (%1)").arg(*m.year) : QString();
        out.push_back({qs(m.id), qs(m.name) + year, qs(m.family), {}});
    }
    return out;
}

std::vector<CatalogItem> deviceItems(const Catalog& catalog, const QString& search)
{
    std::vector<CatalogItem> out;
    for (const DeviceRecord& d : catalog.devices(search.toStdString())) {
        const QString user =
            d.userDefined ? QCoreApplication::translate("ScenarioEditor", " (your catalog)") : QString();
        out.push_back(
            {qs(d.id), qs(d.vendor) + QLatin1Char(' ') + qs(d.name) + user, qs(d.vendor), qs(d.kind)});
    }
    return out;
}

std::vector<CatalogItem> regionItems(const Catalog& catalog, const QString& search)
{
    std::vector<CatalogItem> out;
    const std::string text = search.toStdString();
    for (const RegionRecord& r : catalog.regions(text))
        out.push_back({qs(r.id),
                       QCoreApplication::translate("ScenarioEditor", "%1 (%2)").arg(qs(r.name), qs(r.id)),
                       QCoreApplication::translate("ScenarioEditor", "grid"), qs(r.kind)});
    for (const CloudRegionRecord& c : catalog.cloudRegions(text)) {
        const QString place = joinedParts({qs(c.name), qs(c.city), qs(c.country)});
        out.push_back({qs(c.id),
                       QCoreApplication::translate("ScenarioEditor", "%1 — %2").arg(qs(c.id), place),
                       qs(c.provider), QCoreApplication::translate("ScenarioEditor", "cloud region")});
    }
    return out;
}

QString citation(const Catalog& catalog, const std::string& sourceId)
{
    const auto s = catalog.source(sourceId);
    if (!s)
        return qs(sourceId);
    const QString year = s->year ? QString::number(*s->year) : QString();
    const QString detail =
        joinedParts({qs(s->publisher), year}).replace(QStringLiteral(" · "), QStringLiteral(", "));
    return detail.isEmpty()
        ? qs(s->title)
        : QCoreApplication::translate("ScenarioEditor", "%1 (%2)").arg(qs(s->title), detail);
}

QString modelSummary(const Catalog& catalog, const ModelRecord& m)
{
    const QString shape = m.layers && m.dModel
        ? QCoreApplication::translate("ScenarioEditor", "%Ln layer(s), d_model %1", nullptr, *m.layers)
              .arg(QLocale().toString(*m.dModel))
        : QString();
    return joinedParts(
        {m.parameters
             ? QCoreApplication::translate("ScenarioEditor", "%1 parameters").arg(number(*m.parameters))
             : QString(),
         m.activeParameters
             ? QCoreApplication::translate("ScenarioEditor", "%1 active").arg(number(*m.activeParameters))
             : QString(),
         m.trainingTokens
             ? QCoreApplication::translate("ScenarioEditor", "%1 tokens").arg(number(*m.trainingTokens))
             : QString(),
         shape, citation(catalog, m.source)});
}

QString deviceSummary(const Catalog& catalog, const DeviceRecord& d)
{
    return joinedParts(
        {d.tdpW ? QCoreApplication::translate("ScenarioEditor", "TDP %1 W").arg(number(*d.tdpW))
                : QCoreApplication::translate("ScenarioEditor", "no TDP"),
         peaksText(d),
         d.memoryGb ? QCoreApplication::translate("ScenarioEditor", "%1 GB").arg(number(*d.memoryGb))
                    : QString(),
         d.embodiedKgCo2e ? QCoreApplication::translate("ScenarioEditor", "embodied %1 kgCO2e")
                                .arg(number(*d.embodiedKgCo2e))
                          : QString(),
         d.userDefined ? QCoreApplication::translate("ScenarioEditor", "your catalog")
                       : citation(catalog, d.source)});
}

QString precisionLabel(Precision precision, const std::optional<DeviceRecord>& device)
{
    const QString name = qs(std::string(toString(precision)));
    const std::optional<double> peak = device ? device->peak(precision) : std::nullopt;
    return peak ? QCoreApplication::translate("ScenarioEditor", "%1 · %2 TFLOP/s").arg(name, number(*peak))
                : name;
}

QString regionSummary(const Catalog& catalog, const FacilitySpec& facility)
{
    const std::string grid = gridRegionOf(catalog, facility.region);
    if (grid.empty())
        return {};
    const auto record = intensityFor(catalog, facility, grid);
    const QString via = grid != facility.region
        ? QCoreApplication::translate("ScenarioEditor", "grid %1 · ").arg(qs(grid))
        : QString();
    return via
        + (record ? intensityText(catalog, *record)
                  : QCoreApplication::translate("ScenarioEditor", "no intensity for this year or source"));
}

std::string gridRegionOf(const Catalog& catalog, const std::string& regionId)
{
    if (regionId.empty())
        return {};
    if (regionId.find(':') != std::string::npos) {
        if (const auto cloud = catalog.cloudRegion(regionId))
            return cloud->gridRegion;
    }
    const auto region = catalog.region(regionId);
    return region ? region->id : std::string();
}

} // namespace aicarbon
