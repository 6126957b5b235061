// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "appsettings.h"
#include "autosave.h"
#include "catalog.h"
#include "compareview.h"
#include "databrowser.h"
#include "datasourcesdialog.h"
#include "diagnostictext.h"
#include "figuredialog.h"
#include "lessonpanel.h"
#include "lessons.h"
#include "preferencesdialog.h"
#include "presentationmode.h"
#include "publishednumbersdialog.h"
#include "publishednumbersview.h"
#include "regionnamelanguage.h"
#include "reportactions.h"
#include "resourceproject.h"
#include "resultspanel.h"
#include "scenariodocument.h"
#include "scenarioeditor.h"
#include "scenariofile.h"
#include "scenariolistdock.h"
#include "scenariouncertainty.h"
#include "sensitivityview.h"
#include "usercatalog.h"
#include "walkthroughdialog.h"
#include "whatifview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

// Resources compiled into the static GUI library must be registered explicitly; this has
// to happen outside any namespace.
static void initResources()
{
    Q_INIT_RESOURCE(aicarbon);
}

namespace aicarbon {

namespace {

constexpr int kLessonPanelHeight = 230; ///< px: a lesson's text in a few lines, charts still readable

QString fileFilter()
{
    return QCoreApplication::translate("MainWindow", "AI Carbon Planner projects (*.json);;All files (*)");
}

/// The diagnostics of a failed load as a readable list.
QString describe(const std::vector<Diagnostic>& diagnostics)
{
    QStringList lines;
    for (const Diagnostic& d : diagnostics) {
        if (d.severity == Severity::Error)
            lines << diagnosticLine(d).toHtmlEscaped();
    }
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

MainWindow::MainWindow(const QString& catalogPath, const QString& userCatalogPath, AppSettings* settings,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_catalog(std::make_unique<Catalog>(catalogPath.toStdString()))
    , m_paperCatalog(std::make_unique<Catalog>(catalogPath.toStdString()))
{
    initResources();
    if (!userCatalogPath.isEmpty())
        openUserCatalog(userCatalogPath);
    applyRegionNameLanguage(*m_catalog, *settings);
    m_context.catalog = m_catalog.get();
    m_context.paperCatalog = m_paperCatalog.get();
    m_context.userCatalog = m_userCatalog.get();
    m_context.settings = settings;
    m_context.document = new ScenarioDocument(m_catalog.get(), this);
    m_context.uncertainty = new ScenarioUncertainty(m_context.document, this);
    m_context.presentation = new PresentationMode(this);
    applyUncertaintySettings();
    connect(settings, &AppSettings::changed, this, &MainWindow::applyUncertaintySettings);
    setWindowIcon(QIcon(QStringLiteral(":/aicarbon.svg")));
    createDock();
    createViews();
    createMenus();
    m_autosave =
        new AutosaveController(document(), settings->recoveryFile(), settings->autosaveIntervalMs(), this);
    connect(m_autosave, &AutosaveController::autosaveFailed, this, [this](const QString& reason) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(reason));
    });
    connect(document(), &ScenarioDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document(), &ScenarioDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(document(), &ScenarioDocument::changed, this, &MainWindow::updateTitle);
    showCatalogStatus();
    resize(1280, 800);
    updateTitle();
}

MainWindow::~MainWindow()
{
    m_context.presentation->setEnabled(false); // the application font back while all is intact
    destroyViews();
    delete m_context.uncertainty; // waits for running work
}

void MainWindow::showCatalogStatus()
{
    statusBar()->showMessage(tr("Catalog data %1 (%2)")
                                 .arg(QString::fromStdString(m_catalog->dataVersion()),
                                      QString::fromStdString(m_catalog->dataDate())));
}

void MainWindow::applyUncertaintySettings()
{
    ScenarioUncertainty* uncertainty = m_context.uncertainty;
    const bool includeDefaults = m_context.settings->includeDefaultRanges();
    if (uncertainty->options().includeDefaultRanges != includeDefaults) {
        UncertaintyOptions options = uncertainty->options();
        options.includeDefaultRanges = includeDefaults;
        uncertainty->setOptions(options);
    }
    uncertainty->setEnabled(m_context.settings->showUncertainty());
}

bool MainWindow::tryOpenUserCatalog(const QString& path)
{
    try {
        m_userCatalog = std::make_unique<UserCatalog>(path.toStdString());
        m_catalog->attachUserCatalog(path.toStdString());
        m_paperCatalog->attachUserCatalog(path.toStdString());
        return true;
    } catch (const DatabaseError& e) {
        m_userCatalog.reset();
        m_lastError = QString::fromUtf8(e.what());
        return false;
    }
}

// An unreadable user catalog never stops the app and is never deleted: it is renamed
// with a timestamp beside the original, the user is told where, and a fresh one starts.
void MainWindow::openUserCatalog(const QString& path)
{
    if (tryOpenUserCatalog(path))
        return;
    const QString reason = m_lastError;
    const QString aside = path + QStringLiteral(".unreadable-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!QFile::rename(path, aside) || !tryOpenUserCatalog(path)) {
        m_startupNotice = tr("Your own catalog (%1) could not be opened: %2\nThe app works with the shipped "
                             "catalog only until this is resolved.")
                              .arg(QDir::toNativeSeparators(path), reason);
        return;
    }
    m_startupNotice = tr("Your own catalog could not be read (%1). It was moved aside, unchanged, to\n%2\n"
                         "and a new, empty one was started.")
                          .arg(reason, QDir::toNativeSeparators(aside));
}

ScenarioDocument* MainWindow::document() const
{
    return m_context.document;
}

void MainWindow::createDock()
{
    m_dock = new QDockWidget(this);
    m_dock->setObjectName(QStringLiteral("scenarioDock"));
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    // The lesson goes below the views, never wider than the window: the scenario list keeps
    // the full height on the left.
    m_lessonPanel = new LessonPanel(*m_context.catalog, this);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_lessonPanel);
    m_lessonPanel->hide();
}

// Views hold pointers into the document, the catalog and each other: they go before
// anything they point to, and all together.
void MainWindow::destroyViews()
{
    delete takeCentralWidget();
    delete m_list;
    m_tabs = nullptr;
    m_list = nullptr;
    m_editor = nullptr;
    m_results = nullptr;
    m_compare = nullptr;
    m_whatIf = nullptr;
    m_data = nullptr;
}

void MainWindow::createViews()
{
    m_editor = new ScenarioEditor(m_context);
    m_results = new ResultsPanel(m_context);
    auto* editorScroll = new QScrollArea;
    editorScroll->setWidget(m_editor);
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(editorScroll);
    split->addWidget(m_results);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 4);
    split->setSizes({560, 460});

