// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostictext.h"
#include "editorfields.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <string_view>

namespace aicarbon {

namespace {

/// One translated sentence. `kinds` says how each %n is filled, in order: 'F' the field
/// name of the path (takes no arg), 'n' a number arg in the locale, 'p' a fraction arg as
/// a percentage, 't' an arg verbatim (ids, keys, lists of JSON names), 'v' the found JSON
/// value described from two args (type name, value text), '-' skips an arg.
struct Sentence
{
    std::string_view code;
    std::string_view variant;
    const char* text;
    const char* kinds;
};

// clang-format off
constexpr Sentence kSentences[] = {
    {"value-out-of-range", "positive", QT_TRANSLATE_NOOP("DiagnosticText", "%1 must be positive; found %2."), "Fn"},
    {"value-out-of-range", "zero-or-positive", QT_TRANSLATE_NOOP("DiagnosticText", "%1 must be zero or positive; found %2."), "Fn"},
    {"value-out-of-range", "between", QT_TRANSLATE_NOOP("DiagnosticText", "%1 must be between %2 and %3; found %4."), "Fnnn"},
    {"value-out-of-range", "above-at-most", QT_TRANSLATE_NOOP("DiagnosticText", "%1 must be above %2 and at most %3; found %4."), "Fnnn"},
    {"value-out-of-range", "at-most", QT_TRANSLATE_NOOP("DiagnosticText", "%1 must be at most %2; found %3."), "Fnn"},
    {"value-out-of-range", "at-least", QT_TRANSLATE_NOOP("DiagnosticText", "%1 must be at least %2; found %3."), "Fnn"},
    {"value-out-of-range", "greater-than", QT_TRANSLATE_NOOP("DiagnosticText", "%1 must be greater than %2; found %3."), "Fnn"},
    {"value-out-of-range", "required", QT_TRANSLATE_NOOP("DiagnosticText", "%1 is needed by this search method."), "F"},
    {"value-out-of-range", "year-between", QT_TRANSLATE_NOOP("DiagnosticText", "%1 must be between %2 and %3; found %4."), "Fttt"},
    {"bad-value", "too-large", QT_TRANSLATE_NOOP("DiagnosticText", "%1: the number is too large to represent."), "F"},
    {"bad-value", "whole-number", QT_TRANSLATE_NOOP("DiagnosticText", "%1 must be a whole number; found %2."), "Fn"},
    {"bad-value", "one-of", QT_TRANSLATE_NOOP("DiagnosticText", "%1 must be one of %2; found “%3”."), "Ftt"},
    {"bad-value", "low-above-value", QT_TRANSLATE_NOOP("DiagnosticText", "The low end %1 must not exceed the value %2."), "nn"},
    {"bad-value", "high-below-value", QT_TRANSLATE_NOOP("DiagnosticText", "The high end %1 must not be below the value %2."), "nn"},
    {"bad-value", "lognormal-low", QT_TRANSLATE_NOOP("DiagnosticText", "A lognormal range needs a low end above zero; found %1."), "n"},
    {"wrong-type", "number", QT_TRANSLATE_NOOP("DiagnosticText", "%1 must be a number; found %2."), "Fv"},
    {"wrong-type", "string", QT_TRANSLATE_NOOP("DiagnosticText", "%1 must be a text; found %2."), "Fv"},
    {"wrong-type", "boolean", QT_TRANSLATE_NOOP("DiagnosticText", "%1 must be true or false; found %2."), "Fv"},
    {"wrong-type", "object", QT_TRANSLATE_NOOP("DiagnosticText", "%1 must be an object; found %2."), "Fv"},
    {"wrong-type", "array", QT_TRANSLATE_NOOP("DiagnosticText", "%1 must be a list; found %2."), "Fv"},
    {"wrong-type", "scenario-object", QT_TRANSLATE_NOOP("DiagnosticText", "Each scenario must be an object; found %1."), "v"},
    {"missing-value", "range-value", QT_TRANSLATE_NOOP("DiagnosticText", "%1: a range needs a central value."), "F"},
    {"missing-value", "range-bounds", QT_TRANSLATE_NOOP("DiagnosticText", "%1: a range needs both a low and a high end."), "F"},
    {"missing-value", "configurations", QT_TRANSLATE_NOOP("DiagnosticText", "Successive halving needs the number of configurations."), ""},
    {"missing-value", "empty", QT_TRANSLATE_NOOP("DiagnosticText", "%1 must not be empty."), "F"},
    {"bad-format", "format", QT_TRANSLATE_NOOP("DiagnosticText", "This is not an AI Carbon Planner file: its format is “%1”."), "t"},
    {"bad-format", "format-missing", QT_TRANSLATE_NOOP("DiagnosticText", "This is not an AI Carbon Planner file: it names no format."), ""},
    {"bad-format", "version-missing", QT_TRANSLATE_NOOP("DiagnosticText", "The file does not give its format version (expected %1)."), "t"},
    {"bad-format", "version", QT_TRANSLATE_NOOP("DiagnosticText", "Unknown format version %2; expected %1."), "tt"},
    {"bad-format", "top-level", QT_TRANSLATE_NOOP("DiagnosticText", "The file must hold a JSON object at the top level; found %1."), "v"},
    {"bad-format", "scenarios", QT_TRANSLATE_NOOP("DiagnosticText", "A project needs a list of scenarios."), ""},
    {"newer-version", "", QT_TRANSLATE_NOOP("DiagnosticText", "This file uses format version %1, written by a newer AI Carbon Planner; this version reads version %2. Please update the application."), "tt"},
    {"syntax-error", "", QT_TRANSLATE_NOOP("DiagnosticText", "The file is not valid JSON."), ""},
    {"number-overflow", "", QT_TRANSLATE_NOOP("DiagnosticText", "The file holds a number too large to represent."), ""},
    {"unreadable-file", "", QT_TRANSLATE_NOOP("DiagnosticText", "The file cannot be read."), ""},
    {"unknown-key", "", QT_TRANSLATE_NOOP("DiagnosticText", "Unknown key “%1” is ignored."), "t"},
    {"unknown-model", "", QT_TRANSLATE_NOOP("DiagnosticText", "Unknown model “%1”."), "t"},
    {"unknown-model", "suggest", QT_TRANSLATE_NOOP("DiagnosticText", "Unknown model “%1”. Did you mean %2?"), "tt"},
    {"unknown-device", "", QT_TRANSLATE_NOOP("DiagnosticText", "Unknown device “%1”."), "t"},
    {"unknown-device", "suggest", QT_TRANSLATE_NOOP("DiagnosticText", "Unknown device “%1”. Did you mean %2?"), "tt"},
    {"unknown-region", "", QT_TRANSLATE_NOOP("DiagnosticText", "Unknown region “%1”."), "t"},
    {"unknown-region", "suggest", QT_TRANSLATE_NOOP("DiagnosticText", "Unknown region “%1”. Did you mean %2?"), "tt"},
    {"not-an-integer", "", QT_TRANSLATE_NOOP("DiagnosticText", "The device count must be a whole number; found %1."), "n"},
    {"incomplete-workload", "", QT_TRANSLATE_NOOP("DiagnosticText", "Steps, batch size and sequence length must be given together (tokens = steps × batch size × sequence length)."), ""},
    {"inconsistent-runtime", "", QT_TRANSLATE_NOOP("DiagnosticText", "Wall-clock hours × device count differ from the device-hours by more than %1; the device-hours are used."), "p"},
    {"peak-looks-sparse", "", QT_TRANSLATE_NOOP("DiagnosticText", "A peak of %1 TFLOP/s is about twice the dense figure of %2 TFLOP/s: it looks like a sparsity figure; use the dense peak."), "nn"},
    {"high-mfu", "", QT_TRANSLATE_NOOP("DiagnosticText", "An MFU of %1 is above %2; published large runs reach %3–%4."), "nnnn"},
    {"mfu-ignored", "", QT_TRANSLATE_NOOP("DiagnosticText", "The MFU is not used when the runtime is given; it is reported as implied."), ""},
    {"unknown-compute", "", QT_TRANSLATE_NOOP("DiagnosticText", "Cannot determine the training compute: give the training FLOPs, the parameters with the tokens (or a model preset), or the runtime."), ""},
    {"unknown-peak", "", QT_TRANSLATE_NOOP("DiagnosticText", "No dense peak is known for this device at this precision: enter the peak TFLOP/s or choose another precision."), ""},
    {"power-above-tdp", "", QT_TRANSLATE_NOOP("DiagnosticText", "An average power of %1 W is above the TDP of %2 W (fine if it includes the host)."), "nn"},
    {"unknown-power", "", QT_TRANSLATE_NOOP("DiagnosticText", "No TDP is known for this device: enter the average power or the TDP."), ""},
    {"no-intensity", "", QT_TRANSLATE_NOOP("DiagnosticText", "No grid carbon intensity is known for region %1: choose another year or source, or enter the carbon intensity."), "t"},
    {"no-intensity", "year", QT_TRANSLATE_NOOP("DiagnosticText", "No grid carbon intensity is known for region %1 in %2: choose another year or source, or enter the carbon intensity."), "tt"},
    {"no-intensity", "source", QT_TRANSLATE_NOOP("DiagnosticText", "No grid carbon intensity is known for region %1 from source %2: choose another year or source, or enter the carbon intensity."), "t-t"},
    {"no-intensity", "year-source", QT_TRANSLATE_NOOP("DiagnosticText", "No grid carbon intensity is known for region %1 in %2 from source %3: choose another year or source, or enter the carbon intensity."), "ttt"},
    {"unknown-intensity", "", QT_TRANSLATE_NOOP("DiagnosticText", "Give a region or a carbon intensity."), ""},
    {"high-intensity", "", QT_TRANSLATE_NOOP("DiagnosticText", "A carbon intensity above %1 gCO2e/kWh is higher than any national grid."), "n"},
    {"high-pue", "", QT_TRANSLATE_NOOP("DiagnosticText", "A PUE above %1 is unusual for a data centre today."), "n"},
    {"long-trials", "", QT_TRANSLATE_NOOP("DiagnosticText", "Trials are longer than the final run (fraction %1)."), "n"},
    {"embodied-unknown", "", QT_TRANSLATE_NOOP("DiagnosticText", "No embodied emissions are known for this device: enter them per device (left out until then)."), ""},
    {"result-overflow", "", QT_TRANSLATE_NOOP("DiagnosticText", "The inputs are too large: a result is not a finite number."), ""},
    {"inconsistent-peaks", "", QT_TRANSLATE_NOOP("DiagnosticText", "The BF16 peak must not be below the FP32 peak."), ""},
    {"range-ignored", "", QT_TRANSLATE_NOOP("DiagnosticText", "%1: a range needs a numeric input with a value; it is ignored."), "F"},
};

/// Labels of the inputs that are no numeric editor field, by JSON pointer: the scenario's
/// texts and the user catalog's device and region forms.
constexpr std::pair<std::string_view, const char*> kOtherFields[] = {
    {"/name", QT_TRANSLATE_NOOP("DiagnosticText", "Name")},
    {"/id", QT_TRANSLATE_NOOP("DiagnosticText", "Id")},
    {"/workload/model", QT_TRANSLATE_NOOP("DiagnosticText", "Model")},
    {"/hardware/device", QT_TRANSLATE_NOOP("DiagnosticText", "Device")},
    {"/hardware/precision", QT_TRANSLATE_NOOP("DiagnosticText", "Precision")},
    {"/facility/region", QT_TRANSLATE_NOOP("DiagnosticText", "Region")},
    {"/facility/carbon_intensity_source", QT_TRANSLATE_NOOP("DiagnosticText", "Carbon intensity source")},
    {"/search/method", QT_TRANSLATE_NOOP("DiagnosticText", "Search method")},
    {"/search/grid_sizes", QT_TRANSLATE_NOOP("DiagnosticText", "Grid size")},
    {"/distribution", QT_TRANSLATE_NOOP("DiagnosticText", "Distribution")},
    {"/tdp_w", QT_TRANSLATE_NOOP("DiagnosticText", "TDP (W)")},
    {"/idle_w", QT_TRANSLATE_NOOP("DiagnosticText", "Idle power (W)")},
    {"/peak_tflops", QT_TRANSLATE_NOOP("DiagnosticText", "Peak (TFLOP/s)")},
    {"/g_per_kwh", QT_TRANSLATE_NOOP("DiagnosticText", "Carbon intensity (gCO2e/kWh)")},
    {"/cfe_fraction", QT_TRANSLATE_NOOP("DiagnosticText", "Carbon-free energy fraction")},
    {"/year", QT_TRANSLATE_NOOP("DiagnosticText", "Year")},
};
// clang-format on

QString tr(const char* text)
{
    return QCoreApplication::translate("DiagnosticText", text);
}

/// The path without a project's "/scenarios/N" prefix, a range's own keys and list indices.
std::string fieldPath(const std::string& path)
{
    static const QRegularExpression prefix(QStringLiteral("^/scenarios/\\d+"));
    static const QRegularExpression suffix(QStringLiteral("(/(value|low|high)|/\\d+)$"));
    QString p = QString::fromStdString(path).remove(prefix).remove(suffix);
    return p.toStdString();
}

QString number(const std::string& arg)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(QString::fromStdString(arg), &ok);
    return ok ? QLocale().toString(value, 'g', 6) : QString::fromStdString(arg);
}

QString percent(const std::string& arg)
{
    const double fraction = QLocale::c().toDouble(QString::fromStdString(arg));
    return QLocale().toString(fraction * 100.0, 'g', 6) + QLocale().percent();
}

/// "the number 3", "the text “abc”", "an object": the found JSON value of a wrong-type error.
QString foundValue(const std::string& type, const std::string& text)
{
    const QString value = QString::fromStdString(text);
    if (type == "number")
        return QCoreApplication::translate("DiagnosticText", "the number %1").arg(number(text));
    if (type == "string")
        return QCoreApplication::translate("DiagnosticText", "the text “%1”").arg(value);
    if (type == "object")
        return QCoreApplication::translate("DiagnosticText", "an object");
    if (type == "array")
        return QCoreApplication::translate("DiagnosticText", "a list");
    if (type == "boolean")
        return value; // JSON's own true/false
    return QCoreApplication::translate("DiagnosticText", "nothing (null)");
}

const Sentence* sentenceFor(const std::pair<std::string, std::string>& key)
{
    for (const Sentence& s : kSentences) {
        if (s.code == key.first && s.variant == key.second)
            return &s;
    }
    return nullptr;
}

QString fill(const Sentence& sentence, const Diagnostic& d)
{
    QString text = tr(sentence.text);
    std::size_t next = 0;
    const auto arg = [&]() -> std::string { return next < d.args.size() ? d.args[next++] : std::string(); };
    for (std::string_view kinds = sentence.kinds; !kinds.empty(); kinds.remove_prefix(1)) {
        switch (kinds.front()) {
        case 'F':
            text = text.arg(diagnosticFieldName(d.path));
            break;
        case 'n':
            text = text.arg(number(arg()));
            break;
        case 'p':
            text = text.arg(percent(arg()));
            break;
        case 'v': {
            const std::string type = arg();
            text = text.arg(foundValue(type, arg()));
            break;
        }
        case '-':
            arg();
            break;
        default:
            text = text.arg(QString::fromStdString(arg()));
        }
    }
    return text;
}

bool hasArg(const Diagnostic& d, std::size_t i)
{
    return i < d.args.size() && !d.args[i].empty();
}

} // namespace

