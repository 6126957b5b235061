// SPDX-License-Identifier: GPL-3.0-or-later
#include "figureoptions.h"

#include <QSet>

namespace aicarbon {

namespace {

const QSet<QString>& valueOptions()
{
    // Those of every command, so that isFigureCommand() skips their values.
    static const QSet<QString> options {
        QStringLiteral("--chart"),        QStringLiteral("--output"),   QStringLiteral("-o"),
        QStringLiteral("--size"),         QStringLiteral("--dpi"),      QStringLiteral("--font"),
        QStringLiteral("--font-size"),    QStringLiteral("--palette"),  QStringLiteral("--metric"),
        QStringLiteral("--unit"),         QStringLiteral("--scenario"), QStringLiteral("--title"),
        QStringLiteral("--legend"),       QStringLiteral("--top"),      QStringLiteral("--catalog"),
        QStringLiteral("--user-catalog"), QStringLiteral("--format"),   QStringLiteral("--over"),
        QStringLiteral("--search"),       QStringLiteral("--draws"),    QStringLiteral("--seed")};
    return options;
}

QString expected(const QString& option, const QString& what, const QString& value)
{
    return QStringLiteral("%1 expects %2, found '%3'").arg(option, what, value);
}

std::optional<QString> wholeNumber(const QString& option, const QString& value, int low, int high, int& out)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < low || n > high)
        return expected(option, QStringLiteral("a whole number from %1 to %2").arg(low).arg(high), value);
    out = n;
    return std::nullopt;
}

std::optional<QString> fontSize(const QString& value, double& out)
{
    bool ok = false;
    const double points = value.toDouble(&ok);
    if (!ok || points < 4.0 || points > 72.0)
        return expected(QStringLiteral("--font-size"), QStringLiteral("points from 4 to 72"), value);
    out = points;
    return std::nullopt;
}

template<typename T>
std::optional<QString> named(const QString& option, const QString& value, std::optional<T> parsed,
                             const char* choices, T& out)
{
    if (!parsed)
        return expected(option, QLatin1StringView(choices), value);
    out = *parsed;
    return std::nullopt;
}

std::optional<QString> unitOption(const QString& value, QString& out)
{
    const QStringList units =
        unitsFor(FigureMetric::Emissions) + unitsFor(FigureMetric::Energy) + unitsFor(FigureMetric::Time);
    if (!units.contains(value))
        return expected(QStringLiteral("--unit"), units.join(QLatin1Char('|')), value);
    out = value;
    return std::nullopt;
}

std::optional<QString> applyValue(const QString& name, const QString& value, FigureOptions& o)
{
    FigureSpec& s = o.spec;
    if (name == QLatin1StringView("--chart"))
        return named(name, value, chartFromName(value), "compare|breakdown|regions|devices", s.chart);
    if (name == QLatin1StringView("--metric"))
        return named(name, value, metricFromName(value), "emissions|energy|time|cost", s.metric);
    if (name == QLatin1StringView("--legend"))
        return named(name, value, legendFromName(value), "top|right|none", s.legend);
    if (name == QLatin1StringView("--palette"))
        return named(name, value, figurePaletteFromName(value), "okabe-ito|grayscale|viridis|tol-bright",
                     s.palette);
    if (name == QLatin1StringView("--size")) {
        QString error;
        const auto size = parseFigureSize(value, &error);
        return size ? (s.size = *size, std::nullopt) : std::optional<QString>(error);
    }
    if (name == QLatin1StringView("--dpi"))
        return wholeNumber(name, value, 72, 2400, s.dpi);
    if (name == QLatin1StringView("--font-size"))
        return fontSize(value, s.fontPoints);
    if (name == QLatin1StringView("--scenario"))
        return wholeNumber(name, value, 1, 10000, o.scenario);
    if (name == QLatin1StringView("--top"))
        return wholeNumber(name, value, 1, 1000, s.regionCount);
    if (name == QLatin1StringView("--unit"))
        return unitOption(value, s.unit);
    if (name == QLatin1StringView("--draws") || name == QLatin1StringView("--seed")) {
        bool ok = false;
        const qulonglong n = value.toULongLong(&ok);
        if (!ok || (name == QLatin1StringView("--draws") && (n < 2 || n > 10'000'000)))
            return expected(name, QStringLiteral("a whole number (draws: 2 to 10,000,000)"), value);
        if (name == QLatin1StringView("--draws"))
            o.draws = std::size_t(n);
        else
            o.seed = std::uint64_t(n);
        return std::nullopt;
    }
    if (name == QLatin1StringView("--font"))
        s.fontFamily = value;
    else if (name == QLatin1StringView("--title"))
        s.title = value;
    else if (name == QLatin1StringView("--output") || name == QLatin1StringView("-o"))
        o.output = value;
    else if (name == QLatin1StringView("--catalog"))
        o.catalogPath = value.toStdString();
    else if (name == QLatin1StringView("--user-catalog"))
        o.userCatalogPath = value.toStdString();
    else
        return QStringLiteral("figure does not take %1").arg(name);
    return std::nullopt;
}

