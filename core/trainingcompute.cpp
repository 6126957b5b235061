// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingcompute.h"

namespace aicarbon {

double nonEmbeddingParameters(const TransformerShape& shape)
{
    return 12.0 * shape.layers * shape.dModel * shape.dModel;
}

double trainingFlopsPerToken(double parameters, const TransformerShape& shape, double flopsPerParameterToken)
{
    const double forwardPerToken = 2.0 * parameters + 2.0 * shape.layers * shape.context * shape.dModel;
    return flopsPerParameterToken / 2.0 * forwardPerToken;
}

} // namespace aicarbon
