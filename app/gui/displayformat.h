// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "units.h"

#include <QLocale>
#include <QString>

namespace aicarbon {

enum class MassUnit
{
    Automatic,
    Kilograms,
    Tonnes,
    Pounds
};
enum class EnergyUnit
{
    Automatic,
    KilowattHours,
    MegawattHours
};

/// The central interval the uncertainty views show, p5 to p95, in percent ("90% interval").
inline constexpr int kIntervalPercent = 90;

/// Superscript digits of an exponent, for "× 10²³".
QString superscript(int exponent);
/// `significant` digits with trailing zeros dropped; from 10⁶ on as "1.75 × 10¹¹".
QString formatScientific(double value, const QLocale& locale, int significant = 4);

/// A value scaled to a unit, for axes and tables that need one unit for several values.
struct ScaledUnit
{
    double divisor = 1.0; ///< value in the base unit / divisor = value in this unit
    QString symbol;
};

/// Locale-aware display of the engine's quantities (decimal comma where the locale has
/// one) with the user's unit preferences. Three significant digits unless stated.
class DisplayFormat
{
public:
    DisplayFormat() = default;
    DisplayFormat(const QLocale& locale, MassUnit mass, EnergyUnit energy);

    QString mass(Mass value) const; ///< "652 kg", "1.2 t", "1,438 lb"
    QString energy(Energy value) const; ///< "954 kWh", "1.51 MWh", "1.29 GWh"
    QString duration(Duration value) const; ///< "45 min", "79.2 h", "14.8 days", "3.1 years"
    QString flops(double value) const; ///< "3.15 × 10²³ FLOP"
    QString intensity(CarbonIntensity value) const; ///< "433 g/kWh"
    QString number(double value, int significant = 3) const;
    QString count(double value) const; ///< grouped whole number, "5,069"
    QString percentChange(double value, double reference) const; ///< "+12.3 %", "−5.0 %"
    QString money(double amount, const QString& currency) const;

    /// The unit that suits the largest of some masses (kg base) or energies (kWh base).
    ScaledUnit massUnitFor(double largestKilograms) const;
    ScaledUnit energyUnitFor(double largestKilowattHours) const;
    /// The unit duration() uses for `hours` (hours base): min, h, days or years.
    ScaledUnit durationUnitFor(double hours) const;
    /// Two bounds in one unit, "41–95 t" (values in the unit's base).
    QString range(double low, double high, const ScaledUnit& unit) const;
    /// "1,200–2,000 USD".
    QString moneyRange(double low, double high, const QString& currency) const;

    const QLocale& locale() const { return m_locale; }

private:
    QLocale m_locale;
    MassUnit m_mass = MassUnit::Automatic;
    EnergyUnit m_energy = EnergyUnit::Automatic;
};

} // namespace aicarbon
