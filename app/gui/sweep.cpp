// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweep.h"

#include "catalog.h"
#include "estimate.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace aicarbon {

namespace {

/// The basis of the intensity the engine picks for a region (same order as the resolver:
/// the provider's own figure for a cloud region unless a grid series is named).
std::string intensityBasis(const FacilitySpec& facility, const CloudRegionRecord* cloud,
                           const std::string& gridRegion, const Catalog& catalog)
{
    std::optional<IntensityRecord> record;
    if (cloud && facility.intensitySource.empty())
        record = catalog.cloudIntensity(cloud->id, facility.year);
    if (!record)
        record = catalog.intensity(gridRegion, facility.year, facility.intensitySource);
    return record ? record->basis : std::string();
}

/// The basis of a scenario's own intensity; empty when the user gives the value.
std::string scenarioBasis(const FacilitySpec& facility, const Catalog& catalog)
{
    if (facility.carbonIntensityGPerKwh)
        return {};
    const auto cloud =
        facility.region.find(':') != std::string::npos ? catalog.cloudRegion(facility.region) : std::nullopt;
    const auto region = cloud ? std::nullopt : catalog.region(facility.region);
    const std::string grid = cloud ? cloud->gridRegion : region ? region->id : std::string();
    return intensityBasis(facility, cloud ? &*cloud : nullptr, grid, catalog);
}

/// Estimates `variant`; fills the figures of `point` and appends it when valid.
void addIfValid(Sweep& sweep, SweepPoint point, const Scenario& variant, const Catalog& catalog)
{
    const Estimate e = estimate(variant, catalog);
    if (!e.valid()) {
        ++sweep.skipped;
        return;
    }
    point.intensityGPerKwh = e.inputs.intensity.gramsPerKilowattHour();
    point.pue = e.inputs.pue;
    point.wallClock = e.figures.wallClock;
    point.facilityEnergy = e.figures.total.facilityEnergy;
    point.totalEmissions = e.figures.totalEmissions;
    point.totalCost = e.figures.totalCost;
    sweep.points.push_back(std::move(point));
}

SweepPoint namedPoint(std::string id, std::string name, std::string group, std::string country)
{
    SweepPoint point;
    point.id = std::move(id);
    point.name = std::move(name);
    point.group = std::move(group);
    point.country = std::move(country);
    return point;
}

std::string cloudRegionName(const CloudRegionRecord& c)
{
    const std::string place = c.city.empty() ? c.name : c.city;
    return c.provider + ' ' + c.regionCode
        + (place.empty() || place == c.regionCode ? "" : " (" + place + ')');
}

} // namespace

bool Sweep::mixesIntensityBases() const
{
    const auto has = [this](const char* basis) {
        return std::any_of(points.begin(), points.end(),
                           [basis](const SweepPoint& p) { return p.basis == basis; });
    };
    return has("lifecycle") && has("direct");
}

Scenario movedToRegion(const Scenario& scenario, const std::string& regionId)
{
    Scenario moved = scenario;
    moved.facility.region = regionId;
    moved.facility.carbonIntensityGPerKwh.reset();
    return moved;
}

Scenario movedToDevice(const Scenario& scenario, const std::string& deviceId)
{
    Scenario moved = scenario;
    moved.hardware.device = deviceId;
    moved.hardware.peakTflops.reset();
    moved.hardware.tdpW.reset();
    moved.hardware.averagePowerW.reset();
    return moved;
}

Sweep sweepRegions(const Scenario& scenario, const Catalog& catalog)
{
    Sweep sweep;
    for (const RegionRecord& r : catalog.regions()) {
        const Scenario variant = movedToRegion(scenario, r.id);
        SweepPoint point = namedPoint(r.id, r.name, {}, r.country);
        point.aliases = r.aliases;
        point.basis = intensityBasis(variant.facility, nullptr, r.id, catalog);
        addIfValid(sweep, std::move(point), variant, catalog);
    }
    for (const CloudRegionRecord& c : catalog.cloudRegions()) {
        const Scenario variant = movedToRegion(scenario, c.id);
        SweepPoint point = namedPoint(c.id, cloudRegionName(c), c.provider, c.country);
        point.basis = intensityBasis(variant.facility, &c, c.gridRegion, catalog);
        addIfValid(sweep, std::move(point), variant, catalog);
    }
    std::stable_sort(sweep.points.begin(), sweep.points.end(), [](const SweepPoint& a, const SweepPoint& b) {
        return a.totalEmissions < b.totalEmissions;
    });
    return sweep;
}

Sweep sweepDevices(const Scenario& scenario, const Catalog& catalog)
{
    Sweep sweep;
    const std::string basis = scenarioBasis(scenario.facility, catalog);
    for (const DeviceRecord& d : catalog.devices()) {
        if (d.kind == "cpu")
            continue;
        SweepPoint point = namedPoint(d.id, d.name, d.vendor, {});
        point.basis = basis;
        addIfValid(sweep, std::move(point), movedToDevice(scenario, d.id), catalog);
    }
    return sweep;
}

std::vector<std::size_t> paretoFront(std::span<const ParetoPoint> points)
{
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (std::isfinite(points[i].x) && std::isfinite(points[i].y))
            order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [points](std::size_t a, std::size_t b) {
        return points[a].x < points[b].x || (points[a].x == points[b].x && points[a].y < points[b].y);
    });
    // Sorted by x then y, a point is on the front when its y is below every y before it,
    // or when it equals the last front point exactly.
    std::vector<std::size_t> front;
    double bestY = std::numeric_limits<double>::infinity();
    for (const std::size_t i : order) {
        const bool duplicate =
            !front.empty() && points[front.back()].x == points[i].x && points[front.back()].y == points[i].y;
        if (points[i].y < bestY || duplicate) {
            front.push_back(i);
            bestY = points[i].y;
        }
    }
    return front;
}

} // namespace aicarbon
