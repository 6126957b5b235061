// SPDX-License-Identifier: GPL-3.0-or-later
#include "databrowser.h"

#include "appsettings.h"
#include "catalog.h"
#include "catalogmodelproxy.h"
#include "cloudregiontablemodel.h"
#include "database.h"
#include "devicetablemodel.h"
#include "modeltablemodel.h"
#include "regiontablemodel.h"
#include "usercatalog.h"
#include "userdevicedialog.h"
#include "userregiondialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <array>
#include <map>

namespace aicarbon {

namespace {

enum Tab
{
    DevicesTab,
    RegionsTab,
    CloudTab,
    ModelsTab,
    TabCount
};

constexpr int kMaxNameWidth = 250;
constexpr int kMaxColumnWidth = 220;
constexpr int kCellPadding = 14;

/// The header's own size hint keeps a whole header height free for the sort arrow, which
/// makes two-line headers wide; the styles draw the arrow in half that (QCommonStyle's
/// SE_HeaderArrow), so this is the widest line, the label margins and the arrow.
int headerWidth(const QHeaderView* header, int section)
{
    const QString title = header->model()->headerData(section, Qt::Horizontal).toString();
    const QFontMetrics metrics = header->fontMetrics();
    int text = 0;
    for (const QString& line : title.split(QLatin1Char('\n')))
        text = std::max(text, metrics.horizontalAdvance(line));
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    return text + 4 * margin + header->sizeHint().height() / 2 + 6;
}

} // namespace

struct DataBrowser::Private
{
    DataBrowser* q;
    AppContext context;
    QLineEdit* search = nullptr;
    QTabWidget* tabs = nullptr;
    QLabel* status = nullptr;
    QPushButton* addButton = nullptr;
    QPushButton* editButton = nullptr;
    QPushButton* deleteButton = nullptr;
    DeviceTableModel* devices = nullptr;
    RegionTableModel* regions = nullptr;
    CloudRegionTableModel* clouds = nullptr;
    ModelTableModel* models = nullptr;
    std::array<CatalogModel*, TabCount> tables {};
    std::array<CatalogModelProxy*, TabCount> proxies {};
    std::array<QTableView*, TabCount> views {};

    void buildTables();
    void buildButtons(QHBoxLayout* row);
    QTableView* addTable(int tab, const QString& name);
    void loadAll();
    void loadDevices();
    void loadRegions();
    void loadModels();
    void fitColumns(int tab);
    void applySearch();
    void applyDisplayFormat();
    void updateStatus();
    void updateTabTitles();
    void updateButtons();
    int selectedRow(int tab) const;
    void select(int tab, const QString& id);

