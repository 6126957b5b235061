// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariopalette.h"

#include <array>

namespace aicarbon {

namespace {
// Okabe–Ito, ordered so the first colours contrast most on white and dark backgrounds
// (yellow, the weakest on white, comes late).
constexpr std::array<QRgb, 8> kOkabeIto {0x0072B2, 0xE69F00, 0x009E73, 0xD55E00,
                                         0x56B4E9, 0xCC79A7, 0xF0E442, 0x7F7F7F};
constexpr std::array<QRgb, 7> kTolBright {0x4477AA, 0xEE6677, 0x228833, 0xCCBB44,
                                          0x66CCEE, 0xAA3377, 0xBBBBBB};
constexpr std::array<QRgb, 5> kGrays {0x202020, 0x606060, 0x909090, 0xB8B8B8, 0x404040};
// viridis sampled at six even steps (viridisLite::viridis(6); matplotlib's map, CC0).
constexpr std::array<QRgb, 6> kViridis {0x440154, 0x414487, 0x2A788E, 0x22A884, 0x7AD151, 0xFDE725};
constexpr std::array<Qt::BrushStyle, 5> kGrayPatterns {Qt::SolidPattern, Qt::SolidPattern, Qt::SolidPattern,
                                                       Qt::BDiagPattern, Qt::DiagCrossPattern};
} // namespace

QColor scenarioColor(int slot, PaletteKind kind)
{
    const auto pick = [slot](const auto& colors) {
        return QColor(colors[static_cast<std::size_t>(slot) % colors.size()]);
    };
    switch (kind) {
    case PaletteKind::TolBright:
        return pick(kTolBright);
    case PaletteKind::Grayscale:
        return pick(kGrays);
    case PaletteKind::Viridis:
        return pick(kViridis);
    case PaletteKind::OkabeIto:
        break;
    }
    return pick(kOkabeIto);
}

QBrush scenarioBrush(int slot, PaletteKind kind)
{
    if (kind != PaletteKind::Grayscale)
        return scenarioColor(slot, kind);
    const Qt::BrushStyle style = kGrayPatterns[static_cast<std::size_t>(slot) % kGrayPatterns.size()];
    return style == Qt::SolidPattern ? QBrush(scenarioColor(slot, kind)) : QBrush(QColor(0x303030), style);
}

QString paletteName(PaletteKind kind)
{
    switch (kind) {
    case PaletteKind::TolBright:
        return QStringLiteral("tol-bright");
    case PaletteKind::Grayscale:
        return QStringLiteral("grayscale");
    case PaletteKind::Viridis:
        return QStringLiteral("viridis");
    case PaletteKind::OkabeIto:
        break;
    }
    return QStringLiteral("okabe-ito");
}

PaletteKind paletteFromName(const QString& name)
{
    if (name == QLatin1StringView("tol-bright"))
        return PaletteKind::TolBright;
    if (name == QLatin1StringView("grayscale"))
        return PaletteKind::Grayscale;
    if (name == QLatin1StringView("viridis"))
        return PaletteKind::Viridis;
    return PaletteKind::OkabeIto;
}

QStringList paletteNames()
{
    return {QStringLiteral("okabe-ito"), QStringLiteral("tol-bright"), QStringLiteral("grayscale"),
            QStringLiteral("viridis")};
}

} // namespace aicarbon
