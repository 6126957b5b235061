// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariofile.h"
#include "numberformat.h"
#include "textfile.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

namespace aicarbon {

namespace {

using nlohmann::json;
using nlohmann::ordered_json;

constexpr std::pair<SearchMethod, std::string_view> kSearchMethods[] = {
    {SearchMethod::Trials, "trials"},       {SearchMethod::Grid, "grid"},
    {SearchMethod::Random, "random"},       {SearchMethod::SuccessiveHalving, "successive_halving"},
    {SearchMethod::Hyperband, "hyperband"},
};

/// The JSON type of a value, as diagnostic subcodes and args name it ("number", "string",
/// "boolean", "object", "array", "null").
std::string typeName(const json& value)
{
    switch (value.type()) {
    case json::value_t::null:
        return "null";
    case json::value_t::boolean:
        return "boolean";
    case json::value_t::string:
        return "string";
    case json::value_t::object:
        return "object";
    case json::value_t::array:
        return "array";
    default:
        return "number";
    }
}

/// A scalar's text for a diagnostic arg (strings cut at 40 characters), or "".
std::string valueText(const json& value)
{
    if (value.is_string()) {
        const std::string s = value.get<std::string>();
        return s.size() > 40 ? s.substr(0, 40) + "…" : s;
    }
    if (value.is_boolean())
        return value.get<bool>() ? "true" : "false";
    return value.is_number() ? formatNumber(value.get<double>()) : std::string();
}

/// English description of a value for messages ("the string \"x\"", "an array").
std::string describe(const json& value)
{
    const std::string type = typeName(value);
    if (type == "string")
        return "the string \"" + valueText(value) + "\"";
    if (type == "number")
        return "the number " + valueText(value);
    if (type == "object" || type == "array")
        return "an " + type;
    return type == "boolean" ? valueText(value) : type;
}

/// Collects diagnostics for one file.
struct ReadContext
{
    std::string file;
    std::vector<Diagnostic>& diagnostics;
    std::map<std::string, InputRange>* ranges = nullptr; ///< of the scenario being read
    std::size_t scenarioPathLength = 0; ///< length of the scenario's own path prefix

    void error(const std::string& path, const std::string& message, const std::string& code,
               DiagnosticDetail detail)
    {
        Diagnostic d = Diagnostic::error(code, path, message, std::move(detail));
        d.file = file;
        diagnostics.push_back(std::move(d));
    }
    void warning(const std::string& path, const std::string& message, const std::string& code,
                 DiagnosticDetail detail)
    {
        Diagnostic d = Diagnostic::warning(code, path, message, std::move(detail));
        d.file = file;
        diagnostics.push_back(std::move(d));
    }
};

/// Typed access to the keys of one JSON object; remembers which keys were read so that
/// the rest can be reported as unknown.
class ObjectReader
{
public:
    ObjectReader(const json& object, std::string path, ReadContext& context)
        : m_object(object)
        , m_path(std::move(path))
        , m_context(context)
    { }
    ~ObjectReader() { warnUnknownKeys(); }
    ObjectReader(const ObjectReader&) = delete;
    ObjectReader& operator=(const ObjectReader&) = delete;

