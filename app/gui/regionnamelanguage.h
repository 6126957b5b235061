// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace aicarbon {

class AppSettings;
class Catalog;

/// The language of country and region names: the session's (aicarbon --language), else the
/// UI language chosen in Preferences, else the default locale's ("de_DE"); "en" for English.
QString regionNameLanguage(const AppSettings& settings);

/// Makes the catalog return region names in regionNameLanguage(settings) (iso-codes
/// translations; English where there is none). Call before building views: they read
/// names when they are built, and a language change rebuilds them.
void applyRegionNameLanguage(Catalog& catalog, const AppSettings& settings);

} // namespace aicarbon
