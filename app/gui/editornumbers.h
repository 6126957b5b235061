// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <optional>
#include <vector>

namespace aicarbon {

/// The result of reading a number the user typed.
struct ParsedNumber
{
    bool ok = false; ///< false: `error` says why
    std::optional<double> value; ///< nullopt for an empty field ("not set")
    QString error; ///< translated reason when !ok
};

/// Reads a number in `locale` ("0,4" in German), in scientific notation ("1.75e11", also
/// with a point in comma locales), or a fraction ("1/81"). Empty text is "not set".
/// Spaces are ignored; infinities and NaN are rejected. `integer` also rejects fractions.
ParsedNumber parseEditorNumber(const QString& text, const QLocale& locale, bool integer = false);

/// The shortest text that reads back as exactly `value` in `locale`, without group
/// separators; large and small values in scientific notation ("1.75e11").
QString formatEditorNumber(double value, const QLocale& locale);

/// A list of numbers separated by spaces, ';', '×' or 'x' ("3 × 4 × 5"); grid sizes.
struct ParsedList
{
    bool ok = false;
    std::vector<double> values;
    QString error;
};
ParsedList parseEditorList(const QString& text, const QLocale& locale);
QString formatEditorList(const std::vector<double>& values, const QLocale& locale);

} // namespace aicarbon
