// SPDX-License-Identifier: GPL-3.0-or-later
#include "howcomputed.h"

#include "assumptiontext.h"
#include "displayformat.h"
#include "estimate.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <utility>

namespace aicarbon {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("HowComputed", text);
}

/// Builds the steps of one estimate; each add*() appends what applies.
class StepBuilder
{
public:
    StepBuilder(const Estimate& estimate, const DisplayFormat& format)
        : m_e(estimate)
        , m_in(estimate.inputs)
        , m_f(estimate.figures)
        , m_format(format)
    { }

    QList<HowComputedStep> build()
    {
        addCompute();
        addArchitecture();
        addDeviceTime();
        addImpliedMfu();
        addWallClock();
        addPower();
        addItEnergy();
        addFacilityEnergy();
        addEmissions();
        addSearch();
        addDevelopment();
        addOperationalTotal();
        addMarketBased();
        addEmbodied();
        addTotal();
        addCost();
        return m_steps;
    }

private:
    void add(const char* title, const QString& formula, const QString& substituted, const QString& result,
             const QString& source, const QString& explanation)
    {
        m_steps.append({tr(title), formula, substituted, result, source, explanation});
    }
    /// "methodology §4": where docs/methodology.md explains a step.
    static QString methodology(int section)
    {
        return QCoreApplication::translate("HowComputed", "methodology §%1").arg(QString::number(section));
    }

    // --- number display ------------------------------------------------------------
    QString sci(double v) const { return formatScientific(v, m_format.locale()); }
    QString hours(double h) const { return h >= 1000.0 ? m_format.count(h) : sci(h); }
    QString watts(double w) const { return QCoreApplication::translate("HowComputed", "%1 W").arg(sci(w)); }
    /// Four significant digits in the user's unit, so that each line's arithmetic can be followed.
    QString energy(Energy e) const
    {
        const ScaledUnit unit = m_format.energyUnitFor(e.kilowattHours());
        return sci(e.kilowattHours() / unit.divisor) + QChar(0x202F) + unit.symbol;
    }
    QString mass(Mass m) const
    {
        const ScaledUnit unit = m_format.massUnitFor(m.kilograms());
        return sci(m.kilograms() / unit.divisor) + QChar(0x202F) + unit.symbol;
    }
    QString intensity(CarbonIntensity i) const
    {
        return QCoreApplication::translate("HowComputed", "%1 g/kWh").arg(sci(i.gramsPerKilowattHour()));
    }
    QString money(double amount) const
    {
        return m_format.money(amount, QString::fromStdString(m_e.currency));
    }

    double value(const char* key, double fallback = 0.0) const
    {
        const Assumption* a = m_e.assumption(key);
        return a && a->value ? *a->value : fallback;
    }
    bool has(const char* key) const { return m_e.assumption(key) != nullptr; }
    Origin origin(const char* key) const
    {
        const Assumption* a = m_e.assumption(key);
        return a ? a->origin : Origin::Default;
    }
    QString sourceOf(const char* key) const;
    /// "k: Kaplan et al.; N, D: Brown et al." over (symbol, assumption key) pairs.
    QString sources(std::initializer_list<std::pair<const char*, const char*>> items) const;

    bool accounting() const { return m_in.fixedDeviceHours > 0.0; }
    double finalHours() const { return m_f.finalRun.deviceTime.hours(); }

    void addCompute();
    void addArchitecture();
    void addDeviceTime();
    void addImpliedMfu();
    void addWallClock();
    void addPower();
    void addItEnergy();
    void addFacilityEnergy();
    void addEmissions();
    void addSearch();
    void addDevelopment();
    void addOperationalTotal();
    void addMarketBased();
    void addEmbodied();
    void addTotal();
    void addCost();

    const Estimate& m_e;
    const ResolvedInputs& m_in;
    const Figures& m_f;
    const DisplayFormat& m_format;
    QList<HowComputedStep> m_steps;
};

QString StepBuilder::sourceOf(const char* key) const
{
    const Assumption* a = m_e.assumption(key);
    if (!a)
        return {};
    if (a->source == "scenario")
        return QCoreApplication::translate("HowComputed", "your input");
    return QString::fromStdString(a->source);
}

