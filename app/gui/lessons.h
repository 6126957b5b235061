// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenariofile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace aicarbon {

class Catalog;

/// A ready project for the classroom: resources/lessons/<id>.json with a short text.
/// Everything shown is in the current language, numbers in the current locale.
struct Lesson
{
    QString id; ///< stable, e.g. "search-trials"; also the --lesson option's value
    int number = 0; ///< 1-based position in the Lessons menu
    QString title;
    QString text; ///< HTML: what the lesson shows and what its scenarios assume
    QString projectName;
    QStringList scenarioNames; ///< replace the file's names, in the file's order

    QString resourcePath() const { return QStringLiteral(":/lessons/") + id + QStringLiteral(".json"); }
};

/// Published facts the lesson texts quote; the tests check them against the catalog
/// and the lesson projects.
namespace LessonFacts {
/// Only facts the catalog does not hold; the texts quote Strubell et al. 2019's runs and the
/// model presets from the catalog.
/// Devlin et al. 2019, §3.1: BooksCorpus (800M words) + English Wikipedia (2,500M words).
inline constexpr double kBertCorpusWords = 3.3e9;
/// Devlin et al. 2019, §A.2: 1,000,000 steps × 256 sequences × 512 tokens ≈ 40 epochs.
inline constexpr double kBertEpochs = 40.0;
inline constexpr double kBertSteps = 1e6;
inline constexpr double kBertBatchSize = 256.0;
inline constexpr double kBertSequenceLength = 512.0;
/// Hart & Risley 1995; 2003: words heard by age four, extrapolated from one recorded hour
/// a month in 42 Kansas City families, by family group.
inline constexpr double kChildWordsProfessional = 45e6; ///< "almost 45 million"
inline constexpr double kChildWordsWorkingClass = 26e6;
inline constexpr double kChildWordsWelfare = 13e6;
/// Strubell et al. 2019, §2.1: the evolved-transformer search took 979M training steps
/// against 300K for one Transformer big run.
inline constexpr double kNasSteps = 979e6;
inline constexpr double kTransformerBigSteps = 300e3;

/// Words BERT base was trained on (corpus × epochs) per word a child of four in a
/// professional family has heard: about 2,900.
inline constexpr double bertWordsPerChildWord()
{
    return kBertCorpusWords * kBertEpochs / kChildWordsProfessional;
}
} // namespace LessonFacts

namespace Lessons {

/// Every lesson, in menu order, in the current language; the texts quote `catalog`.
QList<Lesson> all(const Catalog& catalog);
/// The lessons' ids in menu order (no catalog needed: command-line help).
QStringList ids();
/// The lesson `id`, in the current language; none when unknown.
std::optional<Lesson> find(const Catalog& catalog, const QString& id);
/// Reads and parses the lesson's project from the resources and gives the project and
/// its scenarios the lesson's (translated) names. Errors are in the diagnostics.
ScenarioFile load(const Lesson& lesson);

} // namespace Lessons

} // namespace aicarbon
