// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

#include <optional>

namespace aicarbon {

class Figure;

enum class FigureFormat
{
    Pdf, ///< vector, text as text, page of the figure's size
    Svg, ///< vector, text as <text>, width and height in mm with a viewBox
    Png ///< raster of size × dpi pixels, with the dpi in its header
};

/// The format a file name asks for (.pdf, .svg, .png, any case); nullopt for others.
std::optional<FigureFormat> figureFormatFor(const QString& path);

QByteArray figurePdf(const Figure& figure);
QByteArray figureSvg(const Figure& figure);
QByteArray figurePng(const Figure& figure);
/// The figure drawn into `pixels` (the PNG export, and the dialog's preview at screen
/// resolution): the same layout scaled, with a white background.
QImage figureImage(const Figure& figure, const QSize& pixels);

/// Writes the figure atomically in the format of the file's suffix. Returns an empty
/// string, or the reason it failed (translated).
QString exportFigure(const Figure& figure, const QString& path);

} // namespace aicarbon
