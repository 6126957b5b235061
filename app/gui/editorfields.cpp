// SPDX-License-Identifier: GPL-3.0-or-later
#include "editorfields.h"

#include "defaults.h"

#include <QtGlobal>

#include <type_traits>

namespace aicarbon {

namespace {

/// Reads (s.*Section).*Member as a double, whatever optional number type it holds.
template<auto Section, auto Member>
std::optional<double> getField(const Scenario& s)
{
    const auto& value = (s.*Section).*Member;
    return value ? std::optional<double>(static_cast<double>(*value)) : std::nullopt;
}

template<auto Section, auto Member>
void setField(Scenario& s, std::optional<double> value)
{
    auto& slot = (s.*Section).*Member;
    using T = typename std::remove_reference_t<decltype(slot)>::value_type;
    slot = value ? std::optional<T>(static_cast<T>(*value)) : std::nullopt;
}

template<auto Section, auto Member>
EditorFieldSpec field(EditorFieldSpec spec)
{
    spec.get = &getField<Section, Member>;
    spec.set = &setField<Section, Member>;
    return spec;
}

constexpr auto W = &Scenario::workload;
constexpr auto R = &Scenario::runtime;
constexpr auto H = &Scenario::hardware;
constexpr auto F = &Scenario::facility;
constexpr auto S = &Scenario::search;
constexpr auto D = &Scenario::development;
constexpr auto E = &Scenario::embodied;
constexpr auto C = &Scenario::cost;

std::vector<EditorFieldSpec> workloadFields()
{
    using S_ = EditorSection;
    return {
        field<W, &WorkloadSpec::parameters>(
            {"workload.parameters", "/workload/parameters", S_::Workload,
             QT_TRANSLATE_NOOP("ScenarioEditor", "Parameters"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "parameters"),
             QT_TRANSLATE_NOOP("ScenarioEditor",
                               "N: the trained parameters (active parameters per token for "
                               "mixture-of-experts models). Default: the model preset."),
             "parameters", std::nullopt, "", "", false}),
        field<W, &WorkloadSpec::tokens>(
            {"workload.tokens", "/workload/tokens", S_::Workload,
             QT_TRANSLATE_NOOP("ScenarioEditor", "Training tokens"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "tokens"),
             QT_TRANSLATE_NOOP("ScenarioEditor",
                               "D: tokens seen in training. Wins over dataset tokens × epochs and "
                               "steps × batch × length. Default: the model preset."),
             "tokens", std::nullopt, "", "", false}),
        field<W, &WorkloadSpec::datasetTokens>(
            {"workload.datasetTokens", "/workload/dataset_tokens", S_::Workload,
             QT_TRANSLATE_NOOP("ScenarioEditor", "Dataset tokens"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "tokens"),
             QT_TRANSLATE_NOOP("ScenarioEditor",
                               "Tokens in the dataset: D = dataset tokens × epochs when training "
                               "tokens are not given."),
             "", std::nullopt, "", "", false}),
        field<W, &WorkloadSpec::epochs>(
            {"workload.epochs", "/workload/epochs", S_::Workload,
             QT_TRANSLATE_NOOP("ScenarioEditor", "Epochs"), QT_TRANSLATE_NOOP("ScenarioEditor", "passes"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "Passes over the dataset; used with dataset tokens only."),
             "", 1.0, QT_TRANSLATE_NOOP("ScenarioEditor", "methodology §1: one epoch"), "", false}),
        field<W, &WorkloadSpec::steps>(
            {"workload.steps", "/workload/steps", S_::Workload, QT_TRANSLATE_NOOP("ScenarioEditor", "Steps"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "optimizer steps"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "D = steps × batch size × sequence length; give all three."),
             "", std::nullopt, "", "", false}),
        field<W, &WorkloadSpec::batchSize>(
            {"workload.batchSize", "/workload/batch_size", S_::Workload,
             QT_TRANSLATE_NOOP("ScenarioEditor", "Batch size"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "sequences per step"),
             QT_TRANSLATE_NOOP("ScenarioEditor",
                               "Sequences per optimizer step (with steps and sequence length)."),
             "", std::nullopt, "", "", false}),
        field<W, &WorkloadSpec::sequenceLength>(
            {"workload.sequenceLength", "/workload/sequence_length", S_::Workload,
             QT_TRANSLATE_NOOP("ScenarioEditor", "Sequence length"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "tokens"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "Tokens per sequence (with steps and batch size)."), "",
             std::nullopt, "", "", false}),
        field<W, &WorkloadSpec::flopsPerParameterToken>(
            {"workload.flopsPerParameterToken", "/workload/flops_per_parameter_token", S_::Workload,
             QT_TRANSLATE_NOOP("ScenarioEditor", "FLOPs per parameter·token (k)"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "FLOP"),
             QT_TRANSLATE_NOOP("ScenarioEditor",
                               "k in C = k × N × D: 2 forward + 4 backward; 8 when activations are "
                               "recomputed."),
             "flops_per_parameter_token", defaults::kFlopsPerParameterToken.value,
             defaults::kFlopsPerParameterToken.source, "", false}),
        field<W, &WorkloadSpec::trainingFlops>(
            {"workload.trainingFlops", "/workload/training_flops", S_::Workload,
             QT_TRANSLATE_NOOP("ScenarioEditor", "Training compute"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "FLOP"),
             QT_TRANSLATE_NOOP("ScenarioEditor",
                               "Total FLOPs of the final run. When given, it replaces k × N × D."),
             "training_flops", std::nullopt, "", "", false}),
    };
}

std::vector<EditorFieldSpec> runtimeFields()
{
    using S_ = EditorSection;
    return {
        field<R, &RuntimeSpec::wallClockHours>(
            {"runtime.wallClockHours", "/runtime/wall_clock_hours", S_::Runtime,
             QT_TRANSLATE_NOOP("ScenarioEditor", "Wall-clock time"), QT_TRANSLATE_NOOP("ScenarioEditor", "h"),
             QT_TRANSLATE_NOOP("ScenarioEditor",
                               "Accounting mode: the measured duration of the final run. Replaces "
                               "FLOPs / (peak × MFU); MFU is then implied."),
             "wall_clock_hours", std::nullopt, "", QT_TRANSLATE_NOOP("ScenarioEditor", "from FLOPs"), false}),
        field<R, &RuntimeSpec::deviceHours>(
            {"runtime.deviceHours", "/runtime/device_hours", S_::Runtime,
             QT_TRANSLATE_NOOP("ScenarioEditor", "Device-hours"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "device-h"),
             QT_TRANSLATE_NOOP("ScenarioEditor",
                               "Accounting mode: device-hours of the final run (wins over the "
                               "wall-clock time)."),
             "device_hours", std::nullopt, "", QT_TRANSLATE_NOOP("ScenarioEditor", "from FLOPs"), false}),
    };
}

std::vector<EditorFieldSpec> hardwareFields()
{
    using S_ = EditorSection;
    return {
        field<H, &HardwareSpec::count>(
            {"hardware.count", "/hardware/count", S_::Hardware,
             QT_TRANSLATE_NOOP("ScenarioEditor", "Devices"), QT_TRANSLATE_NOOP("ScenarioEditor", "devices"),
             QT_TRANSLATE_NOOP("ScenarioEditor",
                               "Number of devices, a whole number ≥ 1. Wall-clock time = "
                               "device-hours / devices."),
             "device_count", 1.0,
             QT_TRANSLATE_NOOP("ScenarioEditor", "one device when the count is not given"), "", false}),
        field<H, &HardwareSpec::mfu>(
            {"hardware.mfu", "/hardware/mfu", S_::Hardware, QT_TRANSLATE_NOOP("ScenarioEditor", "MFU"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "fraction, (0, 1]"),
             QT_TRANSLATE_NOOP("ScenarioEditor",
                               "Model FLOPs utilization: the share of the dense peak the training "
                               "achieves. Device time = FLOPs / (peak × MFU)."),
             "mfu", defaults::kMfu.value, defaults::kMfu.source, "", false}),
        field<H, &HardwareSpec::averagePowerW>(
            {"hardware.averagePowerW", "/hardware/average_power_w", S_::Hardware,
             QT_TRANSLATE_NOOP("ScenarioEditor", "Average power"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "W per device"),
             QT_TRANSLATE_NOOP("ScenarioEditor",
                               "Measured average draw per device. When given, it replaces idle + "
                               "u × (TDP − idle) and the power utilization is not used."),
             "device_power_w", std::nullopt, "", "", false}),
        field<H, &HardwareSpec::powerUtilization>(
            {"hardware.powerUtilization", "/hardware/power_utilization", S_::Hardware,
             QT_TRANSLATE_NOOP("ScenarioEditor", "Power utilization"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "fraction, [0, 1]"),
             QT_TRANSLATE_NOOP("ScenarioEditor",
                               "u: where the device draws between idle (0) and TDP (1). Used only "
                               "without an average power."),
             "power_utilization", defaults::kPowerUtilization.value, defaults::kPowerUtilization.source, "",
             false}),
        field<H, &HardwareSpec::hostPowerW>(
            {"hardware.hostPowerW", "/hardware/host_power_w", S_::Hardware,
             QT_TRANSLATE_NOOP("ScenarioEditor", "Host power"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "W per device"),
             QT_TRANSLATE_NOOP("ScenarioEditor",
                               "Share of the server (CPUs, DRAM, network) per device. Nameplate "
                               "upper bounds: DGX A100 412 W, DGX H100 575 W."),
             "host_power_w", defaults::kHostPowerW.value, defaults::kHostPowerW.source, "", false}),
        field<H, &HardwareSpec::peakTflops>(
            {"hardware.peakTflops", "/hardware/peak_tflops", S_::Hardware,
             QT_TRANSLATE_NOOP("ScenarioEditor", "Dense peak"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "TFLOP/s"),
             QT_TRANSLATE_NOOP("ScenarioEditor",
                               "Dense (not sparse) peak per device at the precision; overrides the "
                               "catalog."),
             "peak_tflops", std::nullopt, "", "", false}),
        field<H, &HardwareSpec::tdpW>(
            {"hardware.tdpW", "/hardware/tdp_w", S_::Hardware, QT_TRANSLATE_NOOP("ScenarioEditor", "TDP"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "W"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "Thermal design power per device; overrides the catalog."),
             "tdp_w", std::nullopt, "", "", false}),
    };
}

std::vector<EditorFieldSpec> locationFields()
{
    using S_ = EditorSection;
    return {
        field<F, &FacilitySpec::year>(
            {"facility.year", "/facility/year", S_::Location, QT_TRANSLATE_NOOP("ScenarioEditor", "Year"), "",
             QT_TRANSLATE_NOOP("ScenarioEditor", "Year of the grid carbon intensity (1990–2100)."), "",
             std::nullopt, QT_TRANSLATE_NOOP("ScenarioEditor", "the latest year of the primary series"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "latest"), true}),
        field<F, &FacilitySpec::pue>(
            {"facility.pue", "/facility/pue", S_::Location, QT_TRANSLATE_NOOP("ScenarioEditor", "PUE"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "ratio, ≥ 1"),
             QT_TRANSLATE_NOOP("ScenarioEditor",
                               "Power usage effectiveness: facility energy = IT energy × PUE. "
                               "Default: the cloud region, the provider's fleet, else the global "
                               "average."),
             "pue", defaults::kPue.value, defaults::kPue.source, "", false}),
        field<F, &FacilitySpec::carbonIntensityGPerKwh>(
            {"facility.carbonIntensityGPerKwh", "/facility/carbon_intensity_g_per_kwh", S_::Location,
             QT_TRANSLATE_NOOP("ScenarioEditor", "Carbon intensity"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "gCO2e/kWh"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "Grid carbon intensity; overrides the region's value."),
             "carbon_intensity", std::nullopt, "", "", false}),
        field<F, &FacilitySpec::carbonFreeEnergyFraction>(
            {"facility.carbonFreeEnergyFraction", "/facility/carbon_free_energy_fraction", S_::Location,
             QT_TRANSLATE_NOOP("ScenarioEditor", "Carbon-free energy"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "fraction, [0, 1]"),
             QT_TRANSLATE_NOOP("ScenarioEditor",
                               "Share of the energy matched by carbon-free supply; only the "
                               "market-based figure uses it (× (1 − fraction))."),
             "carbon_free_energy_fraction", 0.0,
             QT_TRANSLATE_NOOP("ScenarioEditor", "none known: market-based equals location-based"), "",
             false}),
    };
}

std::vector<EditorFieldSpec> searchFields()
{
    using S_ = EditorSection;
    return {
        field<S, &SearchSpec::trials>(
            {"search.trials", "/search/trials", S_::Search, QT_TRANSLATE_NOOP("ScenarioEditor", "Trials"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "trials"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "Configurations trained before the final run."), "", 0.0,
             QT_TRANSLATE_NOOP("ScenarioEditor", "methodology §6: no search"), "", false}),
        field<S, &SearchSpec::meanTrialFraction>(
            {"search.meanTrialFraction", "/search/mean_trial_fraction", S_::Search,
             QT_TRANSLATE_NOOP("ScenarioEditor", "Mean trial fraction"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "of a full run"),
             QT_TRANSLATE_NOOP("ScenarioEditor",
                               "Mean share of a full run per trial; below 1 with early stopping."),
             "", 1.0, QT_TRANSLATE_NOOP("ScenarioEditor", "methodology §6: each trial is a full run"), "",
             false}),
        field<S, &SearchSpec::configurations>(
            {"search.configurations", "/search/configurations", S_::Search,
             QT_TRANSLATE_NOOP("ScenarioEditor", "Configurations"), QT_TRANSLATE_NOOP("ScenarioEditor", "n"),
             QT_TRANSLATE_NOOP("ScenarioEditor",
                               "n: configurations in the first round of successive halving "
                               "(required)."),
             "", std::nullopt, "", QT_TRANSLATE_NOOP("ScenarioEditor", "required"), false}),
        field<S, &SearchSpec::eta>(
            {"search.eta", "/search/eta", S_::Search,
             QT_TRANSLATE_NOOP("ScenarioEditor", "Reduction factor η"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "> 1"),
             QT_TRANSLATE_NOOP("ScenarioEditor",
                               "η: each round keeps 1/η of the configurations at η times the "
                               "budget."),
             "", 3.0, QT_TRANSLATE_NOOP("ScenarioEditor", "Li et al. 2018 (Hyperband): η = 3"), "", false}),
        field<S, &SearchSpec::minFraction>(
            {"search.minFraction", "/search/min_fraction", S_::Search,
             QT_TRANSLATE_NOOP("ScenarioEditor", "Minimum budget"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "of a full run, (0, 1]"),
             QT_TRANSLATE_NOOP("ScenarioEditor",
                               "r: the smallest budget, as a share of a full run (required)."),
             "", std::nullopt, "", QT_TRANSLATE_NOOP("ScenarioEditor", "required"), false}),
        field<S, &SearchSpec::equivalentRuns>(
            {"search.equivalentRuns", "/search/equivalent_runs", S_::Search,
             QT_TRANSLATE_NOOP("ScenarioEditor", "Equivalent runs"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "full runs"),
             QT_TRANSLATE_NOOP("ScenarioEditor",
                               "Total search compute in full runs, e.g. from a published step count; "
                               "replaces trials × fraction."),
             "search_runs", std::nullopt, "", "", false}),
        field<D, &DevelopmentSpec::multiplier>(
            {"development.multiplier", "/development/multiplier", S_::Search,
             QT_TRANSLATE_NOOP("ScenarioEditor", "Development multiplier"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "×, ≥ 1"),
             QT_TRANSLATE_NOOP("ScenarioEditor",
                               "m: seeds, ablations and failed runs. Total = m × (final run + "
                               "search)."),
             "development_multiplier", defaults::kDevelopmentMultiplier.value,
             defaults::kDevelopmentMultiplier.source, "", false}),
    };
}

std::vector<EditorFieldSpec> embodiedAndCostFields()
{
    using S_ = EditorSection;
    return {
        field<E, &EmbodiedSpec::lifetimeYears>(
            {"embodied.lifetimeYears", "/embodied/lifetime_years", S_::Embodied,
             QT_TRANSLATE_NOOP("ScenarioEditor", "Lifetime"), QT_TRANSLATE_NOOP("ScenarioEditor", "years"),
             QT_TRANSLATE_NOOP("ScenarioEditor",
                               "Service life over which the manufacturing emissions are spread."),
             "lifetime_years", defaults::kLifetimeYears.value, defaults::kLifetimeYears.source, "", false}),
        field<E, &EmbodiedSpec::perDeviceKgCo2e>(
            {"embodied.perDeviceKgCo2e", "/embodied/per_device_kgco2e", S_::Embodied,
             QT_TRANSLATE_NOOP("ScenarioEditor", "Per device"), QT_TRANSLATE_NOOP("ScenarioEditor", "kgCO2e"),
             QT_TRANSLATE_NOOP("ScenarioEditor",
                               "Manufacturing emissions of one device; overrides the catalog (whose "
                               "values are die only, a lower bound)."),
             "embodied_per_device", std::nullopt, "", "", false}),
        field<C, &CostSpec::pricePerDeviceHour>(
            {"cost.pricePerDeviceHour", "/cost/price_per_device_hour", S_::Cost,
             QT_TRANSLATE_NOOP("ScenarioEditor", "Price"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "per device-hour"),
             QT_TRANSLATE_NOOP("ScenarioEditor",
                               "Compute cost = price × all device-hours (final run, search, "
                               "development)."),
             "", std::nullopt, "", QT_TRANSLATE_NOOP("ScenarioEditor", "not priced"), false}),
        field<C, &CostSpec::carbonPricePerTonne>(
            {"cost.carbonPricePerTonne", "/cost/carbon_price_per_tonne", S_::Cost,
             QT_TRANSLATE_NOOP("ScenarioEditor", "Carbon price"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "per tCO2e"),
             QT_TRANSLATE_NOOP("ScenarioEditor", "Carbon cost = price × total emissions in tonnes."), "",
             std::nullopt, "", QT_TRANSLATE_NOOP("ScenarioEditor", "not priced"), false}),
    };
}

std::vector<EditorFieldSpec> allFields()
{
    std::vector<EditorFieldSpec> out;
    for (auto part : {workloadFields(), runtimeFields(), hardwareFields(), locationFields(), searchFields(),
                      embodiedAndCostFields()})
        out.insert(out.end(), part.begin(), part.end());
    return out;
}

} // namespace

const std::vector<EditorFieldSpec>& editorFields()
{
    static const std::vector<EditorFieldSpec> fields = allFields();
    return fields;
}

const EditorFieldSpec* editorField(std::string_view name)
{
    for (const EditorFieldSpec& spec : editorFields()) {
        if (name == spec.name)
            return &spec;
    }
    return nullptr;
}

const char* sectionPath(EditorSection section)
{
    switch (section) {
    case EditorSection::Scenario:
        return "";
    case EditorSection::Workload:
        return "/workload";
    case EditorSection::Runtime:
        return "/runtime";
    case EditorSection::Hardware:
        return "/hardware";
    case EditorSection::Location:
        return "/facility";
    case EditorSection::Search:
        return "/search";
    case EditorSection::Embodied:
        return "/embodied";
    case EditorSection::Cost:
        return "/cost";
    }
    return "";
}

EditorSection sectionOfPath(std::string_view path)
{
    const auto starts = [path](std::string_view prefix) {
        return path.substr(0, prefix.size()) == prefix
            && (path.size() == prefix.size() || path[prefix.size()] == '/');
    };
    if (starts("/development"))
        return EditorSection::Search;
    for (const EditorSection s :
         {EditorSection::Workload, EditorSection::Runtime, EditorSection::Hardware, EditorSection::Location,
          EditorSection::Search, EditorSection::Embodied, EditorSection::Cost}) {
        if (starts(sectionPath(s)))
            return s;
    }
    return EditorSection::Scenario;
}

} // namespace aicarbon