std::pair<std::string, std::string> diagnosticTextKey(const Diagnostic& d)
{
    const std::string& c = d.code;
    if (c == "unknown-model" || c == "unknown-device" || c == "unknown-region")
        return {c, hasArg(d, 1) ? "suggest" : ""};
    if (c == "no-intensity") {
        const char* variants[] = {"", "year", "source", "year-source"};
        return {c, variants[(hasArg(d, 1) ? 1 : 0) + (hasArg(d, 2) ? 2 : 0)]};
    }
    if (c == "bad-format" && d.subcode == "format" && !hasArg(d, 0))
        return {c, "format-missing"};
    return {c, d.subcode};
}

QString diagnosticText(const Diagnostic& diagnostic)
{
    const Sentence* sentence = sentenceFor(diagnosticTextKey(diagnostic));
    return sentence ? fill(*sentence, diagnostic) : QString::fromStdString(diagnostic.message);
}

QString diagnosticLine(const Diagnostic& d)
{
    QString where = QString::fromStdString(d.file);
    if (d.line > 0)
        where = QCoreApplication::translate("DiagnosticText", "%1, line %2, column %3")
                    .arg(where, QLocale().toString(d.line), QLocale().toString(d.column));
    if (!d.path.empty()) // the JSON pointer names the scenario of a project ("/scenarios/1")
        where = where.isEmpty()
            ? QString::fromStdString(d.path)
            : QCoreApplication::translate("DiagnosticText", "%1, %2", "file, JSON pointer")
                  .arg(where, QString::fromStdString(d.path));
    const QString text = diagnosticText(d);
    return where.isEmpty() ? text : QCoreApplication::translate("DiagnosticText", "%1: %2").arg(where, text);
}

QString diagnosticFieldName(const std::string& path)
{
    const std::string p = fieldPath(path);
    for (const EditorFieldSpec& f : editorFields()) {
        if (p == f.path)
            return QCoreApplication::translate("ScenarioEditor", f.label);
    }
    for (const auto& [fieldPath, label] : kOtherFields) {
        if (p == fieldPath || p.ends_with(fieldPath))
            return tr(label);
    }
    return QString::fromStdString(p.substr(p.find_last_of('/') + 1));
}

std::vector<std::pair<std::string, std::string>> diagnosticTextKeys()
{
    std::vector<std::pair<std::string, std::string>> keys;
    for (const Sentence& s : kSentences)
        keys.emplace_back(s.code, s.variant);
    return keys;
}

} // namespace aicarbon
