// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "precision.h"

#include <array>
#include <optional>
#include <string>

// Plain rows of the catalog tables (see data/README.md for units and sources).

namespace aicarbon {

struct DeviceRecord
{
    std::string id;
    std::string vendor;
    std::string name;
    std::string kind; ///< gpu | tpu | accelerator | cpu
    std::optional<int> releaseYear;
    std::optional<double> tdpW;
    std::optional<double> idleW;
    std::array<std::optional<double>, kPrecisionCount> peakTflops; ///< dense, indexed by Precision
    std::optional<double> memoryGb;
    std::optional<double> dieAreaMm2;
    std::optional<double> processNm;
    std::optional<double> embodiedKgCo2e;
    std::string embodiedSource;
    std::string powerBasis; ///< vendor | estimate | measured
    std::string source; ///< sources.id
    std::string sourceDetail;
    bool userDefined = false; ///< from the user catalog, overriding any shipped row

    std::optional<double> peak(Precision p) const { return peakTflops[static_cast<std::size_t>(p)]; }
};

struct RegionRecord
{
    std::string id;
    std::string name;
    std::string kind; ///< world | aggregate | country | state | zone
    std::string country; ///< ISO 3166-1 alpha-2
    std::string parent;
    std::string aliases;
    bool userDefined = false;
};

struct IntensityRecord
{
    std::string regionId;
    int year = 0;
    double gPerKwh = 0.0;
    std::string basis; ///< lifecycle | direct
    std::optional<double> cfeFraction;
    std::string source;
    bool primary = false;
};

struct CloudRegionRecord
{
    std::string id; ///< provider:region_code
    std::string provider;
    std::string regionCode;
    std::string name;
    std::string city;
    std::string country;
    std::string gridRegion; ///< regions.id
    std::optional<double> pue;
    std::string pueSource;
    std::string source;
};

struct PueDefaultRecord
{
    std::string provider; ///< "global" for the worldwide default
    double pue = 0.0;
    std::optional<int> year;
    std::string source;
};

struct ModelRecord
{
    std::string id;
    std::string family;
    std::string name;
    std::optional<int> year;
    std::optional<double> parameters; ///< total
    std::optional<double> activeParameters; ///< per token (mixture of experts)
    std::optional<int> layers;
    std::optional<int> dModel;
    std::optional<int> heads;
    std::optional<int> vocab;
    std::optional<int> context;
    std::optional<double> trainingTokens;
    std::string referenceDevice;
    std::optional<int> referenceDeviceCount;
    std::string source;
};

struct EquivalentRecord
{
    std::string id;
    std::string name;
    double kgCo2ePerUnit = 0.0;
    std::string unit;
    std::string region;
    std::string source;
};

/// A published training footprint: the inputs its authors used and what they reported,
/// in the units they reported it (see data/README.md, published_footprints.csv).
struct PublishedFootprintRecord
{
    enum class DurationUnit
    {
        Hours, ///< wall-clock hours
        Days, ///< wall-clock days
        DeviceHours, ///< device-hours (GPU-hours)
    };
    enum class PowerScope
    {
        Device, ///< average power of one device, W
        Total, ///< average power of all devices (and their host) together, W
    };

    std::string id;
    std::string study; ///< references.bib key and sources.id
    std::string location; ///< table or section of the study
    std::string name; ///< the run, e.g. "BERT base"
    std::string model; ///< models.id; empty = no preset
    std::string device; ///< devices.id; empty = not in the catalog
    std::optional<int> deviceCount;
    double duration = 0.0; ///< in durationUnit
    DurationUnit durationUnit = DurationUnit::Hours;
    double powerW = 0.0; ///< W, per powerScope
    PowerScope powerScope = PowerScope::Device;
    double pue = 1.0;
    double intensity = 0.0; ///< grid intensity, g/kWh or lb/kWh (intensityInPounds)
    std::optional<double> netIntensity; ///< after carbon-free energy purchases, same unit
    bool intensityInPounds = false;
    std::optional<double> reportedEnergyKwh; ///< facility energy (× the row's PUE), kWh
    double reportedCo2e = 0.0; ///< t or lb (co2eInPounds)
    std::optional<double> reportedNetCo2e; ///< market-based / net, same unit
    bool co2eInPounds = false;
    std::string notes;
};

struct SourceRecord
{
    std::string id;
    std::string title;
    std::string publisher;
    std::optional<int> year;
    std::string url;
    std::string license;
    std::string version;
};

} // namespace aicarbon