std::optional<QString> checkComplete(const FigureOptions& o, bool chartGiven, int files)
{
    if (files != 1)
        return QStringLiteral("figure expects exactly one scenario or project file");
    if (!chartGiven)
        return QStringLiteral("figure needs --chart compare|breakdown|regions|devices");
    if (o.output.isEmpty())
        return QStringLiteral("figure needs --output FILE.pdf|.svg|.png");
    const QString suffix = o.output.section(QLatin1Char('.'), -1).toLower();
    if (!o.output.contains(QLatin1Char('.'))
        || !QStringList {QStringLiteral("pdf"), QStringLiteral("svg"), QStringLiteral("png")}.contains(
            suffix))
        return expected(QStringLiteral("--output"),
                        QStringLiteral("a file name ending in .pdf, .svg or .png"), o.output);
    return std::nullopt;
}

} // namespace

bool isFigureCommand(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (valueOptions().contains(arg))
            ++i; // its value
        else if (!arg.startsWith(QLatin1Char('-')) || arg == QLatin1StringView("-"))
            return arg == QLatin1StringView("figure");
    }
    return false;
}

std::optional<QString> parseFigureOptions(const QStringList& arguments, FigureOptions& o)
{
    bool chartGiven = false;
    bool commandSeen = false; // "figure" itself
    int files = 0;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString arg = arguments[i];
        QString value;
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        const bool inlineValue = arg.startsWith(QLatin1StringView("--")) && eq > 0;
        if (inlineValue) {
            value = arg.mid(eq + 1);
            arg.truncate(eq);
        }
        if (arg == QLatin1StringView("--help") || arg == QLatin1StringView("-h")) {
            o.help = true;
        } else if (arg == QLatin1StringView("--uncertainty")) {
            o.uncertainty = true;
        } else if (arg == QLatin1StringView("--no-default-ranges")) {
            o.defaultRanges = false;
        } else if (valueOptions().contains(arg)) {
            if (!inlineValue && i + 1 >= arguments.size())
                return QStringLiteral("%1 needs a value").arg(arg);
            if (!inlineValue)
                value = arguments[++i];
            chartGiven = chartGiven || arg == QLatin1StringView("--chart");
            if (auto problem = applyValue(arg, value, o))
                return problem;
        } else if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1StringView("-")) {
            return QStringLiteral("unknown option '%1'").arg(arg);
        } else if (!commandSeen) {
            commandSeen = true;
        } else {
            o.project = arg;
            ++files;
        }
    }
    return o.help ? std::nullopt : checkComplete(o, chartGiven, files);
}

QString figureUsage()
{
    return QStringLiteral(R"(Usage: aicarbon-cli figure FILE --chart KIND --output OUT.pdf|.svg|.png [OPTIONS]

Draws a publication figure of a scenario or project file. Needs no display.

  --chart compare|breakdown|regions|devices
                           compare: one bar per scenario of --metric; breakdown:
                           emissions stacked by component; regions, devices: one
                           scenario (--scenario) in every region or on every device
  --output FILE            .pdf and .svg keep text as text; .png at --dpi
  --size WxHmm|WxHin|single|1.5|double|slide
                           physical size (default single: 89x60mm)
  --dpi N                  PNG resolution (default 600)
  --font FAMILY            font family (default "DejaVu Sans")
  --font-size PT           font size in points on paper (default 8)
  --palette okabe-ito|grayscale|viridis|tol-bright
                           scenario colours (default okabe-ito)
  --metric emissions|energy|time|cost
                           what compare shows (default emissions)
  --unit kg|t|lb|kWh|MWh|h|days
                           axis unit (default: the one that suits the values)
  --scenario N             regions, devices: the Nth scenario of the file (default 1)
  --top N                  regions: at most N regions, lowest first (default 15;
                           fewer when they would not fit the height)
  --title TEXT             a title above the chart (default none)
  --legend top|right|none  legend position (default top)
  --uncertainty            compare, breakdown: error bars from p5 to p95 (90%
                           intervals, methodology section 13)
  --draws N, --seed S      Monte Carlo draws (default 10000) and seed (20191)
  --no-default-ranges      only the ranges the scenarios give (methodology 13.2)
  --catalog PATH, --user-catalog PATH
                           as for the other commands

Exit codes: 0 ok, 1 usage, 2 bad input file (or a file that cannot be
written), 3 unknown catalog id.
)");
}

} // namespace aicarbon
