// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Training compute from model size and data (docs/methodology.md, §1).

namespace aicarbon {

/// Decoder-only transformer shape, as in Kaplan et al. 2020, Table 1.
struct TransformerShape
{
    double layers = 0.0; ///< n_layer
    double dModel = 0.0; ///< d_model (= d_attn)
    double context = 0.0; ///< n_ctx, tokens
};

/// Non-embedding parameters N ≈ 12 · n_layer · d_model² (Kaplan et al. 2020, Eq. 2.1).
double nonEmbeddingParameters(const TransformerShape& shape);

/// Training FLOPs per token with the attention term: (k/2) · (2N + 2 · n_layer · n_ctx · d_model),
/// i.e. 6N + 6 · n_layer · n_ctx · d for k = 6 (Kaplan et al. 2020, Table 1, forward ×3).
double trainingFlopsPerToken(double parameters, const TransformerShape& shape, double flopsPerParameterToken);

/// C = k · N · D (Kaplan et al. 2020 §2.1; k = 6 forward + backward, 8 with recomputation).
constexpr double trainingFlops(double flopsPerParameterToken, double parameters, double tokens)
{
    return flopsPerParameterToken * parameters * tokens;
}

} // namespace aicarbon