    void add();
    void edit();
    void remove();
    void editDevice(const DeviceRecord& device);
    void editRegion(const RegionRow& row);
    bool confirmOverride(const QString& name, const QString& id) const;
    bool confirmDelete(const QString& name, const QString& id) const;
    void storeDevice(const DeviceRecord& device);
    void storeRegion(const RegionRecord& region, const IntensityRecord& intensity);
    void userCatalogEdited(int tab, const QString& id);
    void showProblems(const std::vector<Diagnostic>& problems) const;
};

DataBrowser::DataBrowser(const AppContext& context, QWidget* parent)
    : QWidget(parent)
    , d(new Private {this, context})
{
    d->search = new QLineEdit(this);
    d->search->setObjectName(QStringLiteral("searchEdit"));
    d->search->setClearButtonEnabled(true);
    d->search->setPlaceholderText(tr("Search by name, id, vendor, country… (case and accents are ignored)"));
    d->tabs = new QTabWidget(this);
    d->tabs->setObjectName(QStringLiteral("tabs"));
    d->tabs->setDocumentMode(true);
    d->buildTables();
    d->status = new QLabel(this);
    d->status->setObjectName(QStringLiteral("statusLabel"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(d->status, 1);
    d->buildButtons(bottom);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(d->search);
    layout->addWidget(d->tabs, 1);
    layout->addLayout(bottom);

    connect(d->search, &QLineEdit::textChanged, this, [this] { d->applySearch(); });
    connect(d->tabs, &QTabWidget::currentChanged, this, [this] { d->updateButtons(); });
    // Ctrl+F while the browser has focus; the main window may use it elsewhere.
    auto* find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, d->search, qOverload<>(&QWidget::setFocus));
    if (context.settings)
        connect(context.settings, &AppSettings::changed, this, [this] { d->applyDisplayFormat(); });
    d->applyDisplayFormat();
    d->loadAll();
    for (int tab = 0; tab < TabCount; ++tab)
        d->fitColumns(tab);
    d->updateButtons();
}

DataBrowser::~DataBrowser()
{
    delete d;
}

void DataBrowser::Private::buildTables()
{
    devices = new DeviceTableModel(q);
    regions = new RegionTableModel(q);
    clouds = new CloudRegionTableModel(q);
    models = new ModelTableModel(q);
    tables = {devices, regions, clouds, models};
    addTable(DevicesTab, QStringLiteral("devicesView"));
    addTable(RegionsTab, QStringLiteral("regionsView"));
    addTable(CloudTab, QStringLiteral("cloudRegionsView"));
    addTable(ModelsTab, QStringLiteral("modelsView"));
}

QTableView* DataBrowser::Private::addTable(int tab, const QString& name)
{
    auto* proxy = new CatalogModelProxy(q);
    proxy->setSourceModel(tables[tab]);
    auto* view = new QTableView(tabs);
    view->setObjectName(name);
    view->setModel(proxy);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // catalog order until a click
    view->setSortingEnabled(true);
    proxies[tab] = proxy;
    views[tab] = view;
    tabs->addTab(view, QString());
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, q, [this] { updateButtons(); });
    connect(view, &QTableView::doubleClicked, q, [this] { edit(); });
    return view;
}

void DataBrowser::Private::buildButtons(QHBoxLayout* row)
{
    addButton = new QPushButton(q);
    addButton->setObjectName(QStringLiteral("addButton"));
    editButton = new QPushButton(tr("&Edit…"), q);
    editButton->setObjectName(QStringLiteral("editButton"));
    deleteButton = new QPushButton(tr("De&lete"), q);
    deleteButton->setObjectName(QStringLiteral("deleteButton"));
    row->addWidget(addButton);
    row->addWidget(editButton);
    row->addWidget(deleteButton);
    connect(addButton, &QPushButton::clicked, q, [this] { add(); });
    connect(editButton, &QPushButton::clicked, q, [this] { edit(); });
    connect(deleteButton, &QPushButton::clicked, q, [this] { remove(); });
}

void DataBrowser::Private::loadAll()
{
    loadDevices();
    loadRegions();
    loadModels();
    updateTabTitles();
    updateStatus();
}

void DataBrowser::Private::loadDevices()
{
    if (!context.catalog)
        return;
    devices->setSources(context.catalog->sources());
    devices->setRecords(context.catalog->devices());
}

// Regions and cloud regions load together: a cloud region shows its grid region's name
// and intensity, which a user region can override.
void DataBrowser::Private::loadRegions()
{
    if (!context.catalog)
        return;
    const Catalog& catalog = *context.catalog;
    const std::vector<SourceRecord> sources = catalog.sources();
    std::vector<RegionRow> rows;
    std::map<std::string, std::size_t> byId;
    for (RegionRecord& region : catalog.regions()) {
        std::optional<IntensityRecord> intensity = catalog.intensity(region.id);
        byId.emplace(region.id, rows.size());
        rows.push_back({std::move(region), std::move(intensity)});
    }
    std::vector<CloudRegionRow> cloudRows;
    for (CloudRegionRecord& cloud : catalog.cloudRegions()) {
        CloudRegionRow row {std::move(cloud), {}, {}, {}};
        if (const auto it = byId.find(row.record.gridRegion); it != byId.end()) {
            row.gridRegionName = rows[it->second].region.name;
            row.gridIntensity = rows[it->second].intensity;
        }
        if (!row.record.pue) {
            row.pueDefault = catalog.pueDefault(row.record.provider);
            if (!row.pueDefault)
                row.pueDefault = catalog.pueDefault("global");
        }
        cloudRows.push_back(std::move(row));
    }
    regions->setSources(sources);
    regions->setRecords(std::move(rows));
    clouds->setSources(sources);
    clouds->setRecords(std::move(cloudRows));
}

void DataBrowser::Private::loadModels()
{
    if (!context.catalog)
        return;
    models->setSources(context.catalog->sources());
    models->setRecords(context.catalog->models());
}

// Widths from the longest text of each column (all rows, not only the visible ones),
// never narrower than the header with room for the sort arrow; long names are capped
// and elided (the tool tip has them whole).
void DataBrowser::Private::fitColumns(int tab)
{
    QTableView* view = views[tab];
    const CatalogModel* model = tables[tab];
    const QFontMetrics metrics = view->fontMetrics();
    const int decoration = view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view) + 6;
    for (int column = 0; column < model->columnCount(); ++column) {
        int width = headerWidth(view->horizontalHeader(), column);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString text = model->index(row, column).data(Qt::DisplayRole).toString();
            width = std::max(width,
                             metrics.horizontalAdvance(text) + kCellPadding + (column == 0 ? decoration : 0));
        }
        const int limit = column == 0 ? kMaxNameWidth : kMaxColumnWidth;
        view->setColumnWidth(column,
                             std::min(width, std::max(limit, headerWidth(view->horizontalHeader(), column))));
    }
}

