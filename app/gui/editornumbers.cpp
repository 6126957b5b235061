// SPDX-License-Identifier: GPL-3.0-or-later
#include "editornumbers.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace aicarbon {

namespace {

QString withoutSpaces(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

bool hasExponent(const QString& text)
{
    return text.contains(QLatin1Char('e'), Qt::CaseInsensitive);
}

/// Locale first; a point-decimal scientific literal ("1.75e11") is accepted everywhere.
std::optional<double> readDouble(const QString& text, const QLocale& locale)
{
    bool ok = false;
    double value = locale.toDouble(text, &ok);
    if (!ok && hasExponent(text))
        value = QLocale::c().toDouble(text, &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

/// A number, or a fraction of two ("1/81", handy for budgets).
std::optional<double> readNumberOrFraction(const QString& text, const QLocale& locale)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return readDouble(text, locale);
    const std::optional<double> numerator = readDouble(text.left(slash), locale);
    const std::optional<double> denominator = readDouble(text.mid(slash + 1), locale);
    if (!numerator || !denominator || *denominator == 0.0)
        return std::nullopt;
    return *numerator / *denominator;
}

/// "1.75E+11" → "1.75e11", "1e-05" → "1e-5".
QString tidyExponent(QString text)
{
    static const QRegularExpression exponent(QStringLiteral("[eE]([+-]?)0*(\\d+)$"));
    const QRegularExpressionMatch m = exponent.match(text);
    if (!m.hasMatch())
        return text;
    const QString sign = m.captured(1) == QLatin1String("-") ? QStringLiteral("-") : QString();
    return text.left(m.capturedStart()) + QLatin1Char('e') + sign + m.captured(2);
}

} // namespace

ParsedNumber parseEditorNumber(const QString& text, const QLocale& locale, bool integer)
{
    const QString compact = withoutSpaces(text);
    if (compact.isEmpty())
        return {true, std::nullopt, {}};
    const std::optional<double> value = readNumberOrFraction(compact, locale);
    if (!value)
        return {false, std::nullopt,
                QCoreApplication::translate("ScenarioEditor", "“%1” is not a number").arg(text.trimmed())};
    if (!std::isfinite(*value))
        return {false, std::nullopt,
                QCoreApplication::translate("ScenarioEditor", "the number must be finite")};
    if (integer && (std::floor(*value) != *value || std::abs(*value) > 1e9))
        return {false, std::nullopt,
                QCoreApplication::translate("ScenarioEditor", "a whole number is needed")};
    return {true, value, {}};
}

QString formatEditorNumber(double value, const QLocale& locale)
{
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    const double magnitude = std::abs(value);
    if (magnitude != 0.0 && (magnitude >= 1e7 || magnitude < 1e-4))
        return tidyExponent(plain.toString(value, 'e', QLocale::FloatingPointShortest));
    return plain.toString(value, 'f', QLocale::FloatingPointShortest);
}

ParsedList parseEditorList(const QString& text, const QLocale& locale)
{
    static const QRegularExpression separators(QStringLiteral("[\\s;×xX*]+"));
    ParsedList out {true, {}, {}};
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const ParsedNumber n = parseEditorNumber(part, locale);
        if (!n.ok || !n.value)
            return {false, {}, n.error};
        out.values.push_back(*n.value);
    }
    return out;
}

QString formatEditorList(const std::vector<double>& values, const QLocale& locale)
{
    QStringList parts;
    for (const double v : values)
        parts << formatEditorNumber(v, locale);
    return parts.join(QStringLiteral(" × "));
}

} // namespace aicarbon
