// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogrecords.h"

#include <nlohmann/json.hpp>

namespace aicarbon::cli {

nlohmann::ordered_json deviceToJson(const DeviceRecord& device);
nlohmann::ordered_json regionToJson(const RegionRecord& region, const IntensityRecord* intensity);
nlohmann::ordered_json cloudRegionToJson(const CloudRegionRecord& region);
nlohmann::ordered_json modelToJson(const ModelRecord& model);

} // namespace aicarbon::cli
