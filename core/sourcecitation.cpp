// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcecitation.h"
#include "catalogrecords.h"

namespace aicarbon {

std::string sourceCitation(const SourceRecord& s)
{
    std::string out = s.title;
    if (!s.publisher.empty() || s.year)
        out += " (" + s.publisher + (s.publisher.empty() || !s.year ? "" : ", ")
            + (s.year ? std::to_string(*s.year) : "") + ")";
    return out;
}

} // namespace aicarbon
