// SPDX-License-Identifier: GPL-3.0-or-later
#include "uncertaintybox.h"

#include "appsettings.h"
#include "diagnostictext.h"
#include "displayformat.h"
#include "scenariodocument.h"
#include "scenariouncertainty.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace aicarbon {

namespace {

struct IntervalRow
{
    const char* key;
    const char* label;
};

constexpr IntervalRow kIntervalRows[] = {
    {"totalEmissions", QT_TRANSLATE_NOOP("aicarbon::UncertaintyBox", "CO2e, total")},
    {"marketBased", QT_TRANSLATE_NOOP("aicarbon::UncertaintyBox", "CO2e, market-based")},
    {"facilityEnergy", QT_TRANSLATE_NOOP("aicarbon::UncertaintyBox", "Energy, facility")},
    {"wallClock", QT_TRANSLATE_NOOP("aicarbon::UncertaintyBox", "Wall-clock time")},
    {"cost", QT_TRANSLATE_NOOP("aicarbon::UncertaintyBox", "Cost")},
};

/// "62 t (41–95 t, 90% interval)": the central value in the unit that suits it.
QString withInterval(const DisplayFormat& f, const Interval& i, const ScaledUnit& unit)
{
    return UncertaintyBox::tr("%1 (%2, %3% interval)")
        .arg(f.number(i.central / unit.divisor) + QChar(0x202F) + unit.symbol, f.range(i.p5, i.p95, unit),
             QLocale().toString(kIntervalPercent));
}

int defaultRangeCount(const UncertaintyResult& r)
{
    return static_cast<int>(
        std::count_if(r.ranges.begin(), r.ranges.end(), [](const RangedInput& in) { return in.isDefault; }));
}

} // namespace

UncertaintyBox::UncertaintyBox(const AppContext& context, QWidget* parent)
    : QGroupBox(tr("Uncertainty"), parent)
    , m_context(context)
    , m_form(new QFormLayout(this))
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("uncertaintyBox"));
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const IntervalRow& row : kIntervalRows) {
        auto* value = new QLabel;
        value->setObjectName(QStringLiteral("interval.") + QLatin1StringView(row.key));
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(tr(row.label), value);
    }
    m_status->setObjectName(QStringLiteral("interval.status"));
    m_status->setWordWrap(true);
    m_form->addRow(m_status);
    if (ScenarioUncertainty* u = context.uncertainty) {
        connect(u, &ScenarioUncertainty::resultChanged, this, [this](int index) {
            if (index == m_current)
                refresh();
        });
    }
}

void UncertaintyBox::setCurrentScenario(int index)
{
    m_current = index;
    refresh();
}

void UncertaintyBox::refresh()
{
    const ScenarioUncertainty* u = m_context.uncertainty;
    const ScenarioDocument* document = m_context.document;
    const bool show = u && u->isEnabled() && m_current >= 0 && m_current < document->count()
        && document->estimate(m_current).valid();
    setVisible(show);
    if (!show)
        return;
    const UncertaintyResult* r = u->result(m_current);
    for (const IntervalRow& row : kIntervalRows)
        setRow(row.key, QStringLiteral("…"));
    if (!r) {
        m_status->setText(u->isPending(m_current)
                              ? tr("Computing the %1% intervals…").arg(QLocale().toString(kIntervalPercent))
                              : QString());
        return;
    }
    const DisplayFormat f = m_context.settings ? m_context.settings->displayFormat() : DisplayFormat();
    showResult(*r, document->estimate(m_current), f);
}

void UncertaintyBox::showResult(const UncertaintyResult& r, const Estimate& e, const DisplayFormat& f)
{
    if (!r.valid() || r.draws == 0) {
        const auto error = std::find_if(r.diagnostics.begin(), r.diagnostics.end(),
                                        [](const Diagnostic& d) { return d.severity == Severity::Error; });
        m_status->setText(error != r.diagnostics.end() ? tr("No intervals: %1").arg(diagnosticText(*error))
                                                       : tr("No intervals."));
        return;
    }
    const Interval& kg = r.metric(Metric::TotalEmissionsKg);
    const Interval& market = r.metric(Metric::MarketBasedKg);
    const Interval& kwh = r.metric(Metric::FacilityEnergyKwh);
    const Interval& hours = r.metric(Metric::WallClockHours);
    const Interval& cost = r.metric(Metric::TotalCost);
    setRow("totalEmissions", withInterval(f, kg, f.massUnitFor(kg.central)));
    setRow("marketBased", withInterval(f, market, f.massUnitFor(market.central)));
    setRow("facilityEnergy", withInterval(f, kwh, f.energyUnitFor(kwh.central)));
    setRow("wallClock", withInterval(f, hours, f.durationUnitFor(hours.central)));
    const QString currency = QString::fromStdString(e.currency);
    const bool priced = e.inputs.pricePerDeviceHour > 0.0 || e.inputs.carbonPricePerTonne > 0.0;
    setRow("cost",
           priced ? tr("%1 (%2, %3% interval)")
                        .arg(f.money(cost.central, currency), f.moneyRange(cost.p5, cost.p95, currency),
                             QLocale().toString(kIntervalPercent))
                  : tr("not priced"));
    m_status->setText(r.ranges.empty()
                          ? tr("No input has a range, so these are point estimates. Give a field a range, "
                               "or switch on the default ranges in Preferences.")
                          : tr("%Ln draw(s); uncertain inputs: %1, of which %2 with a default range. The "
                               "Sensitivity tab shows which input matters most.",
                               nullptr, int(r.draws))
                                .arg(QLocale().toString(qsizetype(r.ranges.size())),
                                     QLocale().toString(defaultRangeCount(r))));
}

void UncertaintyBox::setRow(const char* key, const QString& text)
{
    if (auto* label = findChild<QLabel*>(QStringLiteral("interval.") + QLatin1StringView(key)))
        label->setText(text);
}

} // namespace aicarbon
