// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace aicarbon {

/// One BibTeX entry of data/references.bib.
struct Reference
{
    std::string key; ///< the citation key, e.g. "kaplan-2020"
    std::string entry; ///< the entry text, "@misc{kaplan-2020, ... }"
    std::vector<std::string> matches; ///< source texts that cite it ("Kaplan et al. 2020")
};

/// Parses BibTeX text: each "@type{key, ...}" entry (braces balanced) with the
/// "% match: TEXT" comment lines just before it. Other comments are skipped.
std::vector<Reference> parseReferences(std::string_view bib);

/// The entries of data/references.bib, compiled into the library.
const std::vector<Reference>& builtinReferences();

/// The raw text of data/references.bib (generated file references_data.cpp).
std::string_view builtinReferencesText();

} // namespace aicarbon