QString StepBuilder::sources(std::initializer_list<std::pair<const char*, const char*>> items) const
{
    QList<std::pair<QString, QStringList>> grouped; // source → symbols, in first-use order
    for (const auto& [symbol, key] : items) {
        const QString source = sourceOf(key);
        if (source.isEmpty())
            continue;
        auto it =
            std::find_if(grouped.begin(), grouped.end(), [&](const auto& g) { return g.first == source; });
        if (it == grouped.end())
            grouped.append({source, {tr(symbol)}});
        else
            it->second.append(tr(symbol));
    }
    QStringList parts;
    for (const auto& [source, symbols] : grouped)
        parts << symbols.join(QStringLiteral(", ")) + QStringLiteral(": ") + source;
    return parts.join(QStringLiteral("; "));
}

void StepBuilder::addCompute()
{
    const ComputeBreakdown& c = m_e.compute;
    if (m_in.trainingFlops <= 0.0)
        return;
    if (origin("training_flops") == Origin::User)
        return add(
            QT_TRANSLATE_NOOP("HowComputed", "Training compute"),
            QCoreApplication::translate("HowComputed", "C = training FLOPs (given)"),
            QCoreApplication::translate("HowComputed", "C = %1").arg(m_format.flops(m_in.trainingFlops)),
            m_format.flops(m_in.trainingFlops), sources({{"C", "training_flops"}}),
            QCoreApplication::translate("HowComputed",
                                        "You entered the total work of the training run in "
                                        "floating-point operations, so it is used as given."));
    add(QT_TRANSLATE_NOOP("HowComputed", "Training compute"),
        QCoreApplication::translate("HowComputed", "C = k × N × D"),
        QCoreApplication::translate("HowComputed", "C = %1 × %2 × %3 = %4")
            .arg(sci(c.flopsPerParameterToken), sci(c.parameters), sci(c.tokens),
                 m_format.flops(c.simpleFlops)),
        m_format.flops(c.simpleFlops),
        sources({{"k", "flops_per_parameter_token"}, {"N", "parameters"}, {"D", "tokens"}}),
        QCoreApplication::translate("HowComputed",
                                    "Training costs about %1 floating-point operations for every "
                                    "parameter (N) and every training token (D).")
            .arg(sci(c.flopsPerParameterToken)));
}

void StepBuilder::addArchitecture()
{
    const ComputeBreakdown& c = m_e.compute;
    if (c.architectureFlops <= 0.0 || c.simpleFlops <= 0.0)
        return;
    add(QT_TRANSLATE_NOOP("HowComputed", "Compute with the attention term (reported only)"),
        QCoreApplication::translate("HowComputed", "C′ = (k / 2) × (2 N′ + 2 L n_ctx d) × D, N′ = 12 L d²"),
        QCoreApplication::translate("HowComputed",
                                    "N′ = %1 non-embedding parameters; C′ = %2 (%3 against k × N × D)")
            .arg(sci(c.nonEmbeddingParameters), m_format.flops(c.architectureFlops),
                 m_format.percentChange(c.architectureFlops, c.simpleFlops)),
        m_format.flops(c.architectureFlops),
        QCoreApplication::translate("HowComputed", "Kaplan et al. %1, Table %2; not used for time or energy")
            .arg(QString::number(2020), QString::number(1)),
        QCoreApplication::translate("HowComputed",
                                    "Counting the layers and the attention over the context separately "
                                    "refines the estimate; it is shown for comparison only."));
}

void StepBuilder::addDeviceTime()
{
    const QString result =
        QCoreApplication::translate("HowComputed", "%1 device-hours").arg(hours(finalHours()));
    if (accounting())
        return add(QT_TRANSLATE_NOOP("HowComputed", "Device time (final run)"),
                   QCoreApplication::translate("HowComputed", "device-hours = given (accounting mode)"),
                   QCoreApplication::translate("HowComputed", "T = %1").arg(result), result,
                   sources({{"T", has("device_hours") ? "device_hours" : "wall_clock_hours"}}),
                   QCoreApplication::translate("HowComputed",
                                               "You entered the time the devices ran, so it is used as "
                                               "given."));
    add(QT_TRANSLATE_NOOP("HowComputed", "Device time (final run)"),
        QCoreApplication::translate("HowComputed", "T = C / (peak × MFU)"),
        QCoreApplication::translate("HowComputed", "T = %1 FLOP / (%2 FLOP/s × %3) = %4 s = %5")
            .arg(sci(m_in.trainingFlops), sci(m_in.peakFlopsPerSecond), sci(m_in.mfu),
                 sci(m_f.finalRun.deviceTime.seconds()), result),
        result, sources({{"peak", "peak_tflops"}, {"MFU", "mfu"}}),
        QCoreApplication::translate("HowComputed",
                                    "The time is the work divided by the speed a chip really reaches: "
                                    "its peak speed times the fraction of it used (MFU)."));
}

