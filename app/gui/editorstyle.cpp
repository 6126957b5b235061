// SPDX-License-Identifier: GPL-3.0-or-later
#include "editorstyle.h"

#include <QPalette>
#include <QWidget>

namespace aicarbon {

void setMutedText(QWidget* widget)
{
    QPalette palette = widget->palette();
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QColor muted = palette.color(group, QPalette::PlaceholderText);
        palette.setColor(group, QPalette::WindowText, muted);
        palette.setColor(group, QPalette::Text, muted);
    }
    widget->setPalette(palette);
}

} // namespace aicarbon
