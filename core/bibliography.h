// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace aicarbon {

class Catalog;

/// Citation keys of the works an assumption's source text names, in a stable order:
/// built-in references whose "% match:" text it contains, then catalog sources whose
/// citation ("Title (publisher, year)") it equals or whose id starts it ("llmcarbon, die
/// only"). Empty for "scenario", "default: ..." and other uncited sources.
std::vector<std::string> citationKeys(const std::string& sourceText, const Catalog& catalog);

/// A BibTeX file with one entry per key, in the given order, duplicates removed: the
/// built-in paper entry when there is one, else the catalog source as @misc with
/// howpublished/url, year and a note with the licence and version. Unknown keys are
/// left out.
std::string bibliography(const std::vector<std::string>& keys, const Catalog& catalog);

} // namespace aicarbon
