// SPDX-License-Identifier: GPL-3.0-or-later
#include "perturbation.h"

#include <algorithm>
#include <cmath>

namespace aicarbon {

namespace {

double get(const ResolvedInputs& in, ResolvedField f) noexcept
{
    switch (f) {
    case ResolvedField::TrainingFlops:
        return in.trainingFlops;
    case ResolvedField::PeakFlops:
        return in.peakFlopsPerSecond;
    case ResolvedField::Mfu:
        return in.mfu;
    case ResolvedField::DeviceCount:
        return in.deviceCount;
    case ResolvedField::FixedDeviceHours:
        return in.fixedDeviceHours;
    case ResolvedField::DevicePowerW:
        return in.devicePower.watts();
    case ResolvedField::HostPowerW:
        return in.hostPower.watts();
    case ResolvedField::Pue:
        return in.pue;
    case ResolvedField::IntensityGPerKwh:
        return in.intensity.gramsPerKilowattHour();
    case ResolvedField::CarbonFreeFraction:
        return in.carbonFreeFraction;
    case ResolvedField::SearchRuns:
        return in.searchRuns;
    case ResolvedField::DevelopmentMultiplier:
        return in.developmentMultiplier;
    case ResolvedField::EmbodiedKgPerDeviceHour:
        return in.embodiedKgPerDeviceHour;
    case ResolvedField::PricePerDeviceHour:
        return in.pricePerDeviceHour;
    case ResolvedField::CarbonPricePerTonne:
        break;
    }
    return in.carbonPricePerTonne;
}

/// Sets a field, keeping the invariants of ResolvedInputs (values a wide draw could break).
void set(ResolvedInputs& in, ResolvedField f, double v) noexcept
{
    v = std::max(v, 0.0);
    switch (f) {
    case ResolvedField::TrainingFlops:
        in.trainingFlops = v;
        return;
    case ResolvedField::PeakFlops:
        in.peakFlopsPerSecond = v;
        return;
    case ResolvedField::Mfu:
        in.mfu = std::clamp(v, 1e-6, 1.0);
        return;
    case ResolvedField::DeviceCount:
        in.deviceCount = std::max(v, 1.0);
        return;
    case ResolvedField::FixedDeviceHours:
        in.fixedDeviceHours = v;
        return;
    case ResolvedField::DevicePowerW:
        in.devicePower = Power::fromWatts(v);
        return;
    case ResolvedField::HostPowerW:
        in.hostPower = Power::fromWatts(v);
        return;
    case ResolvedField::Pue:
        in.pue = std::max(v, 1.0);
        return;
    case ResolvedField::IntensityGPerKwh:
        in.intensity = CarbonIntensity::fromGramsPerKilowattHour(v);
        return;
    case ResolvedField::CarbonFreeFraction:
        in.carbonFreeFraction = std::min(v, 1.0);
        return;
    case ResolvedField::SearchRuns:
        in.searchRuns = v;
        return;
    case ResolvedField::DevelopmentMultiplier:
        in.developmentMultiplier = std::max(v, 1.0);
        return;
    case ResolvedField::EmbodiedKgPerDeviceHour:
        in.embodiedKgPerDeviceHour = v;
        return;
    case ResolvedField::PricePerDeviceHour:
        in.pricePerDeviceHour = v;
        return;
    case ResolvedField::CarbonPricePerTonne:
        in.carbonPricePerTonne = v;
        return;
    }
}

} // namespace

std::vector<FieldEffect> effectsOf(std::size_t input, double low, double high, const ResolvedInputs& central,
                                   const ResolvedInputs& atLow, const ResolvedInputs& atHigh)
{
    std::vector<FieldEffect> out;
    for (std::size_t i = 0; i < kResolvedFieldCount; ++i) {
        const auto f = static_cast<ResolvedField>(i);
        const double l = get(atLow, f);
        const double h = get(atHigh, f);
        if (l != get(central, f) || h != get(central, f))
            out.push_back({input, f, low, l, (h - l) / (high - low)});
    }
    return out;
}

Perturbation::Perturbation(const ResolvedInputs& central, std::vector<FieldEffect> effects)
    : m_central(central)
    , m_effects(std::move(effects))
{
    for (std::size_t i = 0; i < kResolvedFieldCount; ++i)
        m_centralValues[i] = get(central, static_cast<ResolvedField>(i));
}

ResolvedInputs Perturbation::apply(const double* values) const noexcept
{
    std::array<double, kResolvedFieldCount> v = m_centralValues;
    for (const FieldEffect& e : m_effects) {
        const auto i = static_cast<std::size_t>(e.field);
        const double moved = e.atLow + (values[e.input] - e.low) * e.slope;
        if (m_centralValues[i] != 0.0)
            v[i] *= moved / m_centralValues[i];
        else
            v[i] += moved;
    }
    ResolvedInputs in = m_central;
    for (const FieldEffect& e : m_effects)
        set(in, e.field, v[static_cast<std::size_t>(e.field)]);
    return in;
}

} // namespace aicarbon
