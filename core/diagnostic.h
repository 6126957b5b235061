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

/// A problem with an input. `code` is stable (the GUI translates by code); `message` is
/// English (the CLI prints it). `path` is a JSON pointer into the scenario
/// ("/hardware/mfu"); `file`, `line` and `column` are set when it comes from a file.
struct Diagnostic
{
    Severity severity = Severity::Error;
    std::string code;
    std::string path;
    std::string message;
    std::string file;
    int line = 0;
    int column = 0;

    static Diagnostic error(std::string code, std::string path, std::string message);
    static Diagnostic warning(std::string code, std::string path, std::string message);

    /// "file:line:column: error: /path: message", leaving out what is unknown.
    std::string text() const;
};

bool hasErrors(const std::vector<Diagnostic>& diagnostics);

} // namespace aicarbon
