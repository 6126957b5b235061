// SPDX-License-Identifier: GPL-3.0-or-later
#include "figuremenu.h"

#include "figuredialog.h"

#include <QCoreApplication>
#include <QMenu>

#include <qcustomplot.h>

namespace aicarbon {

void installFigureExportMenu(QCustomPlot* plot, const AppContext& context, std::function<FigureSpec()> preset)
{
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(plot, &QWidget::customContextMenuRequested, plot,
                     [plot, context, preset = std::move(preset)](const QPoint& position) {
                         QMenu menu(plot);
                         menu.addAction(QCoreApplication::translate("Chart", "Export Figure…"), plot,
                                        [plot, context, &preset] {
                                            FigureDialog dialog(context, preset(), plot->window());
                                            dialog.exec();
                                        });
                         menu.exec(plot->mapToGlobal(position));
                     });
}

} // namespace aicarbon
