// SPDX-License-Identifier: GPL-3.0-or-later
#include "figuredata.h"

#include "catalog.h"
#include "regionranking.h"
#include "scenariodocument.h"

namespace aicarbon {

namespace {

void addColumns(FigureData& data, const ScenarioDocument& document, PaletteKind palette)
{
    data.columns = comparisonColumns(document, palette);
    for (int i = 0; i < document.count(); ++i)
        data.colorSlots.push_back(document.colorSlot(i));
}

void addRegions(FigureData& data, const Scenario& scenario, const Catalog& catalog, int count)
{
    data.sweep = sweepRegions(scenario, catalog);
    const auto cloud = catalog.cloudRegion(scenario.facility.region);
    const auto region = cloud ? std::nullopt : catalog.region(scenario.facility.region);
    data.currentId = cloud ? cloud->id : region ? region->id : scenario.facility.region;
    RegionFilter filter;
    filter.count = count;
    filter.keep = data.currentId;
    data.shown = selectRegions(data.sweep.points, filter);
}

void addDevices(FigureData& data, const Scenario& scenario, const Catalog& catalog)
{
    data.sweep = sweepDevices(scenario, catalog);
    std::vector<ParetoPoint> points;
    for (const SweepPoint& p : data.sweep.points)
        points.push_back({p.wallClock.hours(), p.totalEmissions.kilograms()});
    data.shown = paretoFront(points);
    const auto device = catalog.device(scenario.hardware.device);
    data.currentId = device ? device->id : scenario.hardware.device;
}

} // namespace

FigureData figureData(const ScenarioDocument& document, const FigureSpec& spec)
{
    FigureData data;
    if (spec.chart == FigureChart::Compare || spec.chart == FigureChart::Breakdown) {
        addColumns(data, document, spec.palette);
        return data;
    }
    const ComparisonColumn column = comparisonColumn(document, spec.scenario, spec.palette);
    data.scenarioName = column.name;
    data.scenarioSlot = document.colorSlot(spec.scenario);
    const Scenario& scenario = document.scenario(spec.scenario);
    if (spec.chart == FigureChart::Regions)
        addRegions(data, scenario, *document.catalog(), spec.regionCount);
    else
        addDevices(data, scenario, *document.catalog());
    return data;
}

void setFigureIntervals(FigureData& data, const std::vector<const UncertaintyResult*>& results)
{
    data.intervals.clear();
    for (const UncertaintyResult* r : results) {
        const bool known = r && r->valid() && r->draws > 0 && !r->ranges.empty();
        data.intervals.push_back(known ? std::optional(r->metrics) : std::nullopt);
    }
}

} // namespace aicarbon
