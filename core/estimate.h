// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "figures.h"
#include "searchbudget.h"

#include <optional>
#include <string>
#include <vector>

namespace aicarbon {

class Catalog;
struct Scenario;

/// Where a value used by the estimate came from.
enum class Origin
{
    User,
    Catalog,
    Default,
    Derived
};

/// One value the estimate used, with its source: the "how this was computed" list.
struct Assumption
{
    std::string key; ///< stable code, e.g. "mfu"
    std::string name; ///< English label
    std::optional<double> value; ///< numeric value, or
    std::string text; ///< a textual one (ids, names)
    std::string unit;
    std::string source;
    Origin origin = Origin::Default;
    /// The values `name` quotes, in order (region id, year, basis; a cloud region or
    /// provider id), so that the GUI can rebuild the name translated.
    std::vector<std::string> nameArgs;
};

/// How the training compute was derived (methodology §1).
struct ComputeBreakdown
{
    double parameters = 0.0; ///< N; 0 when unknown
    double tokens = 0.0; ///< D; 0 when unknown
    double flopsPerParameterToken = 0.0; ///< k
    double simpleFlops = 0.0; ///< k·N·D
    double nonEmbeddingParameters = 0.0; ///< 12·L·d², when the architecture is known
    double architectureFlops = 0.0; ///< with the attention term, when known
};

/// The total emissions expressed as a count of an everyday equivalent.
struct EquivalentValue
{
    std::string id;
    std::string name;
    std::string unit;
    std::string source;
    double count = 0.0;
};

struct Estimate
{
    std::string name;
    ResolvedInputs inputs;
    Figures figures;
    ComputeBreakdown compute;
    SearchBudget searchBudget;
    std::vector<EquivalentValue> equivalents;
    std::vector<Assumption> assumptions;
    std::vector<Diagnostic> diagnostics; ///< errors make the figures meaningless
    std::string dataVersion;
    std::string currency;

    bool valid() const { return !hasErrors(diagnostics); }
    const Assumption* assumption(const std::string& key) const;
};

/// Resolves a scenario against the catalog and the documented defaults, validates it,
/// and computes its figures. Never throws for bad input: problems are diagnostics.
Estimate estimate(const Scenario& scenario, const Catalog& catalog);

} // namespace aicarbon
