// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogjson.h"

namespace aicarbon::cli {

namespace {
using nlohmann::ordered_json;

template<class T>
ordered_json optional(const std::optional<T>& value)
{
    return value ? ordered_json(*value) : ordered_json(nullptr);
}
} // namespace

ordered_json deviceToJson(const DeviceRecord& d)
{
    ordered_json peaks = ordered_json::object();
    for (const Precision p : kAllPrecisions)
        peaks[std::string(toString(p))] = optional(d.peak(p));
    return {{"id", d.id},
            {"name", d.name},
            {"vendor", d.vendor},
            {"kind", d.kind},
            {"release_year", optional(d.releaseYear)},
            {"tdp_w", optional(d.tdpW)},
            {"idle_w", optional(d.idleW)},
            {"peak_tflops", std::move(peaks)},
            {"memory_gb", optional(d.memoryGb)},
            {"embodied_kgco2e", optional(d.embodiedKgCo2e)},
            {"power_basis", d.powerBasis},
            {"source", d.source},
            {"source_detail", d.sourceDetail}};
}

ordered_json regionToJson(const RegionRecord& r, const IntensityRecord* intensity)
{
    return {
        {"id", r.id},
        {"name", r.name},
        {"kind", r.kind},
        {"country", r.country},
        {"carbon_intensity_g_per_kwh", intensity ? ordered_json(intensity->gPerKwh) : ordered_json(nullptr)},
        {"year", intensity ? ordered_json(intensity->year) : ordered_json(nullptr)},
        {"basis", intensity ? ordered_json(intensity->basis) : ordered_json(nullptr)},
        {"source", intensity ? ordered_json(intensity->source) : ordered_json(nullptr)}};
}

ordered_json cloudRegionToJson(const CloudRegionRecord& c)
{
    return {{"id", c.id},
            {"name", c.name.empty() ? c.regionCode : c.name},
            {"provider", c.provider},
            {"region_code", c.regionCode},
            {"city", c.city},
            {"country", c.country},
            {"grid_region", c.gridRegion},
            {"pue", optional(c.pue)},
            {"source", c.source}};
}

ordered_json modelToJson(const ModelRecord& m)
{
    return {{"id", m.id},
            {"name", m.name},
            {"family", m.family},
            {"year", optional(m.year)},
            {"parameters", optional(m.parameters)},
            {"active_parameters", optional(m.activeParameters)},
            {"tokens", optional(m.trainingTokens)},
            {"layers", optional(m.layers)},
            {"d_model", optional(m.dModel)},
            {"heads", optional(m.heads)},
            {"vocab", optional(m.vocab)},
            {"context", optional(m.context)},
            {"source", m.source}};
}

} // namespace aicarbon::cli
