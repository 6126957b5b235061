// SPDX-License-Identifier: GPL-3.0-or-later
#include "displayformat.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace aicarbon {

namespace {

QString trimmed(QString text, const QLocale& locale)
{
    const QString point = locale.decimalPoint();
    if (!text.contains(point))
        return text;
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(point))
        text.chop(point.size());
    return text;
}

QString plainNumber(double value, const QLocale& locale, int significant)
{
    if (value == 0.0)
        return locale.toString(0);
    const int magnitude = static_cast<int>(std::floor(std::log10(std::abs(value))));
    return trimmed(locale.toString(value, 'f', std::max(0, significant - 1 - magnitude)), locale);
}

} // namespace

/// Superscript digits for "× 10²³".
QString superscript(int exponent)
{
    static const QString digits = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    QString out = exponent < 0 ? QStringLiteral("⁻") : QString();
    for (const QChar c : QString::number(std::abs(exponent)))
        out += digits.at(c.digitValue());
    return out;
}

QString formatScientific(double value, const QLocale& locale, int significant)
{
    if (!std::isfinite(value) || std::abs(value) < 1e6)
        return plainNumber(value, locale, significant);
    int exponent = static_cast<int>(std::floor(std::log10(std::abs(value))));
    QString mantissa = plainNumber(value / std::pow(10.0, exponent), locale, significant);
    if (mantissa == locale.toString(10) || mantissa == locale.toString(-10)) { // 9.9999 rounded up
        ++exponent;
        mantissa = plainNumber(value / std::pow(10.0, exponent), locale, significant);
    }
    return mantissa + QStringLiteral(" × 10") + superscript(exponent);
}

DisplayFormat::DisplayFormat(const QLocale& locale, MassUnit mass, EnergyUnit energy)
    : m_locale(locale)
    , m_mass(mass)
    , m_energy(energy)
{ }

QString DisplayFormat::number(double value, int significant) const
{
    if (value == 0.0 || !std::isfinite(value))
        return m_locale.toString(value);
    const int magnitude = static_cast<int>(std::floor(std::log10(std::abs(value))));
    if (magnitude >= significant - 1) {
        // Whole numbers: round to the significant digits (12,345 → 12,300 for 3).
        const double factor = std::pow(10.0, magnitude - significant + 1);
        return m_locale.toString(std::round(value / factor) * factor, 'f', 0);
    }
    return m_locale.toString(value, 'f', significant - 1 - magnitude);
}

QString DisplayFormat::count(double value) const
{
    return m_locale.toString(std::round(value), 'f', 0);
}

ScaledUnit DisplayFormat::massUnitFor(double kg) const
{
    switch (m_mass) {
    case MassUnit::Kilograms:
        return {1.0, QCoreApplication::translate("DisplayFormat", "kg")};
    case MassUnit::Tonnes:
        return {1000.0, QCoreApplication::translate("DisplayFormat", "t")};
    case MassUnit::Pounds:
        return {kKilogramsPerPound, QCoreApplication::translate("DisplayFormat", "lb")};
    case MassUnit::Automatic:
        break;
    }
    if (std::abs(kg) >= 1e6)
        return {1e6, QCoreApplication::translate("DisplayFormat", "kt")};
    if (std::abs(kg) >= 1e3)
        return {1e3, QCoreApplication::translate("DisplayFormat", "t")};
    if (std::abs(kg) > 0.0 && std::abs(kg) < 1.0)
        return {1e-3, QCoreApplication::translate("DisplayFormat", "g")};
    return {1.0, QCoreApplication::translate("DisplayFormat", "kg")};
}