    m_compare = new CompareView(m_context);
    m_whatIf = new WhatIfView(m_context);
    auto* sensitivity = new SensitivityView(m_context);
    m_data = new DataBrowser(m_context);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(split, tr("&Scenario"));
    m_tabs->addTab(m_compare, tr("&Compare"));
    m_tabs->addTab(m_whatIf, tr("&What if"));
    m_tabs->addTab(sensitivity, tr("Se&nsitivity"));
    m_tabs->addTab(m_data, tr("&Data"));
    setCentralWidget(m_tabs);

    m_list = new ScenarioListDock(m_context);
    m_dock->setWindowTitle(tr("Scenarios"));
    m_dock->setWidget(m_list);

    connect(m_list, &ScenarioListDock::currentScenarioChanged, m_editor, &ScenarioEditor::setCurrentScenario);
    connect(m_list, &ScenarioListDock::currentScenarioChanged, m_results, &ResultsPanel::setCurrentScenario);
    connect(m_list, &ScenarioListDock::currentScenarioChanged, m_whatIf, &WhatIfView::setCurrentScenario);
    connect(m_list, &ScenarioListDock::currentScenarioChanged, sensitivity,
            &SensitivityView::setCurrentScenario);
    connect(m_whatIf, &WhatIfView::scenarioCreated, m_list, &ScenarioListDock::setCurrentScenario);
    connect(m_data, &DataBrowser::userCatalogChanged, this, &MainWindow::onUserCatalogChanged);
    connect(m_results, &ResultsPanel::walkthroughRequested, this, &MainWindow::showWalkthrough);
    if (m_walkthrough) // outlives a rebuild: follows the new list
        connect(m_list, &ScenarioListDock::currentScenarioChanged, m_walkthrough,
                &WalkthroughDialog::setCurrentScenario);
}

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createLessonsMenu();
    createHelpMenu();
}

