// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

// Escaping of free text (scenario names, titles) for the report formats.

namespace aicarbon {

/// Escapes the ten LaTeX special characters: \ { } $ & # ^ _ % ~.
std::string latexEscape(std::string_view text);

/// Escapes text for a Markdown table cell: \ | * _ ` [ ] < > become literal.
std::string markdownEscape(std::string_view text);

/// "CO2" in a label as the format writes it: CO\textsubscript{2} in LaTeX, CO₂ in
/// Markdown. Applied after escaping.
std::string latexChemistry(std::string text);
std::string markdownChemistry(std::string text);

/// × · − as LaTeX math ($\times$, $\cdot$, $-$) in escaped LaTeX text.
std::string latexSymbols(std::string text);

/// One RFC 4180 CSV field: quoted when it holds a comma, a quote or a line break.
std::string csvField(std::string_view text);

} // namespace aicarbon