    /// A number, or with `allowRange` also the range form {"value", "low", "high", "distribution"}.
    std::optional<double> number(const char* key, bool allowRange = true)
    {
        const json* v = find(key);
        if (!v)
            return std::nullopt;
        if (allowRange && v->is_object())
            return rangedNumber(key, *v);
        if (!v->is_number())
            return mismatch(key, *v, "a number", "number"), std::nullopt;
        const double d = v->get<double>();
        if (!std::isfinite(d))
            return m_context.error(pathOf(key),
                                   "expected a finite number, found a value too large to represent",
                                   "bad-value", {"too-large", {}}),
                   std::nullopt;
        return d;
    }
    std::optional<int> integer(const char* key)
    {
        const auto d = number(key, false);
        if (d && (std::floor(*d) != *d || std::abs(*d) > 1e9))
            return m_context.error(pathOf(key), "expected a whole number, found " + formatNumber(*d),
                                   "bad-value", {"whole-number", {formatNumber(*d)}}),
                   std::nullopt;
        return d ? std::optional<int>(static_cast<int>(*d)) : std::nullopt;
    }
    std::string string(const char* key)
    {
        const json* v = find(key);
        if (v && !v->is_string())
            mismatch(key, *v, "a string", "string");
        return v && v->is_string() ? v->get<std::string>() : std::string();
    }
    std::optional<bool> boolean(const char* key)
    {
        const json* v = find(key);
        if (v && !v->is_boolean())
            mismatch(key, *v, "true or false", "boolean");
        return v && v->is_boolean() ? std::optional<bool>(v->get<bool>()) : std::nullopt;
    }
    const json* object(const char* key)
    {
        const json* v = find(key);
        if (v && !v->is_object())
            return mismatch(key, *v, "an object", "object"), nullptr;
        return v;
    }
    const json* array(const char* key)
    {
        const json* v = find(key);
        if (v && !v->is_array())
            return mismatch(key, *v, "an array", "array"), nullptr;
        return v;
    }
    /// Marks a key as known without reading it.
    void accept(const char* key) { m_seen.insert(key); }
    std::string pathOf(const std::string& key) const { return m_path + "/" + key; }
    ReadContext& context() { return m_context; }
    const std::string& path() const { return m_path; }

private:
    std::optional<double> rangedNumber(const char* key, const json& object);
    const json* find(const char* key)
    {
        m_seen.insert(key);
        const auto it = m_object.find(key);
        return it == m_object.end() || it->is_null() ? nullptr : &*it;
    }
    /// `expectedType` is the subcode: the JSON type name the key needs.
    void mismatch(const char* key, const json& value, const std::string& expected,
                  const std::string& expectedType)
    {
        m_context.error(pathOf(key), "expected " + expected + ", found " + describe(value), "wrong-type",
                        {expectedType, {typeName(value), valueText(value)}});
    }
    void warnUnknownKeys()
    {
        for (const auto& item : m_object.items()) {
            if (!m_seen.contains(item.key()))
                m_context.warning(pathOf(item.key()), "unknown key '" + item.key() + "' is ignored",
                                  "unknown-key", {"", {item.key()}});
        }
    }

