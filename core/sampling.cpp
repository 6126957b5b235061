// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampling.h"

#include <cmath>

namespace aicarbon {

namespace {

/// z of the 95% quantile of the standard normal: low/high are ±1.645 σ, so σ = (high − low)/3.29.
constexpr double kSpanInSigmas = 3.29;

std::uint64_t splitmix64(std::uint64_t& x) noexcept
{
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

constexpr std::uint64_t rotl(std::uint64_t x, int k) noexcept
{
    return (x << k) | (x >> (64 - k));
}

double triangular(double a, double c, double b, double u) noexcept
{
    const double split = (c - a) / (b - a);
    return u < split ? a + std::sqrt(u * (b - a) * (c - a)) : b - std::sqrt((1.0 - u) * (b - a) * (b - c));
}

double truncatedNormal(double a, double mean, double b, double u) noexcept
{
    const double sigma = (b - a) / kSpanInSigmas;
    const double pa = normalCdf((a - mean) / sigma);
    const double pb = normalCdf((b - mean) / sigma);
    const double x = mean + sigma * inverseNormalCdf(pa + u * (pb - pa));
    return std::fmin(b, std::fmax(a, x));
}

double lognormal(double a, double median, double b, double u) noexcept
{
    const double sigma = std::log(b / a) / kSpanInSigmas;
    return median * std::exp(sigma * inverseNormalCdf(u));
}

} // namespace

Random::Random(std::uint64_t seed) noexcept
{
    for (std::uint64_t& s : m_state)
        s = splitmix64(seed);
}

std::uint64_t Random::next() noexcept
{
    const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

double Random::uniform() noexcept
{
    return (double(next() >> 11) + 0.5) * 0x1.0p-53;
}

std::uint32_t Random::below(std::uint32_t bound) noexcept
{
    return static_cast<std::uint32_t>((next() >> 32) * bound >> 32);
}

double inverseNormalCdf(double p) noexcept
{
    constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
                            1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                            6.680131188771972e+01, -1.328068155288572e+01};
    constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                            -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                            3.754408661907416e+00};
    constexpr double pLow = 0.02425;
    const auto tail = [&](double q) {
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    };
    if (p < pLow)
        return tail(std::sqrt(-2.0 * std::log(p)));
    if (p > 1.0 - pLow)
        return -tail(std::sqrt(-2.0 * std::log(1.0 - p)));
    const double q = p - 0.5;
    const double r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
        / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0);
}

double normalCdf(double x) noexcept
{
    return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

double quantileOf(const InputRange& range, double central, double u) noexcept
{
    const double a = range.low;
    const double b = range.high;
    if (!(b > a))
        return central;
    switch (range.distribution) {
    case Distribution::Uniform:
        break;
    case Distribution::Triangular:
        return triangular(a, central, b, u);
    case Distribution::Normal:
        return truncatedNormal(a, central, b, u);
    case Distribution::Lognormal:
        return lognormal(a, central, b, u);
    }
    return a + u * (b - a);
}

} // namespace aicarbon
