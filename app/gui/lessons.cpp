// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons.h"

#include "catalog.h"
#include "defaults.h"
#include "resourceproject.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <limits>
#include <string_view>

namespace aicarbon {

namespace {

// The grid year of resources/lessons/location.json: both the primary series and Electricity
// Maps put Poland > US > France > Québec in 2023.
constexpr int kLocationYear = 2023;

/// A number in the current locale, with `decimals` digits after the point.
QString number(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}

/// Millions, billions: 1.3e9 → "1.3" with `unit` 1e9.
QString scaled(double value, double unit, int decimals = 0)
{
    return number(value / unit, decimals);
}

QString percent(double fraction)
{
    return number(fraction * 100.0);
}

/// What the texts quote from the catalog: Strubell et al. 2019's runs (published_footprints)
/// and the model presets. A value the catalog lacks shows as NaN, never as a made-up figure.
struct QuotedFacts
{
    explicit QuotedFacts(const Catalog& catalog)
        : QuotedFacts(catalog, catalog.publishedFootprints())
    { }
    QuotedFacts(const Catalog& catalog, const std::vector<PublishedFootprintRecord>& footprints)
        : bert(footprint(footprints, "strubell-bert-base"))
        , transformerBig(footprint(footprints, "strubell-transformer-big"))
        , nas(footprint(footprints, "strubell-nas"))
        , bertParameters(modelValue(catalog, "bert-base", &ModelRecord::parameters))
        , bertTokens(modelValue(catalog, "bert-base", &ModelRecord::trainingTokens))
        , gpt2Parameters(modelValue(catalog, "gpt2-1.5b", &ModelRecord::parameters))
        , gpt3Parameters(modelValue(catalog, "gpt3-175b", &ModelRecord::parameters))
        , gpt3XlParameters(modelValue(catalog, "gpt3-1.3b", &ModelRecord::parameters))
        , gpt3Tokens(modelValue(catalog, "gpt3-175b", &ModelRecord::trainingTokens))
    { }

    static PublishedFootprintRecord footprint(const std::vector<PublishedFootprintRecord>& footprints,
                                              std::string_view id)
    {
        for (const PublishedFootprintRecord& r : footprints) {
            if (r.id == id)
                return r;
        }
        PublishedFootprintRecord unknown;
        unknown.deviceCount = 0;
        unknown.duration = unknown.powerW = unknown.pue = unknown.intensity = unknown.reportedCo2e = kUnknown;
        return unknown;
    }
    static double modelValue(const Catalog& catalog, std::string_view id,
                             std::optional<double> ModelRecord::*field)
    {
        const std::optional<ModelRecord> model = catalog.model(id);
        return model && (*model).*field ? *((*model).*field) : kUnknown;
    }
    static constexpr double kUnknown = std::numeric_limits<double>::quiet_NaN();