void MainWindow::createFileMenu()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New"), QKeySequence::New, this,
                    &MainWindow::newProject);
    file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), QKeySequence::Open, this,
                    &MainWindow::open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    file->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), QKeySequence::Save, this,
                    &MainWindow::save);
    file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save &As…"),
                    QKeySequence::SaveAs, this, &MainWindow::saveAs);
    file->addAction(QIcon::fromTheme(QStringLiteral("document-revert")), tr("Re&vert"), this,
                    &MainWindow::revert);
    file->addSeparator();
    auto* reports = new ReportActions(m_context, this);
    reports->setParent(file); // goes with the menu when the menus are rebuilt
    reports->addTo(file);
    file->addAction(tr("Export &Figure…"), this, [this] {
        FigureDialog dialog(m_context, figureSpecFor(FigureChart::Compare, m_context.settings->palette()),
                            this);
        dialog.exec();
    });
    file->addSeparator();
    file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), QKeySequence::Quit,
                    this, &QWidget::close);
}

void MainWindow::createEditMenu()
{
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = document()->undoStack()->createUndoAction(edit, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = document()->undoStack()->createRedoAction(edit, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Add Scenario"), QKeySequence(tr("Ctrl+T")), m_list, &ScenarioListDock::addScenario);
    edit->addAction(tr("&Duplicate Scenario"), QKeySequence(tr("Ctrl+D")), m_list,
                    &ScenarioListDock::duplicateScenario);
    edit->addAction(tr("De&lete Scenario"), QKeySequence(tr("Ctrl+Del")), m_list,
                    &ScenarioListDock::deleteScenario);
    edit->addAction(tr("Set as &Baseline"), m_list, &ScenarioListDock::makeBaseline);
    edit->addSeparator();
    edit->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("&Preferences…"),
                    QKeySequence::Preferences, this, &MainWindow::showPreferences);
}

void MainWindow::createViewMenu()
{
    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QList<QPair<QString, Tab>> tabs {{tr("&Scenario"), Tab::Scenario},
                                           {tr("&Compare"), Tab::Compare},
                                           {tr("&What if"), Tab::WhatIf},
                                           {tr("Se&nsitivity"), Tab::Sensitivity},
                                           {tr("&Data"), Tab::Data}};
    int key = Qt::Key_1;
    for (const auto& [title, tab] : tabs) {
        const Tab target = tab;
        view->addAction(title, QKeySequence(Qt::CTRL | Qt::Key(key++)), this,
                        [this, target] { showTab(target); });
    }
    view->addSeparator();
    view->addAction(m_dock->toggleViewAction());
    view->addAction(m_lessonPanel->toggleViewAction());
    view->addSeparator();
    view->addAction(tr("&Guided Explanation"), QKeySequence(tr("F6")), this, &MainWindow::showWalkthrough);
    QAction* presentation = view->addAction(tr("&Presentation Mode"));
    presentation->setObjectName(QStringLiteral("presentationModeAction"));
    presentation->setShortcut(QKeySequence(tr("F5")));
    presentation->setCheckable(true);
    presentation->setChecked(m_context.presentation->isEnabled());
    connect(presentation, &QAction::toggled, m_context.presentation, &PresentationMode::setEnabled);
    connect(m_context.presentation, &PresentationMode::changed, presentation, &QAction::setChecked);
}

void MainWindow::showWalkthrough()
{
    if (!m_walkthrough) {
        m_walkthrough = new WalkthroughDialog(m_context, this);
        connect(m_list, &ScenarioListDock::currentScenarioChanged, m_walkthrough,
                &WalkthroughDialog::setCurrentScenario);
    }
    m_walkthrough->setCurrentScenario(m_list->currentScenario());
    m_walkthrough->show();
    m_walkthrough->raise();
    m_walkthrough->activateWindow();
}

void MainWindow::createLessonsMenu()
{
    QMenu* lessons = menuBar()->addMenu(tr("&Lessons"));
    for (const Lesson& lesson : Lessons::all(*m_context.catalog)) {
        const QString id = lesson.id;
        lessons->addAction(tr("&%1 %2").arg(lesson.number).arg(lesson.title), this,
                           [this, id] { openLesson(id); });
    }
    lessons->addSeparator();
    lessons->addAction(tr("&Published Numbers…"), this, [this] {
        PublishedNumbersDialog* dialog = showPublishedNumbers(m_context, this);
        connect(dialog->view(), &PublishedNumbersView::scenarioOpened, m_list,
                &ScenarioListDock::setCurrentScenario, Qt::UniqueConnection);
    });
}

void MainWindow::createHelpMenu()
{
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Methodology"), QKeySequence::HelpContents, this, &MainWindow::showMethodology);
    help->addAction(tr("&Data Sources and Licences"), this, &MainWindow::showDataSources);
    help->addSeparator();
    help->addAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About AI Carbon Planner"), this,
                    &MainWindow::showAbout);
}

void MainWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

QWidget* MainWindow::tabWidget(Tab tab) const
{
    return m_tabs->widget(static_cast<int>(tab));
}

void MainWindow::drawAllViews()
{
    const int current = m_tabs->currentIndex();
    for (int i = 0; i < m_tabs->count(); ++i) {
        m_tabs->setCurrentIndex(i);
        if (i == static_cast<int>(Tab::Compare))
            m_compare->replotAll();
        if (i == static_cast<int>(Tab::WhatIf))
            m_whatIf->replotAll();
        QCoreApplication::processEvents();
        grab();
    }
    m_tabs->setCurrentIndex(current);
}

void MainWindow::loadExampleProject()
{
    ScenarioFile parsed = readResourceProject(QStringLiteral(":/first-start.json"));
    if (!parsed.ok())
        return;
    document()->setProject(QString::fromStdString(parsed.projectName), std::move(parsed.scenarios));
    m_lessonPanel->closeLesson();
}

bool MainWindow::openLesson(const QString& id)
{
    const std::optional<Lesson> lesson = Lessons::find(*m_context.catalog, id);
    if (!lesson || !maybeSave())
        return false;
    ScenarioFile parsed = Lessons::load(*lesson);
    if (!parsed.ok()) {
        m_lastError = describe(parsed.diagnostics);
        return false;
    }
    const bool compares = parsed.scenarios.size() > 1;
    // No file path: the lesson opens untitled, so Save asks where and never writes the resource.
    document()->setProject(QString::fromStdString(parsed.projectName), std::move(parsed.scenarios));
    m_lessonPanel->showLesson(id);
    resizeDocks({m_lessonPanel}, {kLessonPanelHeight}, Qt::Vertical);
    showTab(compares ? Tab::Compare : Tab::Scenario);
    return true;
}

bool MainWindow::openFile(const QString& path, bool quiet)
{
    const std::vector<Diagnostic> problems = document()->load(path);
    if (hasErrors(problems)) {
        m_lastError = describe(problems);
        if (!quiet)
            QMessageBox::warning(
                this, tr("Cannot open %1").arg(QFileInfo(path).fileName()),
                tr("<p>The file was not opened; your current project is unchanged.</p><p>%1</p>")
                    .arg(m_lastError));
        return false;
    }
    m_lessonPanel->closeLesson();
    m_context.settings->addRecentFile(path);
    return true;
}

void MainWindow::newProject()
{
    if (!maybeSave())
        return;
    document()->setProject(
        tr("Untitled project"),
        {newScenarioTemplate(tr("Scenario %1").arg(QLocale().toString(1)), *m_context.settings)});
    m_lessonPanel->closeLesson();
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save()
{
    return document()->filePath().isEmpty() ? saveAs() : saveTo(document()->filePath());
}

bool MainWindow::saveAs()
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save Project"), document()->filePath(), fileFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    return saveTo(path);
}

