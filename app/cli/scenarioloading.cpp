// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarioloading.h"
#include "commands.h"
#include "scenariofile.h"

#include <algorithm>
#include <ostream>

namespace aicarbon::cli {

Loaded loadFiles(const std::vector<std::string>& files, std::ostream& err)
{
    Loaded loaded;
    for (const std::string& file : files) {
        ScenarioFile parsed = readScenarioFile(file);
        for (const Diagnostic& d : parsed.diagnostics)
            err << d.text() << '\n';
        if (!parsed.ok())
            loaded.exitCode = ExitBadInput;
        for (Scenario& s : parsed.scenarios)
            loaded.scenarios.push_back(std::move(s));
    }
    return loaded;
}

int reportDiagnostics(const Estimate& e, std::ostream& err)
{
    int code = ExitOk;
    for (const Diagnostic& d : e.diagnostics) {
        err << e.name << ": " << d.text() << '\n';
        if (d.severity == Severity::Error)
            code = std::max(code,
                            d.code.starts_with("unknown-") && d.code != "unknown-compute"
                                    && d.code != "unknown-peak" && d.code != "unknown-power"
                                    && d.code != "unknown-intensity"
                                ? int(ExitUnknownId)
                                : int(ExitBadInput));
    }
    return code;
}

std::vector<Estimate> estimateAll(const std::vector<Scenario>& scenarios, const Catalog& catalog,
                                  int& exitCode, std::ostream& err)
{
    std::vector<Estimate> estimates;
    for (const Scenario& s : scenarios) {
        estimates.push_back(estimate(s, catalog));
        exitCode = std::max(exitCode, reportDiagnostics(estimates.back(), err));
    }
    return estimates;
}

} // namespace aicarbon::cli
