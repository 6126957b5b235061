// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QString>

#include <string>
#include <utility>
#include <vector>

namespace aicarbon {

/// The diagnostic as a translated sentence: chosen by code and subcode (or the args
/// where they change the wording), numbers formatted in the current QLocale, ids kept
/// verbatim. Falls back to the English `message` only for codes it does not know.
QString diagnosticText(const Diagnostic& diagnostic);

/// diagnosticText() behind where it was found, when known: "file, line 3, column 7: ..." or
/// "file, /scenarios/1: ...".
QString diagnosticLine(const Diagnostic& diagnostic);

/// The translated label of the input a diagnostic path points to ("/hardware/mfu" → "MFU"),
/// or its JSON key when no label is known.
QString diagnosticFieldName(const std::string& path);

/// Every (code, variant) pair with a sentence: lets tests check that each is reachable.
std::vector<std::pair<std::string, std::string>> diagnosticTextKeys();

/// The (code, variant) pair that selects a diagnostic's sentence.
std::pair<std::string, std::string> diagnosticTextKey(const Diagnostic& diagnostic);

} // namespace aicarbon