    const json& m_object;
    std::string m_path;
    ReadContext& m_context;
    std::set<std::string> m_seen;
};

std::optional<Distribution> readDistribution(ObjectReader& r)
{
    const std::string name = r.string("distribution");
    if (name.empty())
        return Distribution::Uniform;
    const auto d = distributionFromString(name);
    if (!d)
        r.context().error(r.pathOf("distribution"),
                          "expected one of uniform, triangular, normal, lognormal, found \"" + name + "\"",
                          "bad-value", {"one-of", {"uniform, triangular, normal, lognormal", name}});
    return d;
}

/// Checks low ≤ value ≤ high (and low > 0 for lognormal); reports at the offending key.
bool checkRange(ObjectReader& r, double value, double low, double high, Distribution d)
{
    if (low > value)
        r.context().error(r.pathOf("low"),
                          "low " + formatNumber(low) + " must not exceed the value " + formatNumber(value),
                          "bad-value", {"low-above-value", {formatNumber(low), formatNumber(value)}});
    else if (high < value)
        r.context().error(r.pathOf("high"),
                          "high " + formatNumber(high) + " must not be below the value "
                              + formatNumber(value),
                          "bad-value", {"high-below-value", {formatNumber(high), formatNumber(value)}});
    else if (d == Distribution::Lognormal && low <= 0.0)
        r.context().error(r.pathOf("low"), "a lognormal range needs low > 0, found " + formatNumber(low),
                          "bad-value", {"lognormal-low", {formatNumber(low)}});
    else
        return true;
    return false;
}

std::optional<double> ObjectReader::rangedNumber(const char* key, const json& object)
{
    ObjectReader r(object, pathOf(key), m_context);
    const auto value = r.number("value", false);
    const auto low = r.number("low", false);
    const auto high = r.number("high", false);
    const auto distribution = readDistribution(r);
    if (!value) {
        m_context.error(r.path(), "a range needs \"value\", the central estimate", "missing-value",
                        {"range-value", {}});
        return std::nullopt;
    }
    if (low.has_value() != high.has_value()) {
        m_context.error(r.path(), "a range needs both \"low\" and \"high\"", "missing-value",
                        {"range-bounds", {}});
        return value;
    }
    if (low && high && distribution && checkRange(r, *value, *low, *high, *distribution) && m_context.ranges)
        (*m_context.ranges)[r.path().substr(m_context.scenarioPathLength)] = {*low, *high, *distribution};
    return value;
}

/// Runs `read` on a sub-object if present.
template<class Read>
void section(ObjectReader& parent, const char* key, Read read)
{
    if (const json* object = parent.object(key)) {
        ObjectReader reader(*object, parent.pathOf(key), parent.context());
        read(reader);
    }
}

void readWorkload(ObjectReader& r, WorkloadSpec& w)
{
    w.model = r.string("model");
    w.parameters = r.number("parameters");
    w.tokens = r.number("tokens");
    w.datasetTokens = r.number("dataset_tokens");
    w.epochs = r.number("epochs");
    w.steps = r.number("steps");
    w.batchSize = r.number("batch_size");
    w.sequenceLength = r.number("sequence_length");
    w.trainingFlops = r.number("training_flops");
    w.flopsPerParameterToken = r.number("flops_per_parameter_token");
}

void readHardware(ObjectReader& r, HardwareSpec& h)
{
    h.device = r.string("device");
    h.count = r.number("count");
    if (const std::string p = r.string("precision"); !p.empty()) {
        h.precision = precisionFromString(p);
        if (!h.precision)
            r.context().error(r.pathOf("precision"),
                              "expected one of fp64, fp32, tf32, bf16, fp16, fp8, int8, found \"" + p + "\"",
                              "bad-value", {"one-of", {"fp64, fp32, tf32, bf16, fp16, fp8, int8", p}});
    }
    h.mfu = r.number("mfu");
    h.averagePowerW = r.number("average_power_w");
    h.powerUtilization = r.number("power_utilization");
    h.hostPowerW = r.number("host_power_w");
    h.peakTflops = r.number("peak_tflops");
    h.tdpW = r.number("tdp_w");
}

void readFacility(ObjectReader& r, FacilitySpec& f)
{
    f.region = r.string("region");
    f.year = r.integer("year");
    f.intensitySource = r.string("carbon_intensity_source");
    f.pue = r.number("pue");
    f.carbonIntensityGPerKwh = r.number("carbon_intensity_g_per_kwh");
    f.carbonFreeEnergyFraction = r.number("carbon_free_energy_fraction");
}

void readSearch(ObjectReader& r, SearchSpec& s)
{
    if (const std::string method = r.string("method"); !method.empty()) {
        bool known = false;
        for (const auto& [value, name] : kSearchMethods) {
            if (name == method) {
                s.method = value;
                known = true;
            }
        }
        if (!known)
            r.context().error(r.pathOf("method"),
                              "expected one of trials, grid, random, successive_halving, hyperband, found \""
                                  + method + "\"",
                              "bad-value",
                              {"one-of", {"trials, grid, random, successive_halving, hyperband", method}});
    }
    s.trials = r.number("trials");
    s.meanTrialFraction = r.number("mean_trial_fraction");
    s.equivalentRuns = r.number("equivalent_runs");
    if (const json* sizes = r.array("grid_sizes")) {
        for (std::size_t i = 0; i < sizes->size(); ++i) {
            if ((*sizes)[i].is_number())
                s.gridSizes.push_back((*sizes)[i].get<double>());
            else
                r.context().error(r.pathOf("grid_sizes/" + std::to_string(i)),
                                  "expected a number, found " + describe((*sizes)[i]), "wrong-type",
                                  {"number", {typeName((*sizes)[i]), valueText((*sizes)[i])}});
        }
    }
    s.configurations = r.number("configurations");
    s.eta = r.number("eta");
    s.minFraction = r.number("min_fraction");
    s.resume = r.boolean("resume").value_or(false);
}

Scenario readScenario(ObjectReader& r, const std::string& defaultName)
{
    Scenario s;
    r.context().ranges = &s.ranges;
    r.context().scenarioPathLength = r.path().size();
    s.name = r.string("name");
    if (s.name.empty())
        s.name = defaultName;
    s.description = r.string("description");
    section(r, "workload", [&](ObjectReader& o) { readWorkload(o, s.workload); });
    section(r, "hardware", [&](ObjectReader& o) { readHardware(o, s.hardware); });
    section(r, "runtime", [&](ObjectReader& o) {
        s.runtime.wallClockHours = o.number("wall_clock_hours");
        s.runtime.deviceHours = o.number("device_hours");
    });
    section(r, "facility", [&](ObjectReader& o) { readFacility(o, s.facility); });
    section(r, "search", [&](ObjectReader& o) { readSearch(o, s.search); });
    section(r, "development", [&](ObjectReader& o) { s.development.multiplier = o.number("multiplier"); });
    section(r, "embodied", [&](ObjectReader& o) {
        s.embodied.include = o.boolean("include").value_or(false);
        s.embodied.lifetimeYears = o.number("lifetime_years");
        s.embodied.perDeviceKgCo2e = o.number("per_device_kgco2e");
    });
    section(r, "cost", [&](ObjectReader& o) {
        s.cost.pricePerDeviceHour = o.number("price_per_device_hour");
        s.cost.carbonPricePerTonne = o.number("carbon_price_per_tonne");
        s.cost.currency = o.string("currency");
    });
    r.context().ranges = nullptr;
    return s;
}

/// Line and column (1-based) of a byte offset.
std::pair<int, int> lineAndColumn(std::string_view text, std::size_t offset)
{
    int line = 1;
    int column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

/// Byte offset for a syntax error: the start of the token nlohmann stopped at when its
/// message quotes it ("last read: '…'"), else the last byte it read.
std::size_t syntaxErrorOffset(std::size_t byte, const std::string& what)
{
    const std::string marker = "last read: '";
    const auto open = what.find(marker);
    const auto close = open == std::string::npos ? std::string::npos : what.find("'", open + marker.size());
    const std::size_t length =
        close == std::string::npos ? 1 : std::max<std::size_t>(1, close - open - marker.size());
    return byte >= length ? byte - length : 0;
}

/// The literal quoted in nlohmann's "number overflow parsing '1e400'" message.
std::string overflowLiteral(const std::string& what)
{
    const auto open = what.find('\'');
    const auto close = what.rfind('\'');
    return open != std::string::npos && close > open ? what.substr(open + 1, close - open - 1)
                                                     : std::string();
}

std::size_t overflowOffset(std::string_view text, const std::string& what)
{
    const std::string literal = overflowLiteral(what);
    const std::size_t at = literal.empty() ? std::string_view::npos : text.find(literal);
    return at == std::string_view::npos ? 0 : at;
}

/// Where a NaN or Infinity literal (any case, optionally signed) starts in text[from, to],
/// or npos: JSON has neither, and nlohmann reports them as a bare "invalid literal".
std::size_t nonFiniteLiteral(std::string_view text, std::size_t from, std::size_t to)
{
    const auto startsWith = [&](std::size_t at, std::string_view word) {
        if (at + word.size() > text.size())
            return false;
        for (std::size_t i = 0; i < word.size(); ++i) {
            if (std::tolower(static_cast<unsigned char>(text[at + i])) != word[i])
                return false;
        }
        return true;
    };
    for (std::size_t at = from; at <= to && at < text.size(); ++at) {
        const std::size_t word = text[at] == '-' || text[at] == '+' ? at + 1 : at;
        if (startsWith(word, "nan") || startsWith(word, "inf"))
            return at;
    }
    return std::string_view::npos;
}

/// The literal at `at`: its sign and letters, at most 16 characters.
std::string literalAt(std::string_view text, std::size_t at)
{
    std::size_t end = at + 1;
    while (end < text.size() && end - at < 16 && std::isalpha(static_cast<unsigned char>(text[end])))
        ++end;
    return std::string(text.substr(at, end - at));
}

/// A syntax error with the line and column of the token nlohmann stopped at.
Diagnostic syntaxError(std::string_view text, const std::string& fileName, std::size_t byte,
                       const std::string& what)
{
    std::size_t offset = syntaxErrorOffset(byte, what);
    std::string reason = what;
    if (const auto pos = reason.find("syntax error"); pos != std::string::npos)
        reason = reason.substr(pos);
    reason = "invalid JSON: " + reason;
    if (const std::size_t at = nonFiniteLiteral(text, offset, byte); at != std::string_view::npos) {
        offset = at;
        reason = "found " + literalAt(text, at)
            + ", but JSON has no NaN or Infinity: write a finite number (or leave the key out)";
    }
    Diagnostic d = Diagnostic::error("syntax-error", "", reason);
    d.file = fileName;
    std::tie(d.line, d.column) = lineAndColumn(text, offset);
    return d;
}

std::string locateOverflow(std::string_view, const std::string& what)
{
    return "expected a finite number, found " + overflowLiteral(what) + ", which is too large to represent";
}

bool checkHeader(ObjectReader& r, ReadContext& context, bool& isProject)
{
    const std::string format = r.string("format");
    const auto version = r.integer("version");
    if (format != kScenarioFormat && format != kProjectFormat) {
        context.error("/format",
                      "expected \"aicarbon-scenario\" or \"aicarbon-project\", found "
                          + (format.empty() ? std::string("nothing") : "\"" + format + "\""),
                      "bad-format", {"format", {format}});
        return false;
    }
    isProject = format == kProjectFormat;
    if (!version) {
        context.error("/version", "expected the format version (1)", "bad-format",
                      {"version-missing", {std::to_string(kScenarioFormatVersion)}});
        return false;
    }
    if (*version > kScenarioFormatVersion) {
        context.error("/version",
                      "this file uses format version " + std::to_string(*version)
                          + ", written by a newer aicarbon; this version reads version "
                          + std::to_string(kScenarioFormatVersion) + ". Please update aicarbon.",
                      "newer-version",
                      {"", {std::to_string(*version), std::to_string(kScenarioFormatVersion)}});
        return false;
    }
    if (*version < 1) {
        context.error("/version", "expected version 1, found " + std::to_string(*version), "bad-format",
                      {"version", {std::to_string(kScenarioFormatVersion), std::to_string(*version)}});
        return false;
    }
    return true;
}

void readDocument(const json& root, ReadContext& context, ScenarioFile& out, const std::string& defaultName)
{
    if (!root.is_object())
        return context.error("", "expected a JSON object at the top level, found " + describe(root),
                             "bad-format", {"top-level", {typeName(root), valueText(root)}});
    ObjectReader top(root, "", context);
    if (!checkHeader(top, context, out.isProject)) {
        for (const auto& item : root.items())
            top.accept(item.key().c_str());
        return;
    }
    if (!out.isProject) {
        out.scenarios.push_back(readScenario(top, defaultName));
        return;
    }
    out.projectName = top.string("name");
    const json* list = top.array("scenarios");
    if (!list)
        return context.error("/scenarios", "a project needs a \"scenarios\" array", "bad-format",
                             {"scenarios", {}});
    for (std::size_t i = 0; i < list->size(); ++i) {
        const json& item = (*list)[i];
        const std::string path = "/scenarios/" + std::to_string(i);
        if (!item.is_object()) {
            context.error(path, "expected a scenario object, found " + describe(item), "wrong-type",
                          {"scenario-object", {typeName(item), valueText(item)}});
            continue;
        }
        ObjectReader reader(item, path, context);
        reader.accept("format");
        reader.accept("version");
        out.scenarios.push_back(readScenario(reader, defaultName + " " + std::to_string(i + 1)));
    }
}

// --- writing ------------------------------------------------------------------------

ordered_json numberValue(double value)
{
    if (std::floor(value) == value && std::abs(value) < 9007199254740992.0)
        return static_cast<long long>(value);
    return value;
}

void put(ordered_json& object, const char* key, const std::optional<double>& value)
{
    if (value)
        object[key] = numberValue(*value);
}

void put(ordered_json& object, const char* key, const std::string& value)
{
    if (!value.empty())
        object[key] = value;
}

ordered_json workloadJson(const WorkloadSpec& w)
{
    ordered_json o = ordered_json::object();
    put(o, "model", w.model);
    put(o, "parameters", w.parameters);
    put(o, "tokens", w.tokens);
    put(o, "dataset_tokens", w.datasetTokens);
    put(o, "epochs", w.epochs);
    put(o, "steps", w.steps);
    put(o, "batch_size", w.batchSize);
    put(o, "sequence_length", w.sequenceLength);
    put(o, "training_flops", w.trainingFlops);
    put(o, "flops_per_parameter_token", w.flopsPerParameterToken);
    return o;
}

ordered_json hardwareJson(const HardwareSpec& h)
{
    ordered_json o = ordered_json::object();
    put(o, "device", h.device);
    put(o, "count", h.count);
    if (h.precision)
        o["precision"] = std::string(toString(*h.precision));
    put(o, "mfu", h.mfu);
    put(o, "average_power_w", h.averagePowerW);
    put(o, "power_utilization", h.powerUtilization);
    put(o, "host_power_w", h.hostPowerW);
    put(o, "peak_tflops", h.peakTflops);
    put(o, "tdp_w", h.tdpW);
    return o;
}

ordered_json facilityJson(const FacilitySpec& f)
{
    ordered_json o = ordered_json::object();
    put(o, "region", f.region);
    if (f.year)
        o["year"] = *f.year;
    put(o, "carbon_intensity_source", f.intensitySource);
    put(o, "pue", f.pue);
    put(o, "carbon_intensity_g_per_kwh", f.carbonIntensityGPerKwh);
    put(o, "carbon_free_energy_fraction", f.carbonFreeEnergyFraction);
    return o;
}

ordered_json searchJson(const SearchSpec& s)
{
    ordered_json o = ordered_json::object();
    if (s.method != SearchMethod::Trials) {
        for (const auto& [value, name] : kSearchMethods) {
            if (value == s.method)
                o["method"] = std::string(name);
        }
    }
    put(o, "trials", s.trials);
    put(o, "mean_trial_fraction", s.meanTrialFraction);
    put(o, "equivalent_runs", s.equivalentRuns);
    if (!s.gridSizes.empty()) {
        o["grid_sizes"] = ordered_json::array();
        for (const double size : s.gridSizes)
            o["grid_sizes"].push_back(numberValue(size));
    }
    put(o, "configurations", s.configurations);
    put(o, "eta", s.eta);
    put(o, "min_fraction", s.minFraction);
    if (s.resume)
        o["resume"] = true;
    return o;
}

/// Replaces each ranged number by its object form {"value", "low", "high", "distribution"}.
void writeRanges(ordered_json& body, const std::map<std::string, InputRange>& ranges)
{
    for (const auto& [pointer, range] : ranges) {
        if (!pointer.starts_with('/'))
            continue;
        const ordered_json::json_pointer at(pointer);
        if (!body.contains(at) || !body[at].is_number())
            continue;
        ordered_json ranged = ordered_json::object();
        ranged["value"] = body[at];
        ranged["low"] = numberValue(range.low);
        ranged["high"] = numberValue(range.high);
        ranged["distribution"] = std::string(toString(range.distribution));
        body[at] = std::move(ranged);
    }
}

ordered_json scenarioBody(const Scenario& s)
{
    ordered_json o = ordered_json::object();
    o["name"] = s.name;
    put(o, "description", s.description);
    const auto add = [&](const char* key, ordered_json section) {
        if (!section.empty())
            o[key] = std::move(section);
    };
    add("workload", workloadJson(s.workload));
    add("hardware", hardwareJson(s.hardware));
    ordered_json runtime = ordered_json::object();
    put(runtime, "wall_clock_hours", s.runtime.wallClockHours);
    put(runtime, "device_hours", s.runtime.deviceHours);
    add("runtime", std::move(runtime));
    add("facility", facilityJson(s.facility));
    add("search", searchJson(s.search));
    ordered_json development = ordered_json::object();
    put(development, "multiplier", s.development.multiplier);
    add("development", std::move(development));
    ordered_json embodied = ordered_json::object();
    if (s.embodied.include)
        embodied["include"] = true;
    put(embodied, "lifetime_years", s.embodied.lifetimeYears);
    put(embodied, "per_device_kgco2e", s.embodied.perDeviceKgCo2e);
    add("embodied", std::move(embodied));
    ordered_json cost = ordered_json::object();
    put(cost, "price_per_device_hour", s.cost.pricePerDeviceHour);
    put(cost, "carbon_price_per_tonne", s.cost.carbonPricePerTonne);
    put(cost, "currency", s.cost.currency);
    add("cost", std::move(cost));
    writeRanges(o, s.ranges);
    return o;
}

} // namespace

ScenarioFile parseScenarioText(std::string_view text, const std::string& fileName)
{
    ScenarioFile out;
    ReadContext context {fileName, out.diagnostics};
    const std::string defaultName = std::filesystem::path(fileName).stem().string();
    json root;
    try {
        root = json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        out.diagnostics.push_back(syntaxError(text, fileName, e.byte, e.what()));
        return out;
    } catch (const json::out_of_range& e) {
        // A number literal beyond the range of double, e.g. 1e400.
        Diagnostic d = Diagnostic::error("number-overflow", "", locateOverflow(text, e.what()));
        d.file = fileName;
        std::tie(d.line, d.column) = lineAndColumn(text, overflowOffset(text, e.what()));
        out.diagnostics.push_back(std::move(d));
        return out;
    }
    readDocument(root, context, out, defaultName);
    if (!out.ok())
        out.scenarios.clear();
    return out;
}

ScenarioFile readScenarioFile(const std::string& path)
{
    std::string text;
    try {
        text = readTextFile(path, 64u * 1024u * 1024u);
    } catch (const FileError& e) {
        ScenarioFile out;
        Diagnostic d = Diagnostic::error("unreadable-file", "", e.what());
        d.file = path;
        out.diagnostics.push_back(std::move(d));
        return out;
    }
    return parseScenarioText(text, path);
}

std::string scenarioToJson(const Scenario& scenario)
{
    ordered_json o = ordered_json::object();
    o["format"] = std::string(kScenarioFormat);
    o["version"] = kScenarioFormatVersion;
    o.update(scenarioBody(scenario));
    return o.dump(2) + "\n";
}

std::string projectToJson(const std::string& name, const std::vector<Scenario>& scenarios)
{
    ordered_json o = ordered_json::object();
    o["format"] = std::string(kProjectFormat);
    o["version"] = kScenarioFormatVersion;
    o["name"] = name;
    o["scenarios"] = ordered_json::array();
    for (const Scenario& s : scenarios)
        o["scenarios"].push_back(scenarioBody(s));
    return o.dump(2) + "\n";
}

} // namespace aicarbon
