// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontext.h"

#include <QFont>
#include <QList>
#include <QObject>
#include <QPair>

class QCustomPlot;

namespace aicarbon {

/// Presentation mode for projectors: while on, the application font is kFactor times
/// larger (every open window, the guided explanation included) and the charts that follow
/// it draw their lines and texts kFactor times larger. Turning it off restores exactly the
/// fonts and pens from before. Starts off; not saved (a teacher expects it to start off).
class PresentationMode final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresentationMode)

public:
    static constexpr double kFactor = 1.5;

    explicit PresentationMode(QObject* parent = nullptr);
    /// Turns the mode off, so that no enlarged application font outlives it.
    ~PresentationMode() override;

    bool isEnabled() const { return m_enabled; }
    /// kFactor while on, else 1.
    double factor() const { return m_enabled ? kFactor : 1.0; }
    /// Makes `plot` follow the mode: before each replot its pens (graphs, bar outlines,
    /// error bars, items, axes, grid, legend) and fonts (tick labels, axis labels, legend,
    /// text items) are set to the view's own values times factor(); a toggle replots it.
    void follow(QCustomPlot* plot);

public Q_SLOTS:
    void setEnabled(bool enabled);

Q_SIGNALS:
    void changed(bool enabled);

private:
    void rememberApplicationFonts();
    void scaleOwnFonts(bool up);
    void scaleRowHeights(bool up);

    bool m_enabled = false;
    QFont m_normalFont; ///< the application font before the mode was turned on
    QList<QPair<const char*, QFont>> m_classFonts; ///< fonts of widget classes from the platform theme
};

/// Makes `plot` follow the context's presentation mode, when it has one.
void followPresentationMode(const AppContext& context, QCustomPlot* plot);

} // namespace aicarbon
