// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace aicarbon {

enum class Severity
{
    Warning,
    Error
};

/// What a translated sentence needs beyond the code: `subcode` tells apart the checks one
/// code covers ("positive", "at-least", ...), `args` are the values the sentence quotes, in
/// the order documented in docs/methodology.md §10: numbers as formatNumber()
/// text ('.' decimal point, for the reader to format in its locale), ids and keys verbatim.
struct DiagnosticDetail
{
    std::string subcode;
    std::vector<std::string> args;
};

/// A problem with an input. `code` is stable (the GUI translates by code, subcode and
/// args); `message` is English (the CLI prints it). `path` is a JSON pointer into the
/// scenario ("/hardware/mfu"); `file`, `line` and `column` are set when it comes from a file.
struct Diagnostic
{
    Severity severity = Severity::Error;
    std::string code;
    std::string path;
    std::string message;
    std::string subcode;
    std::vector<std::string> args;
    std::string file;
    int line = 0;
    int column = 0;

    static Diagnostic error(std::string code, std::string path, std::string message,
                            DiagnosticDetail detail = {});
    static Diagnostic warning(std::string code, std::string path, std::string message,
                              DiagnosticDetail detail = {});

    /// "file:line:column: error: /path: message", leaving out what is unknown.
    std::string text() const;
};

bool hasErrors(const std::vector<Diagnostic>& diagnostics);

} // namespace aicarbon