void DataBrowser::Private::applySearch()
{
    for (CatalogModelProxy* proxy : proxies)
        proxy->setSearchText(search->text());
    updateStatus();
    updateButtons();
}

void DataBrowser::Private::applyDisplayFormat()
{
    const DisplayFormat format = context.settings ? context.settings->displayFormat() : DisplayFormat();
    for (CatalogModel* model : tables)
        model->setDisplayFormat(format);
}

void DataBrowser::Private::updateTabTitles()
{
    tabs->setTabText(DevicesTab, tr("&Devices (%L1)").arg(devices->rowCount()));
    tabs->setTabText(RegionsTab, tr("&Regions (%L1)").arg(regions->rowCount()));
    tabs->setTabText(CloudTab, tr("&Cloud regions (%L1)").arg(clouds->rowCount()));
    tabs->setTabText(ModelsTab, tr("&Models (%L1)").arg(models->rowCount()));
}

void DataBrowser::Private::updateStatus()
{
    const int tab = tabs->currentIndex();
    const int shown = proxies[tab]->rowCount();
    const int total = tables[tab]->rowCount();
    QString text =
        shown == total ? tr("%L1 rows.").arg(total) : tr("Showing %L1 of %L2 rows.").arg(shown).arg(total);
    if (tab == DevicesTab || tab == RegionsTab)
        text += QLatin1Char(' ') + tr("Rows in italics with an orange dot are your own entries.");
    text += QLatin1Char(' ') + tr("Hover a row for its source.");
    status->setText(text);
}

void DataBrowser::Private::updateButtons()
{
    const int tab = tabs->currentIndex();
    const bool editable = tab == DevicesTab || tab == RegionsTab;
    for (QPushButton* button : {addButton, editButton, deleteButton})
        button->setVisible(editable);
    updateStatus();
    if (!editable)
        return;
    addButton->setText(tab == DevicesTab ? tr("&Add device…") : tr("&Add region…"));
    const bool writable = context.userCatalog != nullptr;
    const int row = selectedRow(tab);
    const bool user = row >= 0 && tables[tab]->index(row, 0).data(UserDefinedRole).toBool();
    addButton->setEnabled(writable);
    editButton->setEnabled(writable && row >= 0);
    deleteButton->setEnabled(writable && user);
    const QString readOnly =
        tr("Your own catalog could not be opened, so entries cannot be added or changed.");
    addButton->setToolTip(writable ? QString() : readOnly);
    editButton->setToolTip(
        !writable ? readOnly
            : row >= 0 && !user
            ? tr("Creates your own copy with the same id, used instead of the shipped values")
            : QString());
    deleteButton->setToolTip(!writable ? readOnly : tr("Only your own entries can be deleted"));
}

int DataBrowser::Private::selectedRow(int tab) const
{
    const QModelIndexList rows = views[tab]->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : proxies[tab]->mapToSource(rows.front()).row();
}

