// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostic.h"

#include <algorithm>

namespace aicarbon {

Diagnostic Diagnostic::error(std::string code, std::string path, std::string message, DiagnosticDetail detail)
{
    Diagnostic d;
    d.code = std::move(code);
    d.path = std::move(path);
    d.message = std::move(message);
    d.subcode = std::move(detail.subcode);
    d.args = std::move(detail.args);
    return d;
}

Diagnostic Diagnostic::warning(std::string code, std::string path, std::string message,
                               DiagnosticDetail detail)
{
    Diagnostic d = error(std::move(code), std::move(path), std::move(message), std::move(detail));
    d.severity = Severity::Warning;
    return d;
}

std::string Diagnostic::text() const
{
    std::string out;
    if (!file.empty()) {
        out += file;
        if (line > 0)
            out += ':' + std::to_string(line) + ':' + std::to_string(column);
        out += ": ";
    }
    out += severity == Severity::Error ? "error: " : "warning: ";
    if (!path.empty())
        out += path + ": ";
    return out + message;
}

bool hasErrors(const std::vector<Diagnostic>& diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

} // namespace aicarbon
