// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontext.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QMenu;
class QTabWidget;

namespace aicarbon {

class AutosaveController;
class CompareView;
class DataBrowser;
class LessonPanel;
class ResultsPanel;
class ScenarioEditor;
class ScenarioListDock;
class ScenarioUncertainty;
class WalkthroughDialog;
class WhatIfView;

/// The application window: scenario list (dock), and tabs for the scenario editor with its
/// results, the comparison, the what-if explorer and the data browser. Owns the catalog,
/// the user catalog and the document. On a language change (Languages::apply) it rebuilds
/// its views and menus in the new language; the document, its undo history, the settings
/// and the uncertainty work are kept.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Tab
    {
        Scenario,
        Compare,
        WhatIf,
        Sensitivity,
        Data
    };

    /// `catalogPath`: the shipped catalog; `userCatalogPath`: the user's (may be empty).
    MainWindow(const QString& catalogPath, const QString& userCatalogPath, AppSettings* settings,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    ScenarioDocument* document() const;
    ScenarioUncertainty* uncertainty() const { return m_context.uncertainty; }
    /// Autosave of unsaved work and recovery after a crash (main() offers the recovery).
    AutosaveController* autosave() const { return m_autosave; }
    const AppContext& context() const { return m_context; }
    /// Opens a scenario or project file; on error shows a dialog (unless `quiet`) and
    /// leaves the current project untouched. Returns whether it loaded.
    bool openFile(const QString& path, bool quiet = false);
    /// The bundled example project shown on first start.
    void loadExampleProject();
    /// Opens the lesson `id` (Lessons::find) after maybeSave(): its project as an untitled,
    /// unmodified document, its text in the lesson panel, the Compare tab when it compares
    /// scenarios. Returns false for an unknown id or when the user cancels.
    bool openLesson(const QString& id);
    LessonPanel* lessonPanel() const { return m_lessonPanel; }
    void showTab(Tab tab);
    /// Forces every view to lay out and draw once (smoke test, screenshots).
    void drawAllViews();
    QWidget* tabWidget(Tab tab) const;
    /// The guided explanation, once opened (View → Guided Explanation); else null.
    WalkthroughDialog* walkthrough() const { return m_walkthrough; }

public Q_SLOTS:
    /// Opens (or raises) the guided explanation of the current scenario.
    void showWalkthrough();
    /// The last problem openFile() reported, for tests.
    QString lastError() const { return m_lastError; }
    /// Something the user must be told once the window shows (e.g. a user catalog that
    /// was unreadable and moved aside); empty when all went well.
    QString startupNotice() const { return m_startupNotice; }

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private Q_SLOTS:
    void newProject();
    void open();
    bool save();
    bool saveAs();
    void revert();
    void showPreferences();
    void showMethodology();
    void showDataSources();
    void showAbout();
    void updateTitle();
    void updateRecentMenu();
    void onUserCatalogChanged();
    void applyUncertaintySettings();
    void retranslate();

private:
    void createDock();
    void createViews();
    void destroyViews();
    void showCatalogStatus();
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createLessonsMenu();
    void createHelpMenu();
    bool maybeSave();
    void openUserCatalog(const QString& path);
    bool tryOpenUserCatalog(const QString& path);
    bool saveTo(const QString& path);

    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Catalog> m_paperCatalog; ///< English region names: see AppContext
    std::unique_ptr<UserCatalog> m_userCatalog;
    AppContext m_context;
    QTabWidget* m_tabs = nullptr;
    QDockWidget* m_dock = nullptr;
    LessonPanel* m_lessonPanel = nullptr;
    ScenarioListDock* m_list = nullptr;
    ScenarioEditor* m_editor = nullptr;
    ResultsPanel* m_results = nullptr;
    CompareView* m_compare = nullptr;
    WhatIfView* m_whatIf = nullptr;
    DataBrowser* m_data = nullptr;
    AutosaveController* m_autosave = nullptr;
    QMenu* m_recentMenu = nullptr;
    QString m_lastError;
    QString m_startupNotice;
    bool m_shownOnce = false;
    bool m_retranslatePending = false;
    WalkthroughDialog* m_walkthrough = nullptr;
};

} // namespace aicarbon