void StepBuilder::addImpliedMfu()
{
    if (!accounting() || m_f.mfu <= 0.0)
        return;
    add(QT_TRANSLATE_NOOP("HowComputed", "Implied MFU"),
        QCoreApplication::translate("HowComputed", "MFU = C / (peak × device-seconds)"),
        QCoreApplication::translate("HowComputed", "MFU = %1 FLOP / (%2 FLOP/s × %3 s) = %4")
            .arg(sci(m_in.trainingFlops), sci(m_in.peakFlopsPerSecond),
                 sci(m_f.finalRun.deviceTime.seconds()), sci(m_f.mfu)),
        sci(m_f.mfu), sources({{"C", "training_flops"}, {"peak", "peak_tflops"}}),
        QCoreApplication::translate("HowComputed",
                                    "Dividing the work by the time it took shows which fraction of "
                                    "the chips' peak speed the run achieved."));
}

void StepBuilder::addWallClock()
{
    add(QT_TRANSLATE_NOOP("HowComputed", "Wall-clock time"),
        QCoreApplication::translate("HowComputed", "wall-clock = device-hours / devices"),
        QCoreApplication::translate("HowComputed", "%1 h / %2 = %3 h")
            .arg(hours(finalHours()), m_format.count(m_in.deviceCount), hours(m_f.wallClock.hours())),
        m_format.duration(m_f.wallClock),
        sources({{QT_TRANSLATE_NOOP("HowComputed", "devices"), "device_count"}})
            + QCoreApplication::translate("HowComputed", "; perfect scaling, no idle time (%1)")
                  .arg(methodology(2)),
        QCoreApplication::translate("HowComputed",
                                    "Sharing the work among more devices shortens the calendar time, "
                                    "assuming they work perfectly in parallel."));
}

void StepBuilder::addPower()
{
    const double device = m_in.devicePower.watts();
    const QString host = watts(m_in.hostPower.watts());
    if (origin("device_power_w") == Origin::User)
        return add(
            QT_TRANSLATE_NOOP("HowComputed", "Power per device"),
            QCoreApplication::translate("HowComputed", "P = measured average + host"),
            QCoreApplication::translate("HowComputed", "P = %1 + %2 host").arg(watts(device), host),
            watts(device + m_in.hostPower.watts()),
            sources({{"P", "device_power_w"}, {QT_TRANSLATE_NOOP("HowComputed", "host"), "host_power_w"}}),
            QCoreApplication::translate("HowComputed",
                                        "Your measured power of a device is used, plus its share of the "
                                        "host server's power."));
    add(QT_TRANSLATE_NOOP("HowComputed", "Power per device"),
        QCoreApplication::translate("HowComputed", "P = idle + u × (TDP − idle), plus host"),
        QCoreApplication::translate("HowComputed", "u = %1, TDP = %2 → P = %3; host %4")
            .arg(sci(value("power_utilization", 1.0)), watts(value("tdp_w")), watts(device), host),
        watts(device + m_in.hostPower.watts()),
        sources({{"TDP", "tdp_w"},
                 {"u", "power_utilization"},
                 {QT_TRANSLATE_NOOP("HowComputed", "host"), "host_power_w"}}),
        QCoreApplication::translate("HowComputed",
                                    "A busy chip draws between its idle power and its rated maximum "
                                    "(TDP); the host server's CPUs, memory and network add their share."));
}

void StepBuilder::addItEnergy()
{
    add(QT_TRANSLATE_NOOP("HowComputed", "IT energy (final run)"),
        QCoreApplication::translate("HowComputed", "E_IT = devices × hours × (device + host power)"),
        QCoreApplication::translate("HowComputed", "%1 × %2 h × (%3 + %4) = %5")
            .arg(m_format.count(m_in.deviceCount), hours(m_f.wallClock.hours()),
                 watts(m_in.devicePower.watts()), watts(m_in.hostPower.watts()),
                 energy(m_f.finalRun.itEnergy)),
        energy(m_f.finalRun.itEnergy), methodology(4),
        QCoreApplication::translate("HowComputed",
                                    "Energy is power multiplied by time, added up over all devices."));
}

