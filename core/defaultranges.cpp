// SPDX-License-Identifier: GPL-3.0-or-later
#include "defaultranges.h"
#include "catalog.h"
#include "defaults.h"
#include "estimate.h"
#include "scenario.h"

#include <algorithm>
#include <optional>
#include <set>

namespace aicarbon {

namespace {

constexpr double kAssumedIntensitySpread = 0.10;

/// MFU of published large runs: GPT-3 21.3% to PaLM 46.2% (Chowdhery et al. 2022, Table 3);
/// Llama 3 38-43% (Dubey et al. 2024, Table 4). Mode = the default 0.40.
constexpr InputRange kMfuRange {0.20, 0.46, Distribution::Triangular};
constexpr const char* kMfuSource =
    "Chowdhery et al. 2022 (PaLM), Table 3: MFU 21.3-46.2%; Dubey et al. 2024 (Llama 3), Table 4: 38-43%";

/// Average draw as a share of TDP, computed from Patterson et al. 2021, Table 4: measured
/// system power per chip ÷ chip TDP ranges from 245/450 = 0.54 (Switch, TPU v3) to
/// 330/300 = 1.10 (GPT-3, V100, host included); the device-only part is kept within 0.6–1.0.
constexpr InputRange kPowerUtilizationRange {0.6, 1.0, Distribution::Uniform};
constexpr const char* kPowerUtilizationSource =
    "computed from Patterson et al. 2021, Table 4: measured system power per chip / TDP = 0.54 (Switch, "
    "245 W / 450 W) to 1.10 (GPT-3, 330 W / 300 W)";

bool defaulted(const Estimate& e, const char* key)
{
    const Assumption* a = e.assumption(key);
    return a && a->origin == Origin::Default;
}

/// Host share per device up to the DGX nameplate (core/defaults.h), for the SXM parts it is known for.
std::optional<double> hostNameplateW(const std::string& device)
{
    if (device.find("a100-sxm") != std::string::npos)
        return 412.0;
    if (device.find("h100-sxm") != std::string::npos)
        return 575.0;
    return std::nullopt;
}

RangedInput intensityRange(const Scenario& s, const Catalog& catalog, double central)
{
    RangedInput r {"/facility/carbon_intensity_g_per_kwh", "Grid carbon intensity", central, {}, true, {}};
    const auto cloud = s.facility.region.find(':') != std::string::npos
        ? catalog.cloudRegion(s.facility.region)
        : std::nullopt;
    const bool provider =
        cloud && s.facility.intensitySource.empty() && catalog.cloudIntensity(cloud->id, s.facility.year);
    const std::string grid = cloud ? cloud->gridRegion : s.facility.region;
    const auto record =
        provider ? std::nullopt : catalog.intensity(grid, s.facility.year, s.facility.intensitySource);
    double low = central;
    double high = central;
    std::set<std::string> sources;
    for (const IntensityRecord& h :
         record ? catalog.intensityHistory(grid) : std::vector<IntensityRecord> {}) {
        if (h.year == record->year) {
            sources.insert(h.source);
            low = std::min(low, h.gPerKwh);
            high = std::max(high, h.gPerKwh);
        }
    }
    if (sources.size() > 1 && high > low) {
        r.range = {low, high, Distribution::Uniform};
        r.source = "min-max across " + std::to_string(sources.size()) + " catalog sources for " + grid + " "
            + std::to_string(record->year);
        return r;
    }
    r.range = {central * (1.0 - kAssumedIntensitySpread), central * (1.0 + kAssumedIntensitySpread),
               Distribution::Triangular};
    r.source = "assumed: +/-10% (one source only for this region and year)";
    return r;
}

} // namespace

std::vector<RangedInput> defaultRanges(const Scenario& s, const Estimate& e, const Catalog& catalog)
{
    std::vector<RangedInput> out;
    if (defaulted(e, "mfu") && e.inputs.fixedDeviceHours <= 0.0)
        out.push_back(
            {"/hardware/mfu", "Model FLOPs utilization", defaults::kMfu.value, kMfuRange, true, kMfuSource});
    if (defaulted(e, "power_utilization"))
        out.push_back({"/hardware/power_utilization", "Power utilization", defaults::kPowerUtilization.value,
                       kPowerUtilizationRange, true, kPowerUtilizationSource});
    if (const auto nameplate = hostNameplateW(s.hardware.device); nameplate && defaulted(e, "host_power_w"))
        out.push_back({"/hardware/host_power_w",
                       "Host power per device",
                       defaults::kHostPowerW.value,
                       {0.0, *nameplate, Distribution::Uniform},
                       true,
                       "0 to the DGX nameplate share per device (DGX A100 (6.5 kW - 8 x 400 W)/8; DGX H100 "
                       "(10.2 kW - 8 x 700 W)/8), core/defaults.h"});
    const Assumption* intensity = e.assumption("carbon_intensity");
    if (intensity && intensity->origin == Origin::Catalog && intensity->value)
        out.push_back(intensityRange(s, catalog, *intensity->value));
    return out;
}

} // namespace aicarbon
