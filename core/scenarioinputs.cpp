// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarioinputs.h"
#include "scenario.h"

namespace aicarbon {

namespace {

using Access = std::optional<double>* (*)(Scenario&);

struct Entry
{
    std::string_view pointer;
    Access access;
};

// clang-format off
constexpr Entry kInputs[] = {
    {"/workload/parameters", [](Scenario& s) { return &s.workload.parameters; }},
    {"/workload/tokens", [](Scenario& s) { return &s.workload.tokens; }},
    {"/workload/dataset_tokens", [](Scenario& s) { return &s.workload.datasetTokens; }},
    {"/workload/epochs", [](Scenario& s) { return &s.workload.epochs; }},
    {"/workload/steps", [](Scenario& s) { return &s.workload.steps; }},
    {"/workload/batch_size", [](Scenario& s) { return &s.workload.batchSize; }},
    {"/workload/sequence_length", [](Scenario& s) { return &s.workload.sequenceLength; }},
    {"/workload/training_flops", [](Scenario& s) { return &s.workload.trainingFlops; }},
    {"/workload/flops_per_parameter_token", [](Scenario& s) { return &s.workload.flopsPerParameterToken; }},
    {"/hardware/count", [](Scenario& s) { return &s.hardware.count; }},
    {"/hardware/mfu", [](Scenario& s) { return &s.hardware.mfu; }},
    {"/hardware/average_power_w", [](Scenario& s) { return &s.hardware.averagePowerW; }},
    {"/hardware/power_utilization", [](Scenario& s) { return &s.hardware.powerUtilization; }},
    {"/hardware/host_power_w", [](Scenario& s) { return &s.hardware.hostPowerW; }},
    {"/hardware/peak_tflops", [](Scenario& s) { return &s.hardware.peakTflops; }},
    {"/hardware/tdp_w", [](Scenario& s) { return &s.hardware.tdpW; }},
    {"/runtime/wall_clock_hours", [](Scenario& s) { return &s.runtime.wallClockHours; }},
    {"/runtime/device_hours", [](Scenario& s) { return &s.runtime.deviceHours; }},
    {"/facility/pue", [](Scenario& s) { return &s.facility.pue; }},
    {"/facility/carbon_intensity_g_per_kwh", [](Scenario& s) { return &s.facility.carbonIntensityGPerKwh; }},
    {"/facility/carbon_free_energy_fraction", [](Scenario& s) { return &s.facility.carbonFreeEnergyFraction; }},
    {"/search/trials", [](Scenario& s) { return &s.search.trials; }},
    {"/search/mean_trial_fraction", [](Scenario& s) { return &s.search.meanTrialFraction; }},
    {"/search/equivalent_runs", [](Scenario& s) { return &s.search.equivalentRuns; }},
    {"/search/configurations", [](Scenario& s) { return &s.search.configurations; }},
    {"/search/eta", [](Scenario& s) { return &s.search.eta; }},
    {"/search/min_fraction", [](Scenario& s) { return &s.search.minFraction; }},
    {"/development/multiplier", [](Scenario& s) { return &s.development.multiplier; }},
    {"/embodied/lifetime_years", [](Scenario& s) { return &s.embodied.lifetimeYears; }},
    {"/embodied/per_device_kgco2e", [](Scenario& s) { return &s.embodied.perDeviceKgCo2e; }},
    {"/cost/price_per_device_hour", [](Scenario& s) { return &s.cost.pricePerDeviceHour; }},
    {"/cost/carbon_price_per_tonne", [](Scenario& s) { return &s.cost.carbonPricePerTonne; }},
};
// clang-format on

} // namespace

std::optional<double>* numericInput(Scenario& scenario, std::string_view pointer)
{
    for (const Entry& e : kInputs) {
        if (e.pointer == pointer)
            return e.access(scenario);
    }
    return nullptr;
}

} // namespace aicarbon
