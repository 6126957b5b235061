// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uncertainty.h"

#include <string>
#include <utility>
#include <vector>

namespace aicarbon {

class Catalog;
struct Estimate;
struct Scenario;

enum class TextFormat
{
    Latex, ///< \cite{key}, LaTeX-escaped, math in $...$
    Markdown, ///< [key] citations, Unicode symbols
};

struct MethodsOptions
{
    MethodsOptions(TextFormat textFormat = TextFormat::Markdown, std::string version = {})
        : format(textFormat)
        , toolVersion(std::move(version))
    { }

    TextFormat format = TextFormat::Markdown;
    std::string toolVersion; ///< "1.2.0"; the application passes its own
    /// Uncertainty of the estimates, same order; empty: no intervals. Otherwise the opening
    /// paragraph says how the intervals were computed and each scenario gives its own.
    std::vector<UncertaintyResult> uncertainty;
    UncertaintyOptions uncertaintyOptions; ///< as `uncertainty` was computed (seed, sampling)
};

/// The generated paragraph and the citation keys it uses, in order of first use.
struct MethodsText
{
    std::string text;
    std::vector<std::string> citations;
};

/// An English methods section: an opening paragraph (tool and data version, approach)
/// and one paragraph per scenario stating model, compute and its derivation, hardware,
/// MFU, power model, host power, region, PUE, grid intensity with its year, basis and
/// source, carbon-free share, search (runs, trials, strategy), development overhead,
/// embodied emissions and prices, each with its citation. Every assumption of every
/// estimate is named: those without a sentence of their own are listed at the end of
/// the scenario's paragraph. `scenarios` (same order) supplies the search strategy; it
/// may be empty.
MethodsText methodsText(const std::vector<Estimate>& estimates, const std::vector<Scenario>& scenarios,
                        const Catalog& catalog, const MethodsOptions& options);

/// How the paragraph writes a number: "0.213", "432.7", "10,000", and from 10⁶ on
/// "3.14 × 10²³" (Markdown) or "$3.14 \times 10^{23}$" (LaTeX).
std::string methodsNumber(double value, TextFormat format);

} // namespace aicarbon
