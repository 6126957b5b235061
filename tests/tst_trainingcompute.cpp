// SPDX-License-Identifier: GPL-3.0-or-later
#include "testhelpers.h"
#include "trainingcompute.h"

#include <QTest>

using namespace aicarbon;

class TestTrainingCompute : public QObject
{
    Q_OBJECT

private slots:
    // Brown et al. 2020, Table D.1: GPT-3 175B = 3.14e23 FLOPs (N = 174.6e9, D = 300e9).
    void gpt3()
    {
        QCOMPARE(trainingFlops(6, 175e9, 300e9), 3.15e23);
        AICARBON_COMPARE_REL(trainingFlops(6, 174.6e9, 300e9), 3.14e23,
                             0.002); // published to three significant figures
    }

    // 12·L·d² non-embedding + vocab·d embedding = GPT-3's 174.6e9 parameters.
    void gpt3ParametersFromShape()
    {
        const TransformerShape gpt3 {96, 12288, 2048};
        const double nonEmbedding = nonEmbeddingParameters(gpt3);
        QCOMPARE(nonEmbedding, 12.0 * 96 * 12288 * 12288);
        AICARBON_COMPARE_REL(nonEmbedding + 50257.0 * 12288.0, 174.6e9, 0.001);
    }

    // Kaplan et al. 2020, Table 1: training FLOPs/token = 6N + 6·L·n_ctx·d.
    void attentionTerm_data()
    {
        QTest::addColumn<double>("k");
        QTest::addColumn<double>("expected");
        const double n = 1e9;
        QTest::newRow("k=6") << 6.0 << 6 * n + 6.0 * 24 * 2048 * 2048;
        QTest::newRow("k=8 recomputation") << 8.0 << 8 * n + 8.0 * 24 * 2048 * 2048;
    }
    void attentionTerm()
    {
        QFETCH(double, k);
        QFETCH(double, expected);
        AICARBON_COMPARE_REL(trainingFlopsPerToken(1e9, {24, 2048, 2048}, k), expected, 1e-12);
    }
};

QTEST_APPLESS_MAIN(TestTrainingCompute)
#include "tst_trainingcompute.moc"