ScaledUnit DisplayFormat::energyUnitFor(double kwh) const
{
    if (m_energy == EnergyUnit::KilowattHours)
        return {1.0, QCoreApplication::translate("DisplayFormat", "kWh")};
    if (m_energy == EnergyUnit::MegawattHours)
        return {1e3, QCoreApplication::translate("DisplayFormat", "MWh")};
    if (std::abs(kwh) >= 1e9)
        return {1e9, QCoreApplication::translate("DisplayFormat", "TWh")};
    if (std::abs(kwh) >= 1e6)
        return {1e6, QCoreApplication::translate("DisplayFormat", "GWh")};
    if (std::abs(kwh) >= 1e3)
        return {1e3, QCoreApplication::translate("DisplayFormat", "MWh")};
    return {1.0, QCoreApplication::translate("DisplayFormat", "kWh")};
}

ScaledUnit DisplayFormat::durationUnitFor(double hours) const
{
    if (hours < 1.0)
        return {1.0 / 60.0, QCoreApplication::translate("DisplayFormat", "min")};
    if (hours < 72.0)
        return {1.0, QCoreApplication::translate("DisplayFormat", "h")};
    if (hours < 2.0 * kHoursPerYear)
        return {24.0, QCoreApplication::translate("DisplayFormat", "days")};
    return {kHoursPerYear, QCoreApplication::translate("DisplayFormat", "years")};
}

QString DisplayFormat::range(double low, double high, const ScaledUnit& unit) const
{
    return number(low / unit.divisor) + QChar(0x2013) + number(high / unit.divisor) + QChar(0x202F)
        + unit.symbol;
}

QString DisplayFormat::moneyRange(double low, double high, const QString& currency) const
{
    return money(low, QString()) + QChar(0x2013) + money(high, currency);
}

QString DisplayFormat::mass(Mass value) const
{
    const ScaledUnit unit = massUnitFor(value.kilograms());
    return number(value.kilograms() / unit.divisor) + QChar(0x202F) + unit.symbol;
}

QString DisplayFormat::energy(Energy value) const
{
    const ScaledUnit unit = energyUnitFor(value.kilowattHours());
    return number(value.kilowattHours() / unit.divisor) + QChar(0x202F) + unit.symbol;
}

QString DisplayFormat::duration(Duration value) const
{
    const double hours = value.hours();
    if (hours < 1.0)
        return QCoreApplication::translate("DisplayFormat", "%1 min").arg(number(hours * 60.0));
    if (hours < 72.0)
        return QCoreApplication::translate("DisplayFormat", "%1 h").arg(number(hours));
    if (hours < 2.0 * kHoursPerYear)
        return QCoreApplication::translate("DisplayFormat", "%1 days").arg(number(value.days()));
    return QCoreApplication::translate("DisplayFormat", "%1 years").arg(number(hours / kHoursPerYear));
}

QString DisplayFormat::flops(double value) const
{
    if (value <= 0.0)
        return QCoreApplication::translate("DisplayFormat", "unknown");
    const int exponent = static_cast<int>(std::floor(std::log10(value)));
    return QCoreApplication::translate("DisplayFormat", "%1 × 10%2 FLOP")
        .arg(m_locale.toString(value / std::pow(10.0, exponent), 'f', 2), superscript(exponent));
}

QString DisplayFormat::intensity(CarbonIntensity value) const
{
    return QCoreApplication::translate("DisplayFormat", "%1 g/kWh").arg(number(value.gramsPerKilowattHour()));
}

QString DisplayFormat::percentChange(double value, double reference) const
{
    if (reference == 0.0)
        return value == 0.0 ? QStringLiteral("0 %") : QStringLiteral("—");
    const double change = (value / reference - 1.0) * 100.0;
    const QString magnitude = m_locale.toString(std::abs(change), 'f', 1);
    if (std::abs(change) < 0.05)
        return QStringLiteral("0 %");
    return (change > 0 ? QStringLiteral("+") : QStringLiteral("−")) + magnitude + QStringLiteral(" %");
}

QString DisplayFormat::money(double amount, const QString& currency) const
{
    const QString value = std::abs(amount) >= 100.0 ? count(amount) : m_locale.toString(amount, 'f', 2);
    return currency.isEmpty() ? value : value + QChar(0x202F) + currency;
}

} // namespace aicarbon
