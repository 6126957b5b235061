// SPDX-License-Identifier: GPL-3.0-or-later
#include "equivalenttext.h"

#include <QCoreApplication>

#include <string_view>

namespace aicarbon {

namespace {

/// One row of data/equivalents.csv: its id, a translatable name and unit. The unit
/// follows a formatted, often fractional count ("0.42 car lifetime"), so it is written
/// as a unit symbol whose form does not depend on the count.
struct EquivalentText
{
    std::string_view id;
    const char* name;
    const char* unit;
};

// clang-format off
constexpr EquivalentText kEquivalents[] = {
    {"car_lifetime", QT_TRANSLATE_NOOP("EquivalentText", "Car, average including fuel, over its lifetime"),
     QT_TRANSLATE_NOOP("EquivalentText", "car lifetime")},
    {"flight_ny_sf_round_trip", QT_TRANSLATE_NOOP("EquivalentText", "Air travel, one passenger, New York–San Francisco round trip"),
     QT_TRANSLATE_NOOP("EquivalentText", "passenger round trip")},
    {"human_year_world", QT_TRANSLATE_NOOP("EquivalentText", "Human life, world average, one year"),
     QT_TRANSLATE_NOOP("EquivalentText", "person-year")},
    {"human_year_us", QT_TRANSLATE_NOOP("EquivalentText", "American life, average, one year"),
     QT_TRANSLATE_NOOP("EquivalentText", "person-year")},
    {"car_km", QT_TRANSLATE_NOOP("EquivalentText", "Passenger car, typical US vehicle, per km"),
     QT_TRANSLATE_NOOP("EquivalentText", "km driven")},
    {"car_km_eu", QT_TRANSLATE_NOOP("EquivalentText", "Passenger car, European average, per km"),
     QT_TRANSLATE_NOOP("EquivalentText", "km driven")},
    {"tree_month", QT_TRANSLATE_NOOP("EquivalentText", "Tree, CO2 sequestered in one month"),
     QT_TRANSLATE_NOOP("EquivalentText", "tree-month")},
};
// clang-format on

const EquivalentText* textOf(const std::string& id)
{
    for (const EquivalentText& e : kEquivalents) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

} // namespace

QString equivalentName(const EquivalentValue& equivalent)
{
    const EquivalentText* text = textOf(equivalent.id);
    return text ? QCoreApplication::translate("EquivalentText", text->name)
                : QString::fromStdString(equivalent.name);
}

QString equivalentUnit(const EquivalentValue& equivalent)
{
    const EquivalentText* text = textOf(equivalent.id);
    return text ? QCoreApplication::translate("EquivalentText", text->unit)
                : QString::fromStdString(equivalent.unit);
}

bool isKnownEquivalent(const std::string& id)
{
    return textOf(id) != nullptr;
}

} // namespace aicarbon
