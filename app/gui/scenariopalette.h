// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

namespace aicarbon {

/// Scenario colours. Okabe–Ito (Okabe & Ito 2008) is the colour-blind-safe default;
/// Tol's "bright" scheme (Tol 2021) is the alternative; grayscale is for print.
enum class PaletteKind
{
    OkabeIto,
    TolBright,
    Grayscale
};

/// The colour of a scenario's stable colour slot; slots beyond the palette repeat.
QColor scenarioColor(int slot, PaletteKind kind);
/// Stable names used in settings: "okabe-ito", "tol-bright", "grayscale".
QString paletteName(PaletteKind kind);
PaletteKind paletteFromName(const QString& name);
QStringList paletteNames();

} // namespace aicarbon
