// SPDX-License-Identifier: GPL-3.0-or-later
// The assembled main window over the shipped catalog, for tests of the whole application
// (languages, lessons). Needs AICARBON_CATALOG_PATH (tests/gui/CMakeLists.txt).
#pragma once

#include "appsettings.h"
#include "languages.h"
#include "mainwindow.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTemporaryDir>

#include <memory>
#include <utility>

namespace aicarbon::test {

/// Lets the posted LanguageChange events, the queued rebuild and the deferred deletions run.
inline void settle()
{
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

/// In English, with settings in `dir` and the example project, shown and settled.
inline std::pair<std::unique_ptr<AppSettings>, std::unique_ptr<MainWindow>>
openShippedWindow(const QTemporaryDir& dir)
{
    Languages::apply(QStringLiteral("en"));
    auto settings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
    auto window =
        std::make_unique<MainWindow>(QStringLiteral(AICARBON_CATALOG_PATH), QString(), settings.get());
    window->loadExampleProject();
    window->show();
    settle();
    return {std::move(settings), std::move(window)};
}

} // namespace aicarbon::test