void StepBuilder::addFacilityEnergy()
{
    add(QT_TRANSLATE_NOOP("HowComputed", "Facility energy (final run)"),
        QCoreApplication::translate("HowComputed", "E = E_IT × PUE"),
        QCoreApplication::translate("HowComputed", "%1 × %2 = %3")
            .arg(energy(m_f.finalRun.itEnergy), sci(m_in.pue), energy(m_f.finalRun.facilityEnergy)),
        energy(m_f.finalRun.facilityEnergy), sources({{"PUE", "pue"}}),
        QCoreApplication::translate("HowComputed",
                                    "The data centre also spends energy on cooling and power supply; "
                                    "its PUE is the facility's energy divided by the computers' energy."));
}

void StepBuilder::addEmissions()
{
    const Assumption* a = m_e.assumption("carbon_intensity");
    const QString label = a ? assumptionName(*a) + QStringLiteral(": ") : QString();
    add(QT_TRANSLATE_NOOP("HowComputed", "Emissions (final run, location-based)"),
        QCoreApplication::translate("HowComputed", "CO2e = E × intensity"),
        QCoreApplication::translate("HowComputed", "%1 × %2 = %3")
            .arg(energy(m_f.finalRun.facilityEnergy), intensity(m_in.intensity),
                 mass(m_f.finalRun.operational)),
        mass(m_f.finalRun.operational), label + sourceOf("carbon_intensity"),
        QCoreApplication::translate("HowComputed",
                                    "Every kilowatt-hour taken from the local grid comes with the "
                                    "greenhouse gases emitted on average to generate it there."));
}

void StepBuilder::addSearch()
{
    if (m_in.searchRuns <= 0.0)
        return;
    const ComponentFigures& s = m_f.search;
    add(QT_TRANSLATE_NOOP("HowComputed", "Hyperparameter search"),
        QCoreApplication::translate("HowComputed",
                                    "T_search = T × R (R = search compute in full runs, %1 trials)")
            .arg(sci(m_e.searchBudget.trials)),
        QCoreApplication::translate("HowComputed", "%1 h × %2 = %3 h → %4 → %5")
            .arg(hours(finalHours()), sci(m_in.searchRuns), hours(s.deviceTime.hours()),
                 energy(s.facilityEnergy), mass(s.operational)),
        mass(s.operational), sources({{"R", "search_runs"}}),
        QCoreApplication::translate("HowComputed",
                                    "Trying many settings before the final run repeats much of the "
                                    "training, so the search costs a multiple of one run."));
}

void StepBuilder::addDevelopment()
{
    if (m_in.developmentMultiplier <= 1.0)
        return;
    const ComponentFigures& d = m_f.development;
    add(QT_TRANSLATE_NOOP("HowComputed", "Development"),
        QCoreApplication::translate("HowComputed", "T_dev = (T + T_search) × (m − 1)"),
        QCoreApplication::translate("HowComputed", "(%1 h + %2 h) × (%3 − 1) = %4 h → %5 → %6")
            .arg(hours(finalHours()), hours(m_f.search.deviceTime.hours()), sci(m_in.developmentMultiplier),
                 hours(d.deviceTime.hours()), energy(d.facilityEnergy), mass(d.operational)),
        mass(d.operational), sources({{"m", "development_multiplier"}}),
        QCoreApplication::translate("HowComputed",
                                    "Experiments, failed runs and debugging while the model is "
                                    "developed add a share on top of the runs themselves."));
}

void StepBuilder::addOperationalTotal()
{
    if (m_in.searchRuns <= 0.0 && m_in.developmentMultiplier <= 1.0)
        return;
    add(QT_TRANSLATE_NOOP("HowComputed", "Operational emissions, all components"),
        QCoreApplication::translate("HowComputed", "final run + search + development"),
        QCoreApplication::translate("HowComputed", "%1 + %2 + %3 = %4 (%5, %6 device-hours)")
            .arg(mass(m_f.finalRun.operational), mass(m_f.search.operational),
                 mass(m_f.development.operational), mass(m_f.total.operational),
                 energy(m_f.total.facilityEnergy), hours(m_f.total.deviceTime.hours())),
        mass(m_f.total.operational), methodology(6),
        QCoreApplication::translate("HowComputed",
                                    "The electricity's emissions of the whole project add up the final "
                                    "run, the search and the development."));
}

