// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontext.h"
#include "figurespec.h"

#include <QDialog>
#include <QImage>

namespace aicarbon {

/// File → Export Figure…: chart, metric, size (preset or custom, mm or in), DPI, font,
/// palette, title and legend, with a preview drawn by the same code as the export, at
/// screen resolution. The format follows the file name's suffix.
class FigureDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureDialog)

public:
    FigureDialog(const AppContext& context, const FigureSpec& preset, QWidget* parent = nullptr);
    ~FigureDialog() override;

    /// The figure as the controls describe it now.
    FigureSpec spec() const;
    /// What the preview shows (device pixel ratio of the dialog).
    QImage previewImage() const;
    /// Writes the figure; on failure shows why (unless `quiet`). Returns whether it wrote.
    bool exportTo(const QString& path, bool quiet = false);

private:
    struct Private;
    Private* d;
};

} // namespace aicarbon
