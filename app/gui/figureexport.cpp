// SPDX-License-Identifier: GPL-3.0-or-later
#include "figureexport.h"

#include "figurebuilder.h"
#include "figurestyle.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>

#include <qcustomplot.h>

#include <cmath>

namespace aicarbon {

namespace {

constexpr double kMetresPerInch = 0.0254;

/// Sets the SVG's width and height to the exact size in mm (QSvgGenerator rounds them
/// through whole logical pixels); the viewBox keeps the drawing in logical pixels.
QByteArray exactSvgSize(QByteArray svg, const FigureSize& size)
{
    const auto replace = [&svg](const char* attribute, double mm) {
        const QRegularExpression pattern(
            QStringLiteral(R"(%1="[0-9.]+mm")").arg(QLatin1StringView(attribute)));
        QString text = QString::fromUtf8(svg);
        const QRegularExpressionMatch match = pattern.match(text);
        if (match.hasMatch())
            text.replace(match.capturedStart(), match.capturedLength(),
                         QStringLiteral(R"(%1="%2mm")").arg(QLatin1StringView(attribute)).arg(mm, 0, 'g', 8));
        svg = text.toUtf8();
    };
    replace("width", size.widthMm);
    replace("height", size.heightMm);
    return svg;
}

QString creator()
{
    return QStringLiteral("AI Carbon Planner " AICARBON_VERSION);
}

} // namespace

std::optional<FigureFormat> figureFormatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1StringView("pdf"))
        return FigureFormat::Pdf;
    if (suffix == QLatin1StringView("svg"))
        return FigureFormat::Svg;
    if (suffix == QLatin1StringView("png"))
        return FigureFormat::Png;
    return std::nullopt;
}

QByteArray figurePdf(const Figure& figure)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    const FigureSize& size = figure.spec().size;
    writer.setCreator(creator());
    writer.setTitle(figure.spec().title);
    writer.setResolution(int(std::lround(figure.deviceDpi())));
    writer.setPageLayout(QPageLayout(
        QPageSize(QSizeF(size.widthMm, size.heightMm), QPageSize::Millimeter, {}, QPageSize::ExactMatch),
        QPageLayout::Portrait, QMarginsF()));
    QCPPainter painter(&writer);
    const double pagePixels = writer.resolution() / kMillimetresPerInch;
    painter.scale(size.widthMm * pagePixels / figure.logicalSize().width(),
                  size.heightMm * pagePixels / figure.logicalSize().height());
    figure.paint(&painter, true);
    painter.end();
    return bytes;
}

QByteArray figureSvg(const Figure& figure)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(int(std::lround(figure.deviceDpi())));
    generator.setSize(figure.logicalSize());
    generator.setViewBox(QRect(QPoint(0, 0), figure.logicalSize()));
    generator.setTitle(figure.spec().title);
    generator.setDescription(creator());
    QCPPainter painter(&generator);
    figure.paint(&painter, true);
    painter.end();
    return exactSvgSize(bytes, figure.spec().size);
}

QImage figureImage(const Figure& figure, const QSize& pixels)
{
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    // Fonts are sized at the device DPI; the painter scales the layout to the pixels.
    const int dotsPerMetre = int(std::lround(figure.deviceDpi() / kMetresPerInch));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    QCPPainter painter(&image);
    painter.scale(double(pixels.width()) / figure.logicalSize().width(),
                  double(pixels.height()) / figure.logicalSize().height());
    figure.paint(&painter, false);
    painter.end();
    return image;
}

QByteArray figurePng(const Figure& figure)
{
    const FigureSpec& spec = figure.spec();
    QImage image = figureImage(
        figure, QSize(figurePixels(spec.size.widthMm, spec.dpi), figurePixels(spec.size.heightMm, spec.dpi)));
    const int dotsPerMetre = int(std::lround(spec.dpi / kMetresPerInch));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.write(image.convertToFormat(QImage::Format_RGB32));
    return bytes;
}

QString exportFigure(const Figure& figure, const QString& path)
{
    const auto format = figureFormatFor(path);
    if (!format)
        return figureText("Unknown figure format “%1”: use .pdf, .svg or .png.")
            .arg(QFileInfo(path).suffix());
    const QByteArray bytes = *format == FigureFormat::Pdf ? figurePdf(figure)
        : *format == FigureFormat::Svg                    ? figureSvg(figure)
                                                          : figurePng(figure);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return figureText("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace aicarbon
