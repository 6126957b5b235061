// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Strong unit types. Each stores one SI-based value; named constructors and
// accessors carry the unit, so kW and kWh (or kg and lb) cannot be mixed silently.
// A product of two different units goes through a named function below.

namespace aicarbon {

inline constexpr double kKilogramsPerPound = 0.45359237; // exact, by international agreement (1959)
inline constexpr double kHoursPerYear = 8766.0; // 365.25 days

/// Arithmetic shared by all quantities of one kind (CRTP keeps the kinds distinct).
template<class Derived>
class Quantity
{
public:
    constexpr Derived operator+(Derived other) const { return Derived::raw(m_value + other.m_value); }
    constexpr Derived operator-(Derived other) const { return Derived::raw(m_value - other.m_value); }
    constexpr Derived operator*(double factor) const { return Derived::raw(m_value * factor); }
    constexpr Derived operator/(double divisor) const { return Derived::raw(m_value / divisor); }
    constexpr double operator/(Derived other) const { return m_value / other.m_value; }
    constexpr Derived& operator+=(Derived other)
    {
        m_value += other.m_value;
        return static_cast<Derived&>(*this);
    }
    // Explicit comparisons: <compare> pulls in <concepts>, which Qt 6.4's moc cannot parse.
    constexpr bool operator==(const Quantity& other) const { return m_value == other.m_value; }
    constexpr bool operator!=(const Quantity& other) const { return m_value != other.m_value; }
    constexpr bool operator<(const Quantity& other) const { return m_value < other.m_value; }
    constexpr bool operator>(const Quantity& other) const { return m_value > other.m_value; }
    constexpr bool operator<=(const Quantity& other) const { return m_value <= other.m_value; }
    constexpr bool operator>=(const Quantity& other) const { return m_value >= other.m_value; }

protected:
    constexpr Quantity() = default;
    constexpr explicit Quantity(double value)
        : m_value(value)
    { }
    static constexpr Derived raw(double value)
    {
        Derived d;
        d.m_value = value;
        return d;
    }
    double m_value = 0.0;
};

/// A span of time; stored in seconds.
class Duration : public Quantity<Duration>
{
public:
    constexpr Duration() = default;
    static constexpr Duration fromSeconds(double s) { return raw(s); }
    static constexpr Duration fromHours(double h) { return raw(h * 3600.0); }
    static constexpr Duration fromDays(double d) { return raw(d * 86400.0); }
    constexpr double seconds() const { return m_value; }
    constexpr double hours() const { return m_value / 3600.0; }
    constexpr double days() const { return m_value / 86400.0; }
    friend class Quantity<Duration>;
};

/// Electrical power; stored in watts.
class Power : public Quantity<Power>
{
public:
    constexpr Power() = default;
    static constexpr Power fromWatts(double w) { return raw(w); }
    static constexpr Power fromKilowatts(double kw) { return raw(kw * 1000.0); }
    constexpr double watts() const { return m_value; }
    constexpr double kilowatts() const { return m_value / 1000.0; }
    friend class Quantity<Power>;
};

/// Electrical energy; stored in kilowatt-hours (the unit every source uses).
class Energy : public Quantity<Energy>
{
public:
    constexpr Energy() = default;
    static constexpr Energy fromKilowattHours(double kwh) { return raw(kwh); }
    static constexpr Energy fromMegawattHours(double mwh) { return raw(mwh * 1000.0); }
    constexpr double kilowattHours() const { return m_value; }
    constexpr double megawattHours() const { return m_value / 1000.0; }
    friend class Quantity<Energy>;
};

/// A mass of CO2-equivalent; stored in kilograms.
class Mass : public Quantity<Mass>
{
public:
    constexpr Mass() = default;
    static constexpr Mass fromKilograms(double kg) { return raw(kg); }
    static constexpr Mass fromGrams(double g) { return raw(g / 1000.0); }
    static constexpr Mass fromTonnes(double t) { return raw(t * 1000.0); }
    static constexpr Mass fromPounds(double lb) { return raw(lb * kKilogramsPerPound); }
    constexpr double kilograms() const { return m_value; }
    constexpr double tonnes() const { return m_value / 1000.0; }
    constexpr double pounds() const { return m_value / kKilogramsPerPound; }
    friend class Quantity<Mass>;
};

/// Carbon intensity of electricity; stored in gCO2e per kWh.
class CarbonIntensity : public Quantity<CarbonIntensity>
{
public:
    constexpr CarbonIntensity() = default;
    static constexpr CarbonIntensity fromGramsPerKilowattHour(double g) { return raw(g); }
    static constexpr CarbonIntensity fromPoundsPerKilowattHour(double lb)
    {
        return raw(lb * kKilogramsPerPound * 1000.0);
    }
    constexpr double gramsPerKilowattHour() const { return m_value; }
    friend class Quantity<CarbonIntensity>;
};

/// Energy drawn by a constant average power over a duration (kW × h = kWh).
constexpr Energy energyOver(Power power, Duration duration)
{
    return Energy::fromKilowattHours(power.kilowatts() * duration.hours());
}

/// Emissions of an amount of electricity at a carbon intensity (kWh × g/kWh = g).
constexpr Mass emissionsOf(Energy energy, CarbonIntensity intensity)
{
    return Mass::fromGrams(energy.kilowattHours() * intensity.gramsPerKilowattHour());
}

} // namespace aicarbon
