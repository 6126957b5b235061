// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures.h"

#include <array>
#include <cstddef>
#include <vector>

namespace aicarbon {

/// The fields of ResolvedInputs that a ranged scenario input can move.
enum class ResolvedField
{
    TrainingFlops,
    PeakFlops,
    Mfu,
    DeviceCount,
    FixedDeviceHours,
    DevicePowerW,
    HostPowerW,
    Pue,
    IntensityGPerKwh,
    CarbonFreeFraction,
    SearchRuns,
    DevelopmentMultiplier,
    EmbodiedKgPerDeviceHour,
    PricePerDeviceHour,
    CarbonPricePerTonne,
};
inline constexpr std::size_t kResolvedFieldCount = 15;

/// One ranged input's effect on one resolved field: affine between the field's values
/// when the scenario is resolved with the input at its low and at its high bound.
struct FieldEffect
{
    std::size_t input = 0; ///< index of the ranged input
    ResolvedField field = ResolvedField::Mfu;
    double low = 0.0; ///< the input's low bound
    double atLow = 0.0; ///< the field at the input's low bound
    double slope = 0.0; ///< d field / d input
};

/// The effects of input `input` (bounds low < high): one per field that differs between
/// the three resolutions.
std::vector<FieldEffect> effectsOf(std::size_t input, double low, double high, const ResolvedInputs& central,
                                   const ResolvedInputs& atLow, const ResolvedInputs& atHigh);

/// Maps values of the ranged inputs to resolved inputs without allocating: several
/// effects on one field combine as factors on its central value (exact for products such
/// as k·N·D or u·TDP), or add when the central value is 0.
class Perturbation
{
public:
    Perturbation(const ResolvedInputs& central, std::vector<FieldEffect> effects);
    /// Resolved inputs for `values` (one per ranged input, in input order).
    ResolvedInputs apply(const double* values) const noexcept;
    const ResolvedInputs& central() const { return m_central; }

private:
    ResolvedInputs m_central;
    std::array<double, kResolvedFieldCount> m_centralValues {};
    std::vector<FieldEffect> m_effects;
};

} // namespace aicarbon
