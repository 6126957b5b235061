// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBrush>
#include <QColor>
#include <QString>
#include <QStringList>

namespace aicarbon {

/// Scenario colours. Okabe–Ito (Okabe & Ito 2008) is the colour-blind-safe default;
/// Tol's "bright" scheme (Tol 2021) is the alternative; grayscale is for print; viridis
/// (van der Walt & Smith 2015) is colour-blind safe and ordered by lightness.
enum class PaletteKind
{
    OkabeIto,
    TolBright,
    Grayscale,
    Viridis
};

/// The colour of a scenario's stable colour slot; slots beyond the palette repeat.
QColor scenarioColor(int slot, PaletteKind kind);
/// The fill of a scenario's bars: its colour, hatched from the fourth grayscale slot on
/// so that print keeps five scenarios apart without hue.
QBrush scenarioBrush(int slot, PaletteKind kind);
/// Stable names used in settings: "okabe-ito", "tol-bright", "grayscale", "viridis".
QString paletteName(PaletteKind kind);
PaletteKind paletteFromName(const QString& name);
QStringList paletteNames();

} // namespace aicarbon
