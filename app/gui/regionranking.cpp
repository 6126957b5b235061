// SPDX-License-Identifier: GPL-3.0-or-later
#include "regionranking.h"

#include <algorithm>

namespace aicarbon {

namespace {

bool matches(const SweepPoint& p, const RegionFilter& filter, const QString& foldedNeedle)
{
    if (filter.group == RegionFilter::Group::Grids && !p.group.empty())
        return false;
    if (filter.group == RegionFilter::Group::Provider && QString::fromStdString(p.group) != filter.provider)
        return false;
    if (foldedNeedle.isEmpty())
        return true;
    for (const std::string* field : {&p.name, &p.id, &p.country, &p.aliases}) {
        if (foldedText(QString::fromStdString(*field)).contains(foldedNeedle))
            return true;
    }
    return false;
}

} // namespace

QString foldedText(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c;
    }
    return folded.toCaseFolded();
}

std::vector<std::size_t> selectRegions(const std::vector<SweepPoint>& ranked, const RegionFilter& filter)
{
    const QString needle = foldedText(filter.text.trimmed());
    std::vector<std::size_t> matching;
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        if (matches(ranked[i], filter, needle))
            matching.push_back(i);
    }
    if (filter.highest)
        std::reverse(matching.begin(), matching.end());
    const auto n = static_cast<std::size_t>(std::max(0, filter.count));
    std::vector<std::size_t> shown(
        matching.begin(), matching.begin() + static_cast<std::ptrdiff_t>(std::min(n, matching.size())));
    const auto kept = std::find_if(matching.begin(), matching.end(),
                                   [&](std::size_t i) { return ranked[i].id == filter.keep; });
    if (kept != matching.end() && std::find(shown.begin(), shown.end(), *kept) == shown.end())
        shown.push_back(*kept);
    return shown;
}

QStringList regionProviders(const std::vector<SweepPoint>& points)
{
    QStringList providers;
    for (const SweepPoint& p : points) {
        const QString provider = QString::fromStdString(p.group);
        if (!provider.isEmpty() && !providers.contains(provider))
            providers << provider;
    }
    providers.sort();
    return providers;
}

} // namespace aicarbon