void StepBuilder::addMarketBased()
{
    add(QT_TRANSLATE_NOOP("HowComputed", "Market-based emissions"),
        QCoreApplication::translate("HowComputed", "CO2e_market = CO2e × (1 − CFE)"),
        QCoreApplication::translate("HowComputed", "%1 × (1 − %2) = %3")
            .arg(mass(m_f.total.operational), sci(m_in.carbonFreeFraction), mass(m_f.total.marketBased)),
        mass(m_f.total.marketBased), sources({{"CFE", "carbon_free_energy_fraction"}}),
        QCoreApplication::translate("HowComputed",
                                    "Market-based accounting counts the share of electricity bought "
                                    "from carbon-free sources as emitting nothing."));
}

void StepBuilder::addEmbodied()
{
    if (m_in.embodiedKgPerDeviceHour <= 0.0)
        return;
    add(QT_TRANSLATE_NOOP("HowComputed", "Embodied emissions"),
        QCoreApplication::translate("HowComputed",
                                    "embodied = per-device CO2e × device-hours / (lifetime × %1 h)")
            .arg(m_format.count(kHoursPerYear)),
        QCoreApplication::translate("HowComputed", "%1 kg × %2 h / (%3 × %4 h) = %5")
            .arg(sci(value("embodied_per_device")), hours(m_f.total.deviceTime.hours()),
                 sci(value("lifetime_years")), m_format.count(kHoursPerYear), mass(m_f.total.embodied)),
        mass(m_f.total.embodied),
        sources({{QT_TRANSLATE_NOOP("HowComputed", "per device"), "embodied_per_device"},
                 {QT_TRANSLATE_NOOP("HowComputed", "lifetime"), "lifetime_years"}}),
        QCoreApplication::translate("HowComputed",
                                    "Making the hardware also emitted greenhouse gases; the run is "
                                    "charged its share of the hardware's lifetime."));
}

void StepBuilder::addTotal()
{
    add(QT_TRANSLATE_NOOP("HowComputed", "Total emissions"),
        QCoreApplication::translate("HowComputed", "total = location-based + embodied"),
        QCoreApplication::translate("HowComputed", "%1 + %2 = %3")
            .arg(mass(m_f.total.operational), mass(m_f.total.embodied), mass(m_f.totalEmissions)),
        mass(m_f.totalEmissions),
        QCoreApplication::translate("HowComputed", "methodology §%1, §%2")
            .arg(QString::number(5), QString::number(7)),
        QCoreApplication::translate("HowComputed",
                                    "The footprint adds the emissions of the electricity used and the "
                                    "share of making the hardware."));
}

void StepBuilder::addCost()
{
    const double price = m_in.pricePerDeviceHour;
    const double carbonPrice = m_in.carbonPricePerTonne;
    if (price <= 0.0 && carbonPrice <= 0.0)
        return;
    QStringList terms;
    QStringList formula;
    if (price > 0.0) {
        formula << QCoreApplication::translate("HowComputed", "price × device-hours");
        terms << QCoreApplication::translate("HowComputed", "%1 × %2 h")
                     .arg(money(price), hours(m_f.total.deviceTime.hours()));
    }
    if (carbonPrice > 0.0) {
        formula << QCoreApplication::translate("HowComputed", "carbon price × tonnes CO2e");
        terms << QCoreApplication::translate("HowComputed", "%1 × %2 t")
                     .arg(money(carbonPrice), sci(m_f.totalEmissions.tonnes()));
    }
    const QString plus = QStringLiteral(" + ");
    add(QT_TRANSLATE_NOOP("HowComputed", "Cost"), formula.join(plus),
        terms.join(plus) + QStringLiteral(" = ") + money(m_f.totalCost), money(m_f.totalCost),
        sources({{QT_TRANSLATE_NOOP("HowComputed", "price"), "price_per_device_hour"},
                 {QT_TRANSLATE_NOOP("HowComputed", "carbon price"), "carbon_price_per_tonne"}}),
        QCoreApplication::translate("HowComputed",
                                    "The bill is the rented device time times its price, plus any "
                                    "price put on the carbon emitted."));
}

} // namespace

QList<HowComputedStep> howComputed(const Estimate& estimate, const DisplayFormat& format)
{
    if (!estimate.valid())
        return {};
    return StepBuilder(estimate, format).build();
}

} // namespace aicarbon