bool MainWindow::saveTo(const QString& path)
{
    const QString error = document()->save(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(
            this, tr("Cannot save"),
            tr("%1 could not be saved: %2\nThe previous file is unchanged.").arg(path, error));
        return false;
    }
    m_context.settings->addRecentFile(path);
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 4000);
    return true;
}

void MainWindow::revert()
{
    const QString path = document()->filePath();
    if (path.isEmpty() || !document()->isModified())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Revert"), tr("Discard your changes and reload %1?").arg(QFileInfo(path).fileName()));
    if (answer == QMessageBox::Yes)
        openFile(path);
}

bool MainWindow::maybeSave()
{
    if (!document()->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"), tr("The project has unsaved changes. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::LanguageChange || m_retranslatePending)
        return;
    // Not now: QWidget::event() goes on to send this event to the children a rebuild
    // deletes. Several translators switched at once give one rebuild.
    m_retranslatePending = true;
    QMetaObject::invokeMethod(this, &MainWindow::retranslate, Qt::QueuedConnection);
}

// Everything is built from m_context, and the document owns the data: a rebuild in the
// new language loses nothing (modified flag, undo history, uncertainty results stay).
void MainWindow::retranslate()
{
    m_retranslatePending = false;
    const int tab = m_tabs->currentIndex();
    const int scenario = m_list->currentScenario();
    // Region names follow the language too; estimates quote them ("Deutschland (DE)").
    applyRegionNameLanguage(*m_catalog, *m_context.settings);
    document()->recomputeAll();
    destroyViews();
    // The old menu bar goes with deleteLater(): the Preferences action that led here may
    // still be on the stack.
    setMenuBar(new QMenuBar(this));
    createViews();
    createMenus();
    m_tabs->setCurrentIndex(tab);
    m_list->setCurrentScenario(scenario);
    showCatalogStatus();
    updateTitle();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (maybeSave()) {
        m_autosave->removeRecovery(); // a clean exit: nothing left to recover
        event->accept();
    } else {
        event->ignore();
    }
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    // Dock sizes only apply once the window is laid out; give the editor and charts the room.
    if (auto* dock = findChild<QDockWidget*>(QStringLiteral("scenarioDock")))
        resizeDocks({dock}, {230}, Qt::Horizontal);
}

void MainWindow::updateTitle()
{
    const QString file = document()->filePath().isEmpty() ? document()->projectName()
                                                          : QFileInfo(document()->filePath()).fileName();
    setWindowTitle(tr("%1[*] — AI Carbon Planner").arg(file));
    setWindowModified(document()->isModified());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_context.settings->recentFiles();
    for (const QString& path : files) {
        m_recentMenu
            ->addAction(QFileInfo(path).fileName(), this,
                        [this, path] {
                            if (maybeSave())
                                openFile(path);
                        })
            ->setToolTip(path);
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    else
        m_recentMenu->addAction(tr("Clear List"), m_context.settings, &AppSettings::clearRecentFiles);
}

void MainWindow::onUserCatalogChanged()
{
    document()->recomputeAll();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_context.settings, this);
    dialog.exec();
}

void MainWindow::showMethodology()
{
    QFile file(QStringLiteral(":/methodology.md"));
    file.open(QIODevice::ReadOnly);
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Methodology"));
    auto* browser = new QTextBrowser(dialog);
    browser->setMarkdown(QString::fromUtf8(file.readAll()));
    browser->setOpenExternalLinks(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog->resize(860, 700);
    dialog->show();
}

void MainWindow::showDataSources()
{
    DataSourcesDialog dialog(m_catalog.get(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About AI Carbon Planner"),
                       tr("<h3>AI Carbon Planner %1</h3>"
                          "<p>Plan the time, energy, carbon and cost of a machine-learning training run "
                          "before you launch it.</p>"
                          "<p>Catalog data %2 (%3). Works offline.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later. Charts by "
                          "QCustomPlot (GPL). "
                          "The data keep their sources' licences: see Help → Data Sources and Licences.</p>")
                           .arg(QStringLiteral(AICARBON_VERSION),
                                QString::fromStdString(m_catalog->dataVersion()),
                                QString::fromStdString(m_catalog->dataDate())));
}

} // namespace aicarbon
