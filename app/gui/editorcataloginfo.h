// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogpicker.h"
#include "precision.h"

#include <QString>

#include <optional>
#include <vector>

namespace aicarbon {

class Catalog;
struct DeviceRecord;
struct FacilitySpec;
struct ModelRecord;

/// Picker items over the catalog's own search (accent- and case-folding).
std::vector<CatalogItem> modelItems(const Catalog& catalog, const QString& search);
std::vector<CatalogItem> deviceItems(const Catalog& catalog, const QString& search);
/// Grid regions (countries, states, zones) and cloud regions together.
std::vector<CatalogItem> regionItems(const Catalog& catalog, const QString& search);

/// "Title (publisher, year)" of a catalog source id, or the id itself.
QString citation(const Catalog& catalog, const std::string& sourceId);

/// One line on the chosen preset: size, tokens, shape, source.
QString modelSummary(const Catalog& catalog, const ModelRecord& model);
/// One line on the chosen device: TDP, dense peaks, memory, embodied, source.
QString deviceSummary(const Catalog& catalog, const DeviceRecord& device);
/// "fp16 · 125 TFLOP/s" for the precision combo; the name alone without a peak.
QString precisionLabel(Precision precision, const std::optional<DeviceRecord>& device);
/// The grid intensity the region (and year, source) select: value, year, basis, source;
/// empty when the region is unknown.
QString regionSummary(const Catalog& catalog, const FacilitySpec& facility);
/// The grid region behind a region id ("aws:us-east-1" → "US"); empty when unknown.
std::string gridRegionOf(const Catalog& catalog, const std::string& regionId);

} // namespace aicarbon
