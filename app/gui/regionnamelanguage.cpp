// SPDX-License-Identifier: GPL-3.0-or-later
#include "regionnamelanguage.h"
#include "appsettings.h"

#include "catalog.h"

#include <QLocale>

namespace aicarbon {

QString regionNameLanguage(const AppSettings& settings)
{
    const QString session = settings.sessionLanguage();
    const QString chosen = session.isEmpty() ? settings.language() : session;
    return chosen.isEmpty() ? QLocale().name() : chosen;
}

void applyRegionNameLanguage(Catalog& catalog, const AppSettings& settings)
{
    catalog.setNameLanguage(regionNameLanguage(settings).toStdString());
}

} // namespace aicarbon
