// SPDX-License-Identifier: GPL-3.0-or-later
#include "assumptiontext.h"
#include "regiontablemodel.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <string_view>

namespace aicarbon {

namespace {

/// One name core gives an assumption: `text` is the English name with %1, %2, ... for its
/// nameArgs; the arg named by `basisArg` (1-based; 0 = none) is a basis word to translate.
struct AssumptionName
{
    std::string_view key;
    const char* text;
    int basisArg = 0;
};

// clang-format off
constexpr AssumptionName kNames[] = {
    {"data_version", QT_TRANSLATE_NOOP("AssumptionText", "Catalog data version")},
    {"model", QT_TRANSLATE_NOOP("AssumptionText", "Model preset")},
    {"flops_per_parameter_token", QT_TRANSLATE_NOOP("AssumptionText", "FLOPs per parameter per token")},
    {"parameters", QT_TRANSLATE_NOOP("AssumptionText", "Parameters")},
    {"parameters", QT_TRANSLATE_NOOP("AssumptionText", "Active parameters (per token)")},
    {"training_flops", QT_TRANSLATE_NOOP("AssumptionText", "Training compute")},
    {"training_flops", QT_TRANSLATE_NOOP("AssumptionText", "Training compute (k·N·D)")},
    {"tokens", QT_TRANSLATE_NOOP("AssumptionText", "Training tokens")},
    {"tokens", QT_TRANSLATE_NOOP("AssumptionText", "Training tokens (dataset × epochs)")},
    {"tokens", QT_TRANSLATE_NOOP("AssumptionText", "Training tokens (steps × batch × sequence length)")},
    {"device", QT_TRANSLATE_NOOP("AssumptionText", "Device")},
    {"device_count", QT_TRANSLATE_NOOP("AssumptionText", "Devices")},
    {"device_hours", QT_TRANSLATE_NOOP("AssumptionText", "Device-hours (accounting mode)")},
    {"wall_clock_hours", QT_TRANSLATE_NOOP("AssumptionText", "Wall-clock hours (accounting mode)")},
    {"precision", QT_TRANSLATE_NOOP("AssumptionText", "Precision")},
    {"peak_tflops", QT_TRANSLATE_NOOP("AssumptionText", "Dense peak per device")},
    {"mfu", QT_TRANSLATE_NOOP("AssumptionText", "Model FLOPs utilization")},
    {"implied_mfu", QT_TRANSLATE_NOOP("AssumptionText", "Implied MFU (from the runtime)")},
    {"device_power_w", QT_TRANSLATE_NOOP("AssumptionText", "Average power per device (measured)")},
    {"device_power_w", QT_TRANSLATE_NOOP("AssumptionText", "Average power per device (idle + u·(TDP − idle))")},
    {"host_power_w", QT_TRANSLATE_NOOP("AssumptionText", "Host power per device")},
    {"tdp_w", QT_TRANSLATE_NOOP("AssumptionText", "TDP per device")},
    {"power_utilization", QT_TRANSLATE_NOOP("AssumptionText", "Power utilization")},
    {"region", QT_TRANSLATE_NOOP("AssumptionText", "Region")},
    {"region", QT_TRANSLATE_NOOP("AssumptionText", "Cloud region")},
    {"carbon_intensity", QT_TRANSLATE_NOOP("AssumptionText", "Grid carbon intensity")},
    {"carbon_intensity", QT_TRANSLATE_NOOP("AssumptionText", "Grid carbon intensity, %1 %2 (%3)"), 3},
    {"carbon_free_energy_fraction", QT_TRANSLATE_NOOP("AssumptionText", "Carbon-free energy (market-based)")},
    {"carbon_free_energy_fraction", QT_TRANSLATE_NOOP("AssumptionText", "Carbon-free energy (provider CFE%)")},
    {"pue", QT_TRANSLATE_NOOP("AssumptionText", "PUE")},
    {"pue", QT_TRANSLATE_NOOP("AssumptionText", "PUE (global default)")},
    {"pue", QT_TRANSLATE_NOOP("AssumptionText", "PUE (%1)")},
    {"pue", QT_TRANSLATE_NOOP("AssumptionText", "PUE (%1 fleet)")},
    {"search_runs", QT_TRANSLATE_NOOP("AssumptionText", "Search compute (in full runs)")},
    {"development_multiplier", QT_TRANSLATE_NOOP("AssumptionText", "Development multiplier")},
    {"embodied_per_device", QT_TRANSLATE_NOOP("AssumptionText", "Embodied emissions per device")},
    {"lifetime_years", QT_TRANSLATE_NOOP("AssumptionText", "Device lifetime")},
    {"price_per_device_hour", QT_TRANSLATE_NOOP("AssumptionText", "Price per device-hour")},
    {"carbon_price_per_tonne", QT_TRANSLATE_NOOP("AssumptionText", "Carbon price per tonne")},
};

// clang-format on

/// `text` with its %n replaced by args; `basisArg` (1-based) translated when `translate`.
QString filled(QString text, const Assumption& a, int basisArg, bool translate)
{
    for (std::size_t i = 0; i < a.nameArgs.size(); ++i) {
        const bool isBasis = translate && int(i) + 1 == basisArg;
        text = text.arg(isBasis ? RegionTableModel::basisName(a.nameArgs[i])
                                : QString::fromStdString(a.nameArgs[i]));
    }
    return text;
}

/// How many %1, %2, ... a text has.
qsizetype placeholderCount(const char* text)
{
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    return QString::fromUtf8(text).count(placeholder);
}

/// The entry whose English text, filled with the args, is the assumption's name.
const AssumptionName* entryOf(const Assumption& a)
{
    const QString english = QString::fromStdString(a.name);
    for (const AssumptionName& n : kNames) {
        if (n.key == a.key && placeholderCount(n.text) == qsizetype(a.nameArgs.size())
            && filled(QString::fromUtf8(n.text), a, n.basisArg, false) == english)
            return &n;
    }
    return nullptr;
}

} // namespace

QString assumptionName(const Assumption& assumption)
{
    const AssumptionName* entry = entryOf(assumption);
    if (!entry)
        return QString::fromStdString(assumption.name);
    return filled(QCoreApplication::translate("AssumptionText", entry->text), assumption, entry->basisArg,
                  true);
}

bool hasAssumptionName(const Assumption& assumption)
{
    return entryOf(assumption) != nullptr;
}

} // namespace aicarbon
