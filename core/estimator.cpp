// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"
#include "defaults.h"
#include "estimate.h"
#include "numberformat.h"
#include "scenario.h"
#include "sourcecitation.h"
#include "trainingcompute.h"

#include <cmath>

namespace aicarbon {

const Assumption* Estimate::assumption(const std::string& key) const
{
    for (const Assumption& a : assumptions) {
        if (a.key == key)
            return &a;
    }
    return nullptr;
}

namespace {

constexpr double kSparsityRatio = 1.9; // a peak ≥ 1.9× the dense one is likely the 2:4-sparsity figure
constexpr double kHighMfu = 0.75;
constexpr double kHighPue = 2.0;
constexpr double kHighIntensity = 1200.0;

std::string joined(const std::vector<std::string>& ids)
{
    std::string out;
    for (const std::string& id : ids)
        out += (out.empty() ? "" : ", ") + id;
    return out;
}

/// Resolves one scenario step by step; each phase fills `m_inputs` and records its
/// assumptions and diagnostics in `m_estimate`.
class Resolver
{
public:
    Resolver(const Scenario& scenario, const Catalog& catalog, Estimate& estimate)
        : m_scenario(scenario)
        , m_catalog(catalog)
        , m_estimate(estimate)
        , m_inputs(estimate.inputs)
    { }

    void run()
    {
        m_estimate.assumptions.push_back({"data_version",
                                          "Catalog data version",
                                          std::nullopt,
                                          m_estimate.dataVersion,
                                          "",
                                          "aicarbon catalog",
                                          Origin::Catalog,
                                          {}});
        resolveWorkload();
        resolveHardware();
        resolveRuntime();
        resolveTime();
        resolvePower();
        resolveFacility();
        resolveSearch();
        resolveDevelopment();
        resolveEmbodied();
        resolveCost();
    }

private:
    // --- bookkeeping -------------------------------------------------------------
    void error(std::string code, std::string path, std::string message, DiagnosticDetail detail = {})
    {
        m_estimate.diagnostics.push_back(
            Diagnostic::error(std::move(code), std::move(path), std::move(message), std::move(detail)));
    }
    void warning(std::string code, std::string path, std::string message, DiagnosticDetail detail = {})
    {
        m_estimate.diagnostics.push_back(
            Diagnostic::warning(std::move(code), std::move(path), std::move(message), std::move(detail)));
    }
    void note(std::string key, std::string name, double value, std::string unit, std::string source,
              Origin origin, std::vector<std::string> nameArgs = {})
    {
        m_estimate.assumptions.push_back({std::move(key), std::move(name), value, "", std::move(unit),
                                          std::move(source), origin, std::move(nameArgs)});
    }
    void noteText(std::string key, std::string name, std::string text, std::string source, Origin origin)
    {
        m_estimate.assumptions.push_back({std::move(key),
                                          std::move(name),
                                          std::nullopt,
                                          std::move(text),
                                          "",
                                          std::move(source),
                                          origin,
                                          {}});
    }
    void noteDefault(const std::string& key, const std::string& name, const defaults::Default& d)
    {
        note(key, name, d.value, d.unit, d.source, Origin::Default);
    }
    /// "Title (publisher, year)" of a catalog source id, or the id itself.
    std::string cite(const std::string& sourceId) const
    {
        const auto s = m_catalog.source(sourceId);
        return s ? sourceCitation(*s) : sourceId;
    }

    /// Checks value > 0 (or ≥ 0 with allowZero); returns false after an error.
    bool checkPositive(const std::optional<double>& value, const std::string& path, const std::string& what,
                       bool allowZero = false)
    {
        if (!value)
            return true;
        if (!std::isfinite(*value) || *value < 0.0 || (!allowZero && *value == 0.0)) {
            error("value-out-of-range", path,
                  what + " must be " + (allowZero ? "zero or positive" : "positive") + ", found "
                      + formatNumber(*value),
                  {allowZero ? "zero-or-positive" : "positive", {formatNumber(*value)}});
            return false;
        }
        return true;
    }
    bool checkFraction(const std::optional<double>& value, const std::string& path, const std::string& what)
    {
        if (value && !(*value >= 0.0 && *value <= 1.0)) {
            error("value-out-of-range", path,
                  what + " must be between 0 and 1, found " + formatNumber(*value),
                  {"between", {"0", "1", formatNumber(*value)}});
            return false;
        }
        return true;
    }

