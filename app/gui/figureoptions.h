// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figurespec.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <string>

namespace aicarbon {

/// `aicarbon-cli figure PROJECT --chart KIND --output FILE [...]`, parsed.
struct FigureOptions
{
    FigureSpec spec;
    QString project; ///< the scenario or project file
    QString output; ///< .pdf, .svg or .png
    int scenario = 1; ///< --scenario N, 1-based (regions, devices)
    std::string catalogPath; ///< --catalog
    std::string userCatalogPath; ///< --user-catalog
    bool help = false;
    bool uncertainty = false; ///< --uncertainty: error bars of the 90% intervals
    bool defaultRanges = true; ///< --no-default-ranges: only the scenarios' own ranges
    std::optional<std::size_t> draws; ///< --draws N
    std::optional<std::uint64_t> seed; ///< --seed S
};

/// True when the first argument that is not an option or an option's value is "figure".
bool isFigureCommand(int argc, char** argv);

/// Parses the arguments after the program name. Returns an English message for bad
/// usage, or nullopt.
std::optional<QString> parseFigureOptions(const QStringList& arguments, FigureOptions& options);

/// The text of `aicarbon-cli figure --help`.
QString figureUsage();

} // namespace aicarbon