void DataBrowser::Private::select(int tab, const QString& id)
{
    const int row = tab == DevicesTab ? devices->rowOf(id) : regions->rowOf(id);
    const QModelIndex index = proxies[tab]->mapFromSource(tables[tab]->index(row, 0));
    if (!index.isValid())
        return;
    views[tab]->selectionModel()->select(index,
                                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    views[tab]->setCurrentIndex(index);
    views[tab]->scrollTo(index);
}

void DataBrowser::Private::add()
{
    if (!context.userCatalog)
        return;
    if (tabs->currentIndex() == DevicesTab) {
        UserDeviceDialog dialog(context.catalog, UserDeviceDialog::Mode::Add, q);
        if (dialog.exec() == QDialog::Accepted)
            storeDevice(dialog.device());
    } else if (tabs->currentIndex() == RegionsTab) {
        UserRegionDialog dialog(context.catalog, UserRegionDialog::Mode::Add, q);
        if (dialog.exec() == QDialog::Accepted)
            storeRegion(dialog.region(), dialog.intensity());
    }
}

void DataBrowser::Private::edit()
{
    const int tab = tabs->currentIndex();
    const int row = selectedRow(tab);
    if (!context.userCatalog || row < 0)
        return;
    if (tab == DevicesTab)
        editDevice(devices->record(row));
    else if (tab == RegionsTab)
        editRegion(regions->record(row));
}

void DataBrowser::Private::editDevice(const DeviceRecord& device)
{
    const QString id = QString::fromStdString(device.id);
    if (!device.userDefined && !confirmOverride(QString::fromStdString(device.name), id))
        return;
    UserDeviceDialog dialog(context.catalog, UserDeviceDialog::Mode::Edit, q);
    dialog.setDevice(device);
    if (dialog.exec() == QDialog::Accepted)
        storeDevice(dialog.device());
}

void DataBrowser::Private::editRegion(const RegionRow& row)
{
    const QString id = QString::fromStdString(row.region.id);
    if (!row.region.userDefined && !confirmOverride(QString::fromStdString(row.region.name), id))
        return;
    UserRegionDialog dialog(context.catalog, UserRegionDialog::Mode::Edit, q);
    dialog.setRegion(row.region, row.intensity);
    if (dialog.exec() == QDialog::Accepted)
        storeRegion(dialog.region(), dialog.intensity());
}

bool DataBrowser::Private::confirmOverride(const QString& name, const QString& id) const
{
    QMessageBox box(QMessageBox::Question, tr("Edit a shipped entry"),
                    tr("“%1” comes with the application's catalog.").arg(name), QMessageBox::Cancel, q);
    box.setObjectName(QStringLiteral("overrideConfirmation"));
    box.setInformativeText(tr("Editing it creates your own copy with the same id (%1). Your copy is used "
                              "instead of the shipped values in every estimate; delete it to return to them.")
                               .arg(id));
    QPushButton* copy = box.addButton(tr("Create my copy"), QMessageBox::AcceptRole);
    box.setDefaultButton(copy);
    box.exec();
    return box.clickedButton() == copy;
}

bool DataBrowser::Private::confirmDelete(const QString& name, const QString& id) const
{
    QMessageBox box(QMessageBox::Question, tr("Delete your entry"), tr("Delete “%1” (%2)?").arg(name, id),
                    QMessageBox::Cancel, q);
    box.setObjectName(QStringLiteral("deleteConfirmation"));
    box.setInformativeText(tr("Scenarios that use this id will use the shipped entry of the same id if there "
                              "is one, and otherwise report it as unknown."));
    QPushButton* yes = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

void DataBrowser::Private::remove()
{
    const int tab = tabs->currentIndex();
    const int row = selectedRow(tab);
    if (!context.userCatalog || row < 0 || !tables[tab]->index(row, 0).data(UserDefinedRole).toBool())
        return;
    const QString id = tables[tab]->index(row, 0).data(IdRole).toString();
    const QString name = tables[tab]->index(row, 0).data(Qt::DisplayRole).toString();
    if (!confirmDelete(name, id))
        return;
    try {
        if (tab == DevicesTab)
            context.userCatalog->removeDevice(id.toStdString());
        else
            context.userCatalog->removeRegion(id.toStdString());
    } catch (const DatabaseError& error) {
        QMessageBox::warning(q, tr("Could not delete"), QString::fromUtf8(error.what()));
        return;
    }
    userCatalogEdited(tab, id);
}

void DataBrowser::Private::storeDevice(const DeviceRecord& device)
{
    try {
        const std::vector<Diagnostic> problems = context.userCatalog->putDevice(device);
        if (hasErrors(problems)) {
            showProblems(problems);
            return;
        }
    } catch (const DatabaseError& error) {
        QMessageBox::warning(q, tr("Could not save"), QString::fromUtf8(error.what()));
        return;
    }
    userCatalogEdited(DevicesTab, QString::fromStdString(device.id));
}

void DataBrowser::Private::storeRegion(const RegionRecord& region, const IntensityRecord& intensity)
{
    try {
        const std::vector<Diagnostic> problems = context.userCatalog->putRegion(region, intensity);
        if (hasErrors(problems)) {
            showProblems(problems);
            return;
        }
    } catch (const DatabaseError& error) {
        QMessageBox::warning(q, tr("Could not save"), QString::fromUtf8(error.what()));
        return;
    }
    userCatalogEdited(RegionsTab, QString::fromStdString(region.id));
}

void DataBrowser::Private::showProblems(const std::vector<Diagnostic>& problems) const
{
    QStringList lines;
    for (const Diagnostic& problem : problems)
        lines << QString::fromStdString(problem.text());
    QMessageBox::warning(q, tr("Could not save"), lines.join(QLatin1Char('\n')));
}

void DataBrowser::Private::userCatalogEdited(int tab, const QString& id)
{
    if (tab == DevicesTab)
        loadDevices();
    else
        loadRegions();
    updateTabTitles();
    select(tab, id);
    updateButtons();
    Q_EMIT q->userCatalogChanged();
}

} // namespace aicarbon