    // --- phases --------------------------------------------------------------------
    void resolveWorkload();
    double resolveTokens();
    void resolveHardware();
    void resolveRuntime();
    void resolveTime();
    void resolvePower();
    void resolvePowerFromTdp(double tdp);
    void resolveFacility();
    void resolveIntensity(const std::string& gridRegion, const CloudRegionRecord* cloud);
    void resolvePue(const CloudRegionRecord* cloud);
    void resolveSearch();
    void resolveDevelopment();
    void resolveEmbodied();
    void resolveCost();

    const Scenario& m_scenario;
    const Catalog& m_catalog;
    Estimate& m_estimate;
    ResolvedInputs& m_inputs;
    std::optional<ModelRecord> m_model;
    std::optional<DeviceRecord> m_device;
    bool m_accounting = false;
    bool m_lookupFailed = false; ///< an earlier error explains missing catalog values
};

void Resolver::resolveWorkload()
{
    const WorkloadSpec& w = m_scenario.workload;
    ComputeBreakdown& c = m_estimate.compute;
    if (!w.model.empty()) {
        m_model = m_catalog.model(w.model);
        if (!m_model) {
            const auto close = m_catalog.suggest(CatalogKind::Model, w.model);
            error("unknown-model", "/workload/model",
                  "unknown model '" + w.model + "'"
                      + (close.empty() ? "" : "; did you mean " + joined(close) + "?"),
                  {"", {w.model, joined(close)}});
        } else {
            noteText("model", "Model preset", m_model->name + " (" + m_model->id + ")", cite(m_model->source),
                     Origin::Catalog);
        }
    }
    checkPositive(w.flopsPerParameterToken, "/workload/flops_per_parameter_token",
                  "FLOPs per parameter per token");
    c.flopsPerParameterToken = w.flopsPerParameterToken.value_or(defaults::kFlopsPerParameterToken.value);
    if (w.flopsPerParameterToken)
        note("flops_per_parameter_token", "FLOPs per parameter per token", c.flopsPerParameterToken, "FLOP",
             "scenario", Origin::User);
    else
        noteDefault("flops_per_parameter_token", "FLOPs per parameter per token",
                    defaults::kFlopsPerParameterToken);

    if (checkPositive(w.parameters, "/workload/parameters", "parameters") && w.parameters) {
        c.parameters = *w.parameters;
        note("parameters", "Parameters", c.parameters, "", "scenario", Origin::User);
    } else if (m_model && (m_model->activeParameters || m_model->parameters)) {
        c.parameters = m_model->activeParameters.value_or(m_model->parameters.value_or(0.0));
        note("parameters", m_model->activeParameters ? "Active parameters (per token)" : "Parameters",
             c.parameters, "", cite(m_model->source), Origin::Catalog);
    }
    c.tokens = resolveTokens();
    if (c.parameters > 0.0 && c.tokens > 0.0)
        c.simpleFlops = trainingFlops(c.flopsPerParameterToken, c.parameters, c.tokens);
    if (m_model && m_model->layers && m_model->dModel && m_model->context && c.tokens > 0.0) {
        const TransformerShape shape {double(*m_model->layers), double(*m_model->dModel),
                                      double(*m_model->context)};
        const double shapeParameters = nonEmbeddingParameters(shape);
        // 12·L·d² assumes a decoder-only transformer with d_attn = d_model and d_ff = 4·d_model;
        // it is reported only when it agrees with the preset's parameter count within 25%
        // (T5's encoder-decoder with d_ff = 64·d_model does not).
        const double total = m_model->parameters.value_or(0.0);
        if (total > 0.0 && std::abs(shapeParameters / total - 1.0) <= 0.25) {
            c.nonEmbeddingParameters = shapeParameters;
            c.architectureFlops =
                trainingFlopsPerToken(shapeParameters, shape, c.flopsPerParameterToken) * c.tokens;
        }
    }
    if (checkPositive(w.trainingFlops, "/workload/training_flops", "training FLOPs") && w.trainingFlops) {
        m_inputs.trainingFlops = *w.trainingFlops;
        note("training_flops", "Training compute", m_inputs.trainingFlops, "FLOP", "scenario", Origin::User);
    } else if (c.simpleFlops > 0.0) {
        m_inputs.trainingFlops = c.simpleFlops;
        note("training_flops", "Training compute (k·N·D)", c.simpleFlops, "FLOP", "Kaplan et al. 2020, §2.1",
             Origin::Derived);
    }
}

double Resolver::resolveTokens()
{
    const WorkloadSpec& w = m_scenario.workload;
    const bool ok = checkPositive(w.tokens, "/workload/tokens", "tokens")
        && checkPositive(w.datasetTokens, "/workload/dataset_tokens", "dataset tokens")
        && checkPositive(w.epochs, "/workload/epochs", "epochs")
        && checkPositive(w.steps, "/workload/steps", "steps")
        && checkPositive(w.batchSize, "/workload/batch_size", "batch size")
        && checkPositive(w.sequenceLength, "/workload/sequence_length", "sequence length");
    if (!ok)
        return 0.0;
    if (w.tokens) {
        note("tokens", "Training tokens", *w.tokens, "tokens", "scenario", Origin::User);
        return *w.tokens;
    }
    if (w.datasetTokens) {
        const double tokens = *w.datasetTokens * w.epochs.value_or(1.0);
        note("tokens", "Training tokens (dataset × epochs)", tokens, "tokens", "scenario", Origin::Derived);
        return tokens;
    }
    if (w.steps || w.batchSize || w.sequenceLength) {
        if (!(w.steps && w.batchSize && w.sequenceLength)) {
            error("incomplete-workload", "/workload",
                  "steps, batch_size and sequence_length must be given together (tokens = steps × batch × "
                  "length)");
            return 0.0;
        }
        const double tokens = *w.steps * *w.batchSize * *w.sequenceLength;
        note("tokens", "Training tokens (steps × batch × sequence length)", tokens, "tokens", "scenario",
             Origin::Derived);
        return tokens;
    }
    if (m_model && m_model->trainingTokens) {
        note("tokens", "Training tokens", *m_model->trainingTokens, "tokens", cite(m_model->source),
             Origin::Catalog);
        return *m_model->trainingTokens;
    }
    return 0.0;
}

void Resolver::resolveHardware()
{
    const HardwareSpec& h = m_scenario.hardware;
    if (!h.device.empty()) {
        m_device = m_catalog.device(h.device);
        if (!m_device) {
            const auto close = m_catalog.suggest(CatalogKind::Device, h.device);
            m_lookupFailed = true;
            error("unknown-device", "/hardware/device",
                  "unknown device '" + h.device + "'"
                      + (close.empty() ? "" : "; did you mean " + joined(close) + "?"),
                  {"", {h.device, joined(close)}});
        } else {
            noteText("device", "Device", m_device->name + " (" + m_device->id + ")",
                     m_device->userDefined ? "user catalog" : cite(m_device->source), Origin::Catalog);
        }
    }
    if (h.count
        && (!checkPositive(h.count, "/hardware/count", "device count") || std::floor(*h.count) != *h.count)) {
        if (std::isfinite(*h.count) && *h.count > 0)
            error("not-an-integer", "/hardware/count",
                  "device count must be a whole number, found " + formatNumber(*h.count),
                  {"", {formatNumber(*h.count)}});
        return;
    }
    m_inputs.deviceCount = h.count.value_or(1.0);
    if (h.count)
        note("device_count", "Devices", m_inputs.deviceCount, "", "scenario", Origin::User);
    else
        note("device_count", "Devices", 1.0, "", "default: one device when the count is not given",
             Origin::Default);
}

void Resolver::resolveRuntime()
{
    const RuntimeSpec& r = m_scenario.runtime;
    if (!checkPositive(r.wallClockHours, "/runtime/wall_clock_hours", "wall-clock hours")
        || !checkPositive(r.deviceHours, "/runtime/device_hours", "device-hours"))
        return;
    if (r.deviceHours) {
        m_inputs.fixedDeviceHours = *r.deviceHours;
        note("device_hours", "Device-hours (accounting mode)", *r.deviceHours, "h", "scenario", Origin::User);
        if (r.wallClockHours
            && std::abs(*r.wallClockHours * m_inputs.deviceCount / *r.deviceHours - 1.0) > 0.01)
            warning(
                "inconsistent-runtime", "/runtime",
                "wall_clock_hours × count differs from device_hours by more than 1%; device_hours is used",
                {"", {"0.01"}});
    } else if (r.wallClockHours) {
        m_inputs.fixedDeviceHours = *r.wallClockHours * m_inputs.deviceCount;
        note("wall_clock_hours", "Wall-clock hours (accounting mode)", *r.wallClockHours, "h", "scenario",
             Origin::User);
    }
    m_accounting = m_inputs.fixedDeviceHours > 0.0;
}

void Resolver::resolveTime()
{
    const HardwareSpec& h = m_scenario.hardware;
    const std::optional<Precision> precision = h.precision ? h.precision : [&]() -> std::optional<Precision> {
        for (const Precision p : {Precision::Bf16, Precision::Fp16, Precision::Tf32, Precision::Fp32}) {
            if (m_device && m_device->peak(p))
                return p;
        }
        return std::nullopt;
    }();
    if (precision)
        noteText("precision", "Precision", std::string(toString(*precision)),
                 h.precision ? "scenario"
                             : "default: bf16, else fp16, tf32, fp32, the first the device supports",
                 h.precision ? Origin::User : Origin::Default);
    const std::optional<double> catalogPeak =
        m_device && precision ? m_device->peak(*precision) : std::nullopt;
    if (checkPositive(h.peakTflops, "/hardware/peak_tflops", "peak TFLOP/s") && h.peakTflops) {
        m_inputs.peakFlopsPerSecond = *h.peakTflops * 1e12;
        note("peak_tflops", "Dense peak per device", *h.peakTflops, "TFLOP/s", "scenario", Origin::User);
        if (catalogPeak && *h.peakTflops >= kSparsityRatio * *catalogPeak)
            warning("peak-looks-sparse", "/hardware/peak_tflops",
                    "peak " + formatNumber(*h.peakTflops) + " TFLOP/s is about twice the dense figure "
                        + formatNumber(*catalogPeak)
                        + " TFLOP/s: it looks like a sparsity figure; use the dense peak",
                    {"", {formatNumber(*h.peakTflops), formatNumber(*catalogPeak)}});
    } else if (catalogPeak) {
        m_inputs.peakFlopsPerSecond = *catalogPeak * 1e12;
        note("peak_tflops", "Dense peak per device", *catalogPeak, "TFLOP/s", cite(m_device->source),
             Origin::Catalog);
    }

    const bool mfuOk = checkPositive(h.mfu, "/hardware/mfu", "MFU");
    if (mfuOk && h.mfu && *h.mfu > 1.0)
        error("value-out-of-range", "/hardware/mfu", "MFU must be at most 1, found " + formatNumber(*h.mfu),
              {"at-most", {"1", formatNumber(*h.mfu)}});
    else if (mfuOk && h.mfu && *h.mfu > kHighMfu)
        warning("high-mfu", "/hardware/mfu",
                "MFU " + formatNumber(*h.mfu) + " is above 0.75; published large runs reach 0.2-0.46",
                {"", {formatNumber(*h.mfu), formatNumber(kHighMfu), "0.2", "0.46"}});
    if (m_accounting) {
        if (h.mfu)
            warning("mfu-ignored", "/hardware/mfu",
                    "MFU is not used when the runtime is given; it is reported as implied");
        return;
    }
    m_inputs.mfu = h.mfu.value_or(defaults::kMfu.value);
    if (h.mfu)
        note("mfu", "Model FLOPs utilization", m_inputs.mfu, "fraction", "scenario", Origin::User);
    else
        noteDefault("mfu", "Model FLOPs utilization", defaults::kMfu);
    if (m_inputs.trainingFlops <= 0.0)
        error(
            "unknown-compute", "/workload",
            "cannot determine the training compute: give training_flops, parameters with tokens (or a model "
            "preset), or the runtime hours");
    if (m_inputs.peakFlopsPerSecond <= 0.0 && !m_lookupFailed)
        error("unknown-peak", "/hardware",
              "no dense peak for this device at this precision: give hardware.peak_tflops or another "
              "precision");
}

void Resolver::resolvePower()
{
    const HardwareSpec& h = m_scenario.hardware;
    if (!checkPositive(h.tdpW, "/hardware/tdp_w", "TDP"))
        m_lookupFailed = true;
    // 0 = unknown; a plain double keeps GCC's optional-flow warnings quiet.
    const double tdp = h.tdpW.value_or(m_device ? m_device->tdpW.value_or(0.0) : 0.0);
    if (checkPositive(h.averagePowerW, "/hardware/average_power_w", "average power") && h.averagePowerW) {
        m_inputs.devicePower = Power::fromWatts(*h.averagePowerW);
        note("device_power_w", "Average power per device (measured)", *h.averagePowerW, "W", "scenario",
             Origin::User);
        if (tdp > 0.0 && *h.averagePowerW > tdp)
            warning("power-above-tdp", "/hardware/average_power_w",
                    "average power " + formatNumber(*h.averagePowerW) + " W is above the TDP "
                        + formatNumber(tdp) + " W (fine if it includes the host)",
                    {"", {formatNumber(*h.averagePowerW), formatNumber(tdp)}});
    } else if (!h.averagePowerW) {
        resolvePowerFromTdp(tdp);
    }
    if (checkPositive(h.hostPowerW, "/hardware/host_power_w", "host power", true) && h.hostPowerW)
        note("host_power_w", "Host power per device", *h.hostPowerW, "W", "scenario", Origin::User);
    else
        noteDefault("host_power_w", "Host power per device", defaults::kHostPowerW);
    m_inputs.hostPower = Power::fromWatts(h.hostPowerW.value_or(defaults::kHostPowerW.value));
}

void Resolver::resolvePowerFromTdp(double tdp)
{
    const HardwareSpec& h = m_scenario.hardware;
    checkFraction(h.powerUtilization, "/hardware/power_utilization", "power utilization");
    if (tdp <= 0.0 && m_lookupFailed)
        return;
    if (tdp <= 0.0)
        return error("unknown-power", "/hardware",
                     "no TDP for this device: give hardware.average_power_w or tdp_w");
    const double u = h.powerUtilization.value_or(defaults::kPowerUtilization.value);
    const double idle = (m_device && !h.tdpW) ? m_device->idleW.value_or(0.0) : 0.0;
    m_inputs.devicePower = Power::fromWatts(idle + u * (tdp - idle));
    note("tdp_w", "TDP per device", tdp, "W", h.tdpW ? "scenario" : cite(m_device->source),
         h.tdpW ? Origin::User : Origin::Catalog);
    if (h.powerUtilization)
        note("power_utilization", "Power utilization", u, "fraction", "scenario", Origin::User);
    else
        noteDefault("power_utilization", "Power utilization", defaults::kPowerUtilization);
    note("device_power_w", "Average power per device (idle + u·(TDP − idle))", m_inputs.devicePower.watts(),
         "W", "methodology §3", Origin::Derived);
}

void Resolver::resolveFacility()
{
    const FacilitySpec& f = m_scenario.facility;
    std::optional<CloudRegionRecord> cloud;
    std::string gridRegion;
    if (!f.region.empty()) {
        if (f.region.find(':') != std::string::npos)
            cloud = m_catalog.cloudRegion(f.region);
        if (cloud) {
            gridRegion = cloud->gridRegion;
            noteText("region", "Cloud region",
                     cloud->id + " (" + cloud->city + ", " + cloud->country + ") on grid " + gridRegion,
                     cite(cloud->source), Origin::Catalog);
        } else if (const auto region = m_catalog.region(f.region)) {
            gridRegion = region->id;
            noteText("region", "Region", region->name + " (" + region->id + ")",
                     region->userDefined ? "user catalog" : "aicarbon catalog", Origin::Catalog);
        } else {
            auto close = m_catalog.suggest(f.region.find(':') != std::string::npos ? CatalogKind::CloudRegion
                                                                                   : CatalogKind::Region,
                                           f.region);
            error("unknown-region", "/facility/region",
                  "unknown region '" + f.region + "'"
                      + (close.empty() ? "" : "; did you mean " + joined(close) + "?"),
                  {"", {f.region, joined(close)}});
        }
    }
    if (f.year && (*f.year < 1990 || *f.year > 2100))
        return error("value-out-of-range", "/facility/year",
                     "year must be between 1990 and 2100, found " + std::to_string(*f.year),
                     {"year-between", {"1990", "2100", std::to_string(*f.year)}});
    resolveIntensity(gridRegion, cloud ? &*cloud : nullptr);
    resolvePue(cloud ? &*cloud : nullptr);
}

void Resolver::resolveIntensity(const std::string& gridRegion, const CloudRegionRecord* cloud)
{
    const FacilitySpec& f = m_scenario.facility;
    std::optional<double> cfe;
    if (checkPositive(f.carbonIntensityGPerKwh, "/facility/carbon_intensity_g_per_kwh", "carbon intensity")
        && f.carbonIntensityGPerKwh) {
        m_inputs.intensity = CarbonIntensity::fromGramsPerKilowattHour(*f.carbonIntensityGPerKwh);
        note("carbon_intensity", "Grid carbon intensity", *f.carbonIntensityGPerKwh, "gCO2e/kWh", "scenario",
             Origin::User);
    } else if (!f.carbonIntensityGPerKwh) {
        // A named source selects a grid series, so the provider's own figure is skipped then.
        std::optional<IntensityRecord> record =
            cloud && f.intensitySource.empty() ? m_catalog.cloudIntensity(cloud->id, f.year) : std::nullopt;
        if (record)
            cfe = record->cfeFraction;
        else if (!gridRegion.empty())
            record = m_catalog.intensity(gridRegion, f.year, f.intensitySource);
        if (record) {
            m_inputs.intensity = CarbonIntensity::fromGramsPerKilowattHour(record->gPerKwh);
            note("carbon_intensity",
                 "Grid carbon intensity, " + record->regionId + " " + std::to_string(record->year) + " ("
                     + record->basis + ")",
                 record->gPerKwh, "gCO2e/kWh", cite(record->source), Origin::Catalog,
                 {record->regionId, std::to_string(record->year), record->basis});
        } else if (!gridRegion.empty()) {
            error(
                "no-intensity",
                f.intensitySource.empty() ? "/facility/year" : "/facility/carbon_intensity_source",
                "no grid carbon intensity for '" + gridRegion + "'"
                    + (f.year ? " in " + std::to_string(*f.year) : std::string())
                    + (f.intensitySource.empty() ? std::string() : " from source '" + f.intensitySource + "'")
                    + "; give another year or source, or carbon_intensity_g_per_kwh",
                {"", {gridRegion, f.year ? std::to_string(*f.year) : std::string(), f.intensitySource}});
        } else if (f.region.empty()) {
            error("unknown-intensity", "/facility",
                  "give facility.region or facility.carbon_intensity_g_per_kwh");
        }
    }
    if (m_inputs.intensity.gramsPerKilowattHour() > kHighIntensity)
        warning("high-intensity", "/facility/carbon_intensity_g_per_kwh",
                "carbon intensity above 1,200 gCO2e/kWh is higher than any national grid",
                {"", {formatNumber(kHighIntensity)}});
    if (checkFraction(f.carbonFreeEnergyFraction, "/facility/carbon_free_energy_fraction",
                      "carbon-free energy fraction")
        && f.carbonFreeEnergyFraction) {
        m_inputs.carbonFreeFraction = *f.carbonFreeEnergyFraction;
        note("carbon_free_energy_fraction", "Carbon-free energy (market-based)", *f.carbonFreeEnergyFraction,
             "fraction", "scenario", Origin::User);
    } else if (cfe && !f.carbonIntensityGPerKwh) {
        m_inputs.carbonFreeFraction = *cfe;
        note("carbon_free_energy_fraction", "Carbon-free energy (provider CFE%)", *cfe, "fraction",
             "provider-published hourly CFE", Origin::Catalog);
    } else {
        note("carbon_free_energy_fraction", "Carbon-free energy (market-based)", 0.0, "fraction",
             "none known: market-based equals location-based", Origin::Default);
    }
}

void Resolver::resolvePue(const CloudRegionRecord* cloud)
{
    const FacilitySpec& f = m_scenario.facility;
    if (checkPositive(f.pue, "/facility/pue", "PUE") && f.pue) {
        m_inputs.pue = *f.pue;
        if (*f.pue < 1.0)
            error("value-out-of-range", "/facility/pue",
                  "PUE must be at least 1, found " + formatNumber(*f.pue),
                  {"at-least", {"1", formatNumber(*f.pue)}});
        else if (*f.pue > kHighPue)
            warning("high-pue", "/facility/pue", "PUE above 2 is unusual for a data centre today",
                    {"", {formatNumber(kHighPue)}});
        note("pue", "PUE", *f.pue, "ratio", "scenario", Origin::User);
        return;
    }
    if (f.pue)
        return;
    if (cloud && cloud->pue) {
        m_inputs.pue = *cloud->pue;
        note("pue", "PUE (" + cloud->id + ")", *cloud->pue, "ratio", cite(cloud->pueSource), Origin::Catalog,
             {cloud->id});
        return;
    }
    for (const std::string& provider : {cloud ? cloud->provider : std::string(), std::string("global")}) {
        if (provider.empty())
            continue;
        if (const auto d = m_catalog.pueDefault(provider)) {
            m_inputs.pue = d->pue;
            note("pue", provider == "global" ? "PUE (global default)" : "PUE (" + provider + " fleet)",
                 d->pue, "ratio", cite(d->source), Origin::Catalog,
                 provider == "global" ? std::vector<std::string>() : std::vector<std::string> {provider});
            return;
        }
    }
    m_inputs.pue = defaults::kPue.value;
    noteDefault("pue", "PUE (global default)", defaults::kPue);
}

void Resolver::resolveSearch()
{
    const SearchSpec& s = m_scenario.search;
    const bool ok = checkPositive(s.trials, "/search/trials", "trials", true)
        && checkPositive(s.meanTrialFraction, "/search/mean_trial_fraction", "mean trial fraction")
        && checkPositive(s.equivalentRuns, "/search/equivalent_runs", "equivalent runs", true)
        && checkPositive(s.configurations, "/search/configurations", "configurations")
        && checkPositive(s.minFraction, "/search/min_fraction", "minimum fraction");
    if (!ok)
        return;
    const double fraction = s.meanTrialFraction.value_or(1.0);
    if (fraction > 1.0)
        warning("long-trials", "/search/mean_trial_fraction",
                "trials longer than the final run (fraction " + formatNumber(fraction) + ")",
                {"", {formatNumber(fraction)}});
    SearchBudget budget;
    switch (s.method) {
    case SearchMethod::Trials:
    case SearchMethod::Random:
        budget = s.equivalentRuns ? SearchBudget {s.trials.value_or(0.0), *s.equivalentRuns}
                                  : randomSearch(s.trials.value_or(0.0), fraction);
        break;
    case SearchMethod::Grid:
        for (std::size_t i = 0; i < s.gridSizes.size(); ++i)
            checkPositive(s.gridSizes[i], "/search/grid_sizes/" + std::to_string(i), "grid size");
        budget = gridSearch(s.gridSizes, fraction);
        break;
    case SearchMethod::SuccessiveHalving:
    case SearchMethod::Hyperband: {
        const double eta = s.eta.value_or(3.0);
        const double minFraction = s.minFraction.value_or(0.0);
        if (eta <= 1.0 || !std::isfinite(eta))
            return error("value-out-of-range", "/search/eta",
                         "eta must be greater than 1, found " + formatNumber(eta),
                         {"greater-than", {"1", formatNumber(eta)}});
        if (!(minFraction > 0.0 && minFraction <= 1.0))
            return error("value-out-of-range", "/search/min_fraction", "min_fraction must be in (0, 1]",
                         s.minFraction
                             ? DiagnosticDetail {"above-at-most", {"0", "1", formatNumber(minFraction)}}
                             : DiagnosticDetail {"required", {}});
        if (s.method == SearchMethod::Hyperband)
            budget = hyperband(eta, minFraction, s.resume);
        else if (!s.configurations)
            return error("missing-value", "/search/configurations", "successive halving needs configurations",
                         {"configurations", {}});
        else
            budget = successiveHalving(*s.configurations, eta, minFraction, s.resume);
        break;
    }
    }
    m_estimate.searchBudget = budget;
    m_inputs.searchRuns = budget.equivalentRuns;
    if (budget.equivalentRuns > 0.0)
        note("search_runs", "Search compute (in full runs)", budget.equivalentRuns, "runs",
             "scenario search settings (methodology §6)", Origin::Derived);
}

void Resolver::resolveDevelopment()
{
    const auto& m = m_scenario.development.multiplier;
    if (m && !(std::isfinite(*m) && *m >= 1.0))
        return error("value-out-of-range", "/development/multiplier",
                     "development multiplier must be at least 1, found " + formatNumber(*m),
                     {"at-least", {"1", formatNumber(*m)}});
    m_inputs.developmentMultiplier = m.value_or(defaults::kDevelopmentMultiplier.value);
    if (m)
        note("development_multiplier", "Development multiplier", *m, "multiplier", "scenario", Origin::User);
}

void Resolver::resolveEmbodied()
{
    const EmbodiedSpec& e = m_scenario.embodied;
    const bool ok = checkPositive(e.lifetimeYears, "/embodied/lifetime_years", "lifetime")
        && checkPositive(e.perDeviceKgCo2e, "/embodied/per_device_kgco2e", "embodied emissions", true);
    if (!e.include || !ok)
        return;
    const std::optional<double> perDevice =
        e.perDeviceKgCo2e ? e.perDeviceKgCo2e : (m_device ? m_device->embodiedKgCo2e : std::nullopt);
    if (!perDevice)
        return warning(
            "embodied-unknown", "/embodied",
            "no embodied emissions known for this device: give embodied.per_device_kgco2e (left out)");
    const double years = e.lifetimeYears.value_or(defaults::kLifetimeYears.value);
    m_inputs.embodiedKgPerDeviceHour = *perDevice / (years * kHoursPerYear);
    note("embodied_per_device", "Embodied emissions per device", *perDevice, "kgCO2e",
         e.perDeviceKgCo2e ? "scenario" : m_device->embodiedSource,
         e.perDeviceKgCo2e ? Origin::User : Origin::Catalog);
    if (e.lifetimeYears)
        note("lifetime_years", "Device lifetime", years, "years", "scenario", Origin::User);
    else
        noteDefault("lifetime_years", "Device lifetime", defaults::kLifetimeYears);
}

void Resolver::resolveCost()
{
    const CostSpec& c = m_scenario.cost;
    if (checkPositive(c.pricePerDeviceHour, "/cost/price_per_device_hour", "price per device-hour", true)
        && c.pricePerDeviceHour) {
        m_inputs.pricePerDeviceHour = *c.pricePerDeviceHour;
        note("price_per_device_hour", "Price per device-hour", *c.pricePerDeviceHour, c.currency, "scenario",
             Origin::User);
    }
    if (checkPositive(c.carbonPricePerTonne, "/cost/carbon_price_per_tonne", "carbon price", true)
        && c.carbonPricePerTonne) {
        m_inputs.carbonPricePerTonne = *c.carbonPricePerTonne;
        note("carbon_price_per_tonne", "Carbon price per tonne", *c.carbonPricePerTonne, c.currency,
             "scenario", Origin::User);
    }
}

bool allFinite(const Figures& f)
{
    const ComponentFigures& t = f.total;
    for (const double v :
         {f.trainingFlops, f.mfu, f.wallClock.hours(), t.deviceTime.hours(), t.itEnergy.kilowattHours(),
          t.facilityEnergy.kilowattHours(), t.operational.kilograms(), t.marketBased.kilograms(),
          t.embodied.kilograms(), f.totalEmissions.kilograms(), f.totalCost}) {
        if (!std::isfinite(v))
            return false;
    }
    return true;
}

std::vector<EquivalentValue> equivalentsOf(Mass total, const Catalog& catalog)
{
    std::vector<EquivalentValue> out;
    for (const EquivalentRecord& e : catalog.equivalents()) {
        if (e.kgCo2ePerUnit > 0.0)
            out.push_back({e.id, e.name, e.unit, e.source, total.kilograms() / e.kgCo2ePerUnit});
    }
    return out;
}

} // namespace

Estimate estimate(const Scenario& scenario, const Catalog& catalog)
{
    Estimate result;
    result.name = scenario.name;
    result.currency = scenario.cost.currency;
    result.dataVersion = catalog.dataVersion();
    Resolver(scenario, catalog, result).run();
    if (!result.valid())
        return result;
    result.figures = computeFigures(result.inputs);
    if (!allFinite(result.figures)) {
        result.diagnostics.push_back(Diagnostic::error(
            "result-overflow", "", "the inputs are too large: a result is not a finite number"));
        result.figures = Figures {};
        return result;
    }
    if (result.inputs.fixedDeviceHours > 0.0 && result.figures.mfu > 0.0)
        result.assumptions.push_back({"implied_mfu",
                                      "Implied MFU (from the runtime)",
                                      result.figures.mfu,
                                      "",
                                      "fraction",
                                      "FLOPs / (peak × device-seconds)",
                                      Origin::Derived,
                                      {}});
    result.equivalents = equivalentsOf(result.figures.totalEmissions, catalog);
    return result;
}

} // namespace aicarbon
