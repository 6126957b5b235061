// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputrange.h"

#include <cstdint>

// Portable random numbers for uncertainty draws: the same seed gives the same draws on
// every compiler and standard library (std:: distributions do not promise that).

namespace aicarbon {

/// xoshiro256** (Blackman and Vigna 2018), seeded through splitmix64.
class Random
{
public:
    /// Any 64-bit seed; equal seeds give equal streams.
    explicit Random(std::uint64_t seed) noexcept;
    /// The next 64 random bits.
    std::uint64_t next() noexcept;
    /// Uniform in the open interval (0, 1), 53-bit resolution.
    double uniform() noexcept;
    /// Uniform integer in [0, bound), bound ≥ 1.
    std::uint32_t below(std::uint32_t bound) noexcept;

private:
    std::uint64_t m_state[4];
};

/// Inverse of the standard normal CDF for p in (0, 1) (Acklam's rational approximation,
/// relative error below 1.2e-9).
double inverseNormalCdf(double p) noexcept;

/// Standard normal CDF.
double normalCdf(double x) noexcept;

/// The value at quantile u ∈ (0, 1) of `range` around `central` (mode, mean or median
/// according to the distribution; see InputRange).
double quantileOf(const InputRange& range, double central, double u) noexcept;

} // namespace aicarbon
