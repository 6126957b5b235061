// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishedfootprints.h"

#include "catalog.h"
#include "references.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace aicarbon {

namespace {

using Record = PublishedFootprintRecord;

double deviceCount(const Record& record)
{
    return record.deviceCount ? static_cast<double>(*record.deviceCount) : 1.0;
}

double powerPerDeviceW(const Record& record)
{
    return record.powerScope == Record::PowerScope::Total ? record.powerW / deviceCount(record)
                                                          : record.powerW;
}

double gramsPerKwh(double intensity, bool inPounds)
{
    return inPounds ? CarbonIntensity::fromPoundsPerKilowattHour(intensity).gramsPerKilowattHour()
                    : intensity;
}

Mass reportedMass(double value, bool inPounds)
{
    return inPounds ? Mass::fromPounds(value) : Mass::fromTonnes(value);
}

/// Device, count, power, PUE and grid of the study: what both scenarios share.
Scenario sharedInputs(const Record& record, const std::string& label)
{
    Scenario s;
    s.name = label + ": " + record.name;
    s.description = "Published inputs of " + label + ", " + record.location + ". " + record.notes;
    s.hardware.device = record.device;
    if (record.deviceCount)
        s.hardware.count = *record.deviceCount;
    s.hardware.averagePowerW = powerPerDeviceW(record);
    s.facility.pue = record.pue;
    s.facility.carbonIntensityGPerKwh = gramsPerKwh(record.intensity, record.intensityInPounds);
    if (record.netIntensity)
        s.facility.carbonFreeEnergyFraction =
            std::clamp(1.0 - *record.netIntensity / record.intensity, 0.0, 1.0);
    return s;
}

bool hasAnyPeak(const DeviceRecord& device)
{
    return std::any_of(device.peakTflops.begin(), device.peakTflops.end(),
                       [](const std::optional<double>& peak) { return peak.has_value(); });
}

} // namespace

double relativeDifference(double estimated, double reported)
{
    if (reported == 0.0)
        return std::numeric_limits<double>::quiet_NaN();
    return (estimated - reported) / reported;
}

std::string studyLabel(const std::string& studyKey)
{
    for (const Reference& reference : builtinReferences()) {
        if (reference.key == studyKey && !reference.matches.empty())
            return reference.matches.front().substr(0, reference.matches.front().find(','));
    }
    return studyKey;
}

Scenario publishedScenario(const Record& record, const std::string& label)
{
    Scenario s = sharedInputs(record, label);
    switch (record.durationUnit) {
    case Record::DurationUnit::Hours:
        s.runtime.wallClockHours = record.duration;
        break;
    case Record::DurationUnit::Days:
        s.runtime.wallClockHours = Duration::fromDays(record.duration).hours();
        break;
    case Record::DurationUnit::DeviceHours:
        s.runtime.deviceHours = record.duration;
        break;
    }
    return s;
}

std::optional<Scenario> planningScenario(const Record& record, const std::string& label,
                                         const Catalog& catalog)
{
    if (record.model.empty() || record.device.empty())
        return std::nullopt;
    const std::optional<ModelRecord> model = catalog.model(record.model);
    const std::optional<DeviceRecord> device = catalog.device(record.device);
    if (!model || !model->parameters || !model->trainingTokens || !device || !hasAnyPeak(*device))
        return std::nullopt;
    Scenario s = sharedInputs(record, label);
    s.name += " (planned)";
    s.workload.model = record.model;
    return s;
}

PublishedComparison comparePublishedFootprint(const Record& record, const Catalog& catalog)
{
    PublishedComparison c;
    c.record = record;
    c.studyLabel = studyLabel(record.study);
    c.scenario = publishedScenario(record, c.studyLabel);
    c.estimate = estimate(c.scenario, catalog);
    if (record.reportedEnergyKwh)
        c.reportedEnergy = Energy::fromKilowattHours(*record.reportedEnergyKwh);
    c.reportedCo2e = reportedMass(record.reportedCo2e, record.co2eInPounds);
    if (record.reportedNetCo2e)
        c.reportedNetCo2e = reportedMass(*record.reportedNetCo2e, record.co2eInPounds);
    c.estimatedEnergy = c.estimate.figures.total.facilityEnergy;
    c.estimatedCo2e = c.estimate.figures.total.operational;
    c.estimatedNetCo2e = c.estimate.figures.total.marketBased;
    if (std::optional<Scenario> planned = planningScenario(record, c.studyLabel, catalog)) {
        Estimate plannedEstimate = estimate(*planned, catalog);
        if (plannedEstimate.valid()) {
            c.planningCo2e = plannedEstimate.figures.total.operational;
            c.planningScenario = std::move(planned);
            c.planningEstimate = std::move(plannedEstimate);
        }
    }
    return c;
}

std::vector<PublishedComparison> comparePublishedFootprints(const Catalog& catalog)
{
    std::vector<PublishedComparison> comparisons;
    for (const Record& record : catalog.publishedFootprints())
        comparisons.push_back(comparePublishedFootprint(record, catalog));
    return comparisons;
}

} // namespace aicarbon
