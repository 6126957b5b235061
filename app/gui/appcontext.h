// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace aicarbon {

class AppSettings;
class Catalog;
class PresentationMode;
class ScenarioDocument;
class ScenarioUncertainty;
class UserCatalog;

/// What every view may use. Owned by the MainWindow; pointers stay valid for the
/// lifetime of the views. `userCatalog` may be null when the user catalog could not be
/// opened (the app then works with the shipped catalog only).
struct AppContext
{
    ScenarioDocument* document = nullptr;
    const Catalog* catalog = nullptr;
    /// The same data with English region names, for what is quoted in papers (methods
    /// paragraph, tables, bundles) whatever the UI language; null = use `catalog`.
    const Catalog* paperCatalog = nullptr;
    UserCatalog* userCatalog = nullptr;
    AppSettings* settings = nullptr;
    ScenarioUncertainty* uncertainty = nullptr; ///< intervals of the document's scenarios
    PresentationMode* presentation = nullptr; ///< larger fonts and chart lines; may be null
};

} // namespace aicarbon
