// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace aicarbon {

struct SourceRecord;

/// "Title (publisher, year)": how an assumption names a catalog source. The methods
/// paragraph matches assumption sources against this text to find citation keys.
std::string sourceCitation(const SourceRecord& source);

} // namespace aicarbon