    PublishedFootprintRecord bert, transformerBig, nas;
    double bertParameters, bertTokens, gpt2Parameters, gpt3Parameters, gpt3XlParameters, gpt3Tokens;
};

/// A lesson's id, menu position and title, and the project name made from them.
Lesson frame(const QString& id, int position, const QString& title)
{
    Lesson l;
    l.id = id;
    l.number = position;
    l.title = title;
    l.projectName = QCoreApplication::translate("Lessons", "Lesson %1: %2").arg(position).arg(title);
    return l;
}

Lesson bertCost(const QuotedFacts& facts)
{
    const PublishedFootprintRecord& bert = facts.bert;
    Lesson l = frame(QStringLiteral("bert-cost"), 1,
                     QCoreApplication::translate("Lessons", "How much does training BERT cost?"));
    l.text =
        QCoreApplication::translate(
            "Lessons",
            "<p>BERT base, the language model Google published in 2018, can be trained on %1 V100 GPUs in "
            "%2 hours. Strubell et al. (2019, Table 3) put the power of the whole machine at %3 W, "
            "multiplied the energy by a data-centre PUE of %4 and the result by the US average of %5 lb "
            "CO2e per kWh: %6 kWh and %7 lb CO2e. The first scenario repeats exactly this calculation "
            "(accounting mode: the duration is known).</p>"
            "<p>The second scenario plans the same training from the model alone: %8 million parameters "
            "× %9 billion tokens (%10 steps of %11 tokens, Devlin et al. 2019) × 6 FLOPs per parameter "
            "and token, on the same %1 V100 at the default utilisation (MFU) of %12%, each GPU at its "
            "rated power, the default PUE of %13 and the latest US grid intensity in the catalog.</p>"
            "<p>How close is the plan to the published estimate? Which assumptions make the difference? "
            "The first scenario names the model too, so the tool shows the utilisation (MFU) its "
            "duration implies: compare it with the %12% the plan assumes.</p>")
            .arg(number(*bert.deviceCount), number(bert.duration, 1), number(bert.powerW, 2),
                 number(bert.pue, 2), number(bert.intensity, 3),
                 number(bert.reportedEnergyKwh.value_or(QuotedFacts::kUnknown)), number(bert.reportedCo2e),
                 scaled(facts.bertParameters, 1e6), scaled(facts.bertTokens, 1e9))
            .arg(number(LessonFacts::kBertSteps), number(facts.bertTokens / LessonFacts::kBertSteps),
                 percent(defaults::kMfu.value), number(defaults::kPue.value, 2));
    l.scenarioNames = {QCoreApplication::translate("Lessons", "BERT base, Strubell et al. 2019"),
                       QCoreApplication::translate("Lessons", "BERT base, planned from the model")};
    return l;
}

Lesson searchTrials(const QuotedFacts& facts)
{
    Lesson l = frame(QStringLiteral("search-trials"), 2,
                     QCoreApplication::translate("Lessons", "Hyperparameter search multiplies the bill"));
    const PublishedFootprintRecord& run = facts.transformerBig;
    const double nasRuns = LessonFacts::kNasSteps / LessonFacts::kTransformerBigSteps;
    l.text =
        QCoreApplication::translate(
            "Lessons",
            "<p>A model is rarely trained only once. Strubell et al. (2019, Table 3) estimated one training "
            "run of the Transformer big model: %1 P100 GPUs for %2 hours, drawing %3 W, with a PUE of %4 "
            "and %5 lb CO2e per kWh. All four scenarios start from this run.</p>"
            "<p>A hyperparameter search trains the model again for every setting it tries: %6 trials "
            "cost %6 times the run, %7 trials %7 times (each trial assumed as long as the final run). "
            "The neural architecture search of So et al. (2019), as Strubell et al. estimated it (Table 3), "
            "took %8 million training steps against %9 thousand for one run: the work of about %10 "
            "runs, %11 lb CO2e.</p>"
            "<p>Open the chart of emissions by component: the search dwarfs the final run.</p>")
            .arg(number(*run.deviceCount), number(run.duration), number(run.powerW, 2), number(run.pue, 2),
                 number(run.intensity, 3), number(20), number(1000), scaled(LessonFacts::kNasSteps, 1e6),
                 scaled(LessonFacts::kTransformerBigSteps, 1e3))
            .arg(number(nasRuns), number(facts.nas.reportedCo2e));
    l.scenarioNames = {
        QCoreApplication::translate("Lessons", "One training run"),
        QCoreApplication::translate("Lessons", "Search with %1 trials").arg(number(20)),
        QCoreApplication::translate("Lessons", "Search with %1 trials").arg(number(1000)),
        QCoreApplication::translate("Lessons", "Neural architecture search (Strubell et al. 2019)")};
    return l;
}

Lesson location(const QuotedFacts& facts)
{
    Lesson l =
        frame(QStringLiteral("location"), 3, QCoreApplication::translate("Lessons", "Location matters"));
    l.text = QCoreApplication::translate(
                 "Lessons",
                 "<p>The same training run, GPT-3 XL (%1 billion parameters, %2 billion tokens, Brown et al. "
                 "2020) on %3 A100 GPUs, is placed on four electricity grids: Poland, the United States "
                 "average, France and Québec. The energy is the same everywhere; only the carbon intensity "
                 "of the grid changes (%5, from each region's main data source in the catalog, with the "
                 "default PUE of %4).</p>"
                 "<p>Poland still makes much of its electricity from coal, France most of it in nuclear "
                 "plants, Québec most of it from hydropower. Compare the emissions: moving the run changes "
                 "them more than most technical optimisations do. France and Québec are close: in other "
                 "years, or with another data source, France comes out lower.</p>")
                 .arg(scaled(facts.gpt3XlParameters, 1e9, 1), scaled(facts.gpt3Tokens, 1e9), number(64),
                      number(defaults::kPue.value, 2), QString::number(kLocationYear));
    l.scenarioNames = {QCoreApplication::translate("Lessons", "Poland"),
                       QCoreApplication::translate("Lessons", "United States (average)"),
                       QCoreApplication::translate("Lessons", "France"),
                       QCoreApplication::translate("Lessons", "Québec")};
    return l;
}

Lesson modelSize(const QuotedFacts& facts)
{
    Lesson l =
        frame(QStringLiteral("model-size"), 4, QCoreApplication::translate("Lessons", "Bigger models"));
    const double ratio = facts.gpt3Parameters / facts.gpt2Parameters;
    l.text =
        QCoreApplication::translate(
            "Lessons",
            "<p>GPT-2 (Radford et al. 2019) has %1 billion parameters; GPT-3 (Brown et al. 2020), a year "
            "later, has %2 billion. Both scenarios train on the same %3 billion tokens (GPT-3's; the "
            "GPT-2 paper does not state its number) on the same %4 A100 GPUs in the US, so the only "
            "difference is the size of the model.</p>"
            "<p>Training compute grows with parameters × tokens: GPT-3 needs about %5 times the compute "
            "of GPT-2, and so %5 times the time, the energy and the emissions. In practice larger models "
            "are also trained on more tokens (Hoffmann et al. 2022 recommend growing both together), so "
            "real gaps are often larger still.</p>")
            .arg(scaled(facts.gpt2Parameters, 1e9, 1), scaled(facts.gpt3Parameters, 1e9),
                 scaled(facts.gpt3Tokens, 1e9), number(1024), number(ratio));
    l.scenarioNames = {QStringLiteral("GPT-2 1.5B"), QStringLiteral("GPT-3 175B")};
    return l;
}

Lesson hardware(const QuotedFacts& facts)
{
    Lesson l =
        frame(QStringLiteral("hardware"), 5, QCoreApplication::translate("Lessons", "Hardware generations"));
    l.text =
        QCoreApplication::translate(
            "Lessons",
            "<p>Three generations of NVIDIA data-centre GPUs train the same model, GPT-3 XL (%1 billion "
            "parameters, %2 billion tokens), %3 GPUs each, in the US: the V100 (Volta) at fp16, the A100 "
            "(Ampere) and the H100 (Hopper) at bf16. Each newer chip draws more power, but it is so much "
            "faster that it finishes sooner and uses less energy for the same work. The Data tab lists "
            "each chip's peak and power.</p>"
            "<p>Assumed: the same utilisation (MFU) of %4% on all three, and every GPU at its rated power. "
            "Real utilisation differs between generations and software.</p>")
            .arg(scaled(facts.gpt3XlParameters, 1e9, 1), scaled(facts.gpt3Tokens, 1e9), number(64),
                 percent(defaults::kMfu.value));
    l.scenarioNames = {QStringLiteral("V100"), QStringLiteral("A100"), QStringLiteral("H100")};
    return l;
}

Lesson humanWords()
{
    Lesson l = frame(QStringLiteral("human-words"), 6,
                     QCoreApplication::translate("Lessons", "Does a human learn with less?"));
    using namespace LessonFacts;
    l.text =
        QCoreApplication::translate(
            "Lessons",
            "<p>BERT base read a corpus of %1 billion words (books and English Wikipedia) about %2 times "
            "over: %3 steps × %4 sequences × %5 tokens (Devlin et al. 2019, §A.2), about %6 billion "
            "words in all.</p>"
            "<p>How many words does a child hear? Hart and Risley (1995; 2003) recorded 42 families in "
            "Kansas one hour a month, from before the child's first birthday to age three, and "
            "extrapolated: by age four, a child in a professional family would have heard almost %7 "
            "million words, in a working-class family %8 million, in a family on welfare %9 million. "
            "These are extrapolations from a small sample; a later study that also counted other "
            "caregivers and the talk a child overhears (Sperry, Sperry and Miller 2019) did not find "
            "these gaps, and estimates vary widely.</p>"
            "<p>Even against the highest figure, BERT was trained on about %10 times as many words as a "
            "four-year-old has heard. The second scenario trains the same model once on %7 million "
            "tokens (one token per word, as the BERT paper's own epoch count does). Yet a four-year-old "
            "talks and understands, while BERT fills in missing words. What else does a child learn "
            "from?</p>")
            .arg(scaled(kBertCorpusWords, 1e9, 1), number(kBertEpochs), number(kBertSteps),
                 number(kBertBatchSize), number(kBertSequenceLength),
                 scaled(kBertCorpusWords * kBertEpochs, 1e9), scaled(kChildWordsProfessional, 1e6),
                 scaled(kChildWordsWorkingClass, 1e6), scaled(kChildWordsWelfare, 1e6))
            .arg(number(bertWordsPerChildWord(), 0));
    l.scenarioNames = {QCoreApplication::translate("Lessons", "BERT base as published"),
                       QCoreApplication::translate("Lessons", "BERT base on the words a child hears")};
    return l;
}

} // namespace

QList<Lesson> Lessons::all(const Catalog& catalog)
{
    const QuotedFacts facts(catalog);
    return {bertCost(facts),  searchTrials(facts), location(facts),
            modelSize(facts), hardware(facts),     humanWords()};
}

QStringList Lessons::ids()
{
    return {QStringLiteral("bert-cost"),  QStringLiteral("search-trials"), QStringLiteral("location"),
            QStringLiteral("model-size"), QStringLiteral("hardware"),      QStringLiteral("human-words")};
}

std::optional<Lesson> Lessons::find(const Catalog& catalog, const QString& id)
{
    for (Lesson& lesson : all(catalog)) {
        if (lesson.id == id)
            return std::move(lesson);
    }
    return std::nullopt;
}

ScenarioFile Lessons::load(const Lesson& lesson)
{
    ScenarioFile parsed = readResourceProject(lesson.resourcePath());
    parsed.projectName = lesson.projectName.toStdString();
    const auto named = std::min(parsed.scenarios.size(), std::size_t(lesson.scenarioNames.size()));
    for (std::size_t i = 0; i < named; ++i)
        parsed.scenarios[i].name = lesson.scenarioNames.at(qsizetype(i)).toStdString();
    return parsed;
}

} // namespace aicarbon
