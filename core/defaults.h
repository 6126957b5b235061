// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Values the engine uses when a scenario leaves an input open. Each is listed in the
// estimate's assumptions with this source, and documented in docs/methodology.md.

namespace aicarbon::defaults {

struct Default
{
    double value;
    const char* unit;
    const char* source;
};

/// k in C = k·N·D: forward (2) + backward (4) FLOPs per parameter per token.
inline constexpr Default kFlopsPerParameterToken {
    6.0, "FLOP/(parameter·token)", "Kaplan et al. 2020, Scaling Laws for Neural Language Models, §2.1"};

/// Model FLOPs utilization. Llama 3 405B measured 38–43% BF16 MFU on H100 (Dubey et
/// al. 2024, §3.3.2, Table 4); older runs range from GPT-3 21.3% to PaLM 46.2%
/// (Chowdhery et al. 2022, Table 3).
inline constexpr Default kMfu {0.40, "fraction",
                               "Dubey et al. 2024 (Llama 3), Table 4: 38-43% BF16 MFU; range 21.3-46.2% in "
                               "Chowdhery et al. 2022 (PaLM), Table 3"};

/// Average device draw between idle and TDP. 1.0 = TDP, the convention of ML CO2 Impact
/// (Lacoste et al. 2019) and Green Algorithms (Lannelongue et al. 2021, usage factor 1).
inline constexpr Default kPowerUtilization {1.0, "fraction of (TDP - idle)",
                                            "Lacoste et al. 2019 (ML CO2 Impact); Lannelongue et al. 2021 "
                                            "(Green Algorithms): device at TDP"};

/// Host share per device (CPUs, DRAM, NICs, fans of the server), W. No published
/// measurement separates it during training; the published footprints we compare with
/// (Llama 2 and Llama 3.1 model cards, BLOOM dynamic energy) count accelerators only, so
/// by default neither do we. Nameplate upper bounds: DGX A100 (6.5 kW − 8 × 400 W) / 8 =
/// 412 W; DGX H100 (10.2 kW − 8 × 700 W) / 8 = 575 W. Patterson et al. 2021 measured
/// system power including the host (give it as average_power_w).
inline constexpr Default kHostPowerW {0.0, "W per device",
                                      "accelerator-only convention (Touvron et al. 2023, Llama 2 §2.2.1; "
                                      "Luccioni et al. 2023, BLOOM); set host_power_w to include servers"};

/// Worldwide average PUE when neither the scenario nor the provider gives one.
inline constexpr Default kPue {1.56, "ratio", "Uptime Institute Global Data Center Survey 2024"};

/// Service life over which embodied emissions are amortised.
inline constexpr Default kLifetimeYears {
    6.0, "years", "Luccioni et al. 2023 (BLOOM), §4.1: 6-year replacement rate (IDRIS)"};

/// Development overhead (seeds, ablations, failed runs) as a multiplier on final + search.
inline constexpr Default kDevelopmentMultiplier {1.0, "multiplier",
                                                 "none: no development overhead unless given"};

} // namespace aicarbon::defaults
