// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sweep.h"

#include <QString>
#include <QStringList>

#include <cstddef>
#include <string>
#include <vector>

namespace aicarbon {

/// Which regions of a ranking the what-if view shows.
struct RegionFilter
{
    enum class Group
    {
        All,
        Grids,
        Provider
    };
    Group group = Group::All;
    QString provider; ///< with Group::Provider: "aws", "gcp", …
    QString
        text; ///< part of the name (localised or English), id or country, any case and accents; empty = all
    int count = 20; ///< N of "top/bottom N"
    bool highest = false; ///< the N highest instead of the N lowest
    std::string keep; ///< id shown even beyond the N (the current region), if it matches
};

/// Indices into `ranked` (ordered by emissions, lowest first) of the regions to show, in
/// display order: lowest first, or highest first with `highest`.
std::vector<std::size_t> selectRegions(const std::vector<SweepPoint>& ranked, const RegionFilter& filter);

/// The cloud providers among the points, sorted.
QStringList regionProviders(const std::vector<SweepPoint>& points);

/// Lower case without accents, for matching ("Québec" → "quebec").
QString foldedText(const QString& text);

} // namespace aicarbon
