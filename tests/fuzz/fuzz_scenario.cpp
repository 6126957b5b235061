// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: aicarbon::parseScenarioText is documented never to throw, so any
// exception, sanitizer report or crash on any input is a bug.

#include "scenariofile.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const aicarbon::ScenarioFile file = aicarbon::parseScenarioText(text, "fuzz.json");
    // Touch the result so that the parse is not optimised away.
    volatile std::size_t count = file.scenarios.size() + file.diagnostics.size();
    (void)count;
    return 0;
}
