// SPDX-License-Identifier: GPL-3.0-or-later
#include "whatifview.h"

#include "appsettings.h"
#include "catalog.h"
#include "chartsupport.h"
#include "figuremenu.h"
#include "presentationmode.h"
#include "regionranking.h"
#include "scenariocommands.h"
#include "scenariodocument.h"
#include "sweep.h"
#include "sweeptablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace aicarbon {

namespace {

constexpr double kBarWidth = 0.7;
constexpr int kRecomputeDelayMs = 150; // coalesces typing and slider drags
constexpr int kHoverDistance = 12; // pixels
constexpr int kDefaultRegionCount = 15;
constexpr int kMaxRegionCount = 50;

QColor blend(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

} // namespace

struct WhatIfView::Private : QObject
{
    /// The view's context, where lupdate files these strings; QObject::tr would look
    /// them up under "QObject" and never find a translation.
    static QString tr(const char* text) { return WhatIfView::tr(text); }

    Private(WhatIfView* view, const AppContext& context);
    ~Private() override { qDeleteAll(hooks); }

    void buildWidgets();
    QWidget* buildRegionTab();
    QWidget* buildRegionFilters(QWidget* parent);
    QWidget* buildDeviceTab();
    void buildRegionPlot(QWidget* parent);
    void buildDevicePlot(QWidget* parent);
    QTableView* buildTable(SweepTableModel* model, QSortFilterProxyModel* proxy, QWidget* parent);

    void onDocumentChanged(const ChangeEvent& event);
    void onShown();
    void onSettingsChanged();
    void markDirty();
    void recompute();
    void refreshAll();
    void refreshRegions();
    void refreshDevices();
    void updateTitle();
    void fillProviderCombo();
    RegionFilter regionFilter() const;
    void updateRegionChart();
    void updateRegionNote();
    void updateDeviceChart();
    void updateDeviceNote();
    void placeDeviceLabels();
    void applyPalette();
    void applyCurrentColor();
    void updateButtons();
    void createFromRegion();
    void createFromDevice();
    void selectRegionAt(QMouseEvent* event);
    void selectDeviceAt(QMouseEvent* event);
    void showRegionToolTip(QMouseEvent* event);
    void showDeviceToolTip(QMouseEvent* event);

    int regionRowAt(const QPointF& position) const;
    int deviceAt(const QPointF& position) const;
    void selectRow(QTableView* table, const std::string& id);
    std::string selectedId(QTableView* table) const;
    bool hasScenario() const;
    const Scenario& scenario() const;
    QString scenarioName() const;
    QColor currentColor() const;
    QColor neutralColor() const;
    FigureSpec figurePreset(FigureChart chart) const
    {
        return figureSpecFor(chart, context.settings->palette(), std::max(0, current));
    }
    DisplayFormat format() const { return context.settings->displayFormat(); }
    const Catalog& catalog() const
    {
        return context.catalog ? *context.catalog : *context.document->catalog();
    }

    WhatIfView* q;
    AppContext context;
    int current = -1;
    bool dirty = true;
    Sweep regionSweep;
    Sweep deviceSweep;
    std::vector<std::size_t> front;
    std::string currentRegion;
    std::string currentDevice;
    QTimer* recomputeTimer = nullptr;

    QLabel* title = nullptr;
    QComboBox* orderCombo = nullptr;
    QSpinBox* countSpin = nullptr;
    QComboBox* providerCombo = nullptr;
    QLineEdit* searchEdit = nullptr;
    QPushButton* regionButton = nullptr;
    QPushButton* deviceButton = nullptr;
    QLabel* regionNote = nullptr;
    QLabel* deviceNote = nullptr;
    SweepTableModel* regionModel = nullptr;
    SweepTableModel* deviceModel = nullptr;
    QTableView* regionTable = nullptr;
    QTableView* deviceTable = nullptr;

    QCustomPlot* regionPlot = nullptr;
    QCPBars* lifecycleBars = nullptr;
    QCPBars* directBars = nullptr;
    QCPBars* currentBars = nullptr;
    QSharedPointer<QCPAxisTickerText> regionTicker;
    std::vector<QCPItemText*> valueLabels;
    ScaledUnit regionScale;

    QCustomPlot* devicePlot = nullptr;
    QCPGraph* deviceGraph = nullptr;
    QCPGraph* frontGraph = nullptr;
    QCPGraph* currentGraph = nullptr;
    std::vector<QCPItemText*> frontLabels;
    std::vector<QCPItemLine*> frontLeaders;
    ScaledUnit deviceTimeScale;
    ScaledUnit deviceMassScale;
    std::vector<EventHook*> hooks; // deleted before the rest of Private
};

WhatIfView::Private::Private(WhatIfView* view, const AppContext& ctx)
    : q(view)
    , context(ctx)
    , current(ctx.document->count() > 0 ? 0 : -1)
{ }

void WhatIfView::Private::buildWidgets()
{
    title = new QLabel(q);
    title->setObjectName(QStringLiteral("whatIfTitle"));
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* tabs = new QTabWidget(q);
    tabs->addTab(buildRegionTab(), tr("&Regions"));
    tabs->addTab(buildDeviceTab(), tr("&Hardware"));
    auto* layout = new QVBoxLayout(q);
    layout->addWidget(title);
    layout->addWidget(tabs, 1);

    recomputeTimer = new QTimer(this);
    recomputeTimer->setSingleShot(true);
    recomputeTimer->setInterval(kRecomputeDelayMs);
    connect(recomputeTimer, &QTimer::timeout, this, &Private::recompute);
}

QWidget* WhatIfView::Private::buildRegionTab()
{
    auto* page = new QWidget(q);
    regionModel = new SweepTableModel(SweepTableModel::Kind::Regions, this);
    buildRegionPlot(page);
    regionTable = buildTable(regionModel, new QSortFilterProxyModel(this), page);
    regionTable->setObjectName(QStringLiteral("regionTable"));
    regionButton = new QPushButton(tr("Create &scenario from this region"), page);
    regionButton->setObjectName(QStringLiteral("createFromRegion"));
    regionButton->setToolTip(tr("Adds a copy of the scenario moved to the selected region"));
    regionNote = new QLabel(page);
    regionNote->setObjectName(QStringLiteral("regionNote"));
    regionNote->setWordWrap(true);

    auto* splitter = new QSplitter(Qt::Horizontal, page);
    splitter->addWidget(regionPlot);
    splitter->addWidget(regionTable);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({700, 500});
    auto* top = new QHBoxLayout;
    top->addWidget(buildRegionFilters(page), 1);
    top->addWidget(regionButton);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(regionNote);
    connect(regionButton, &QPushButton::clicked, this, &Private::createFromRegion);
    connect(regionTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &Private::updateButtons);
    return page;
}

QWidget* WhatIfView::Private::buildRegionFilters(QWidget* parent)
{
    auto* filters = new QWidget(parent);
    orderCombo = new QComboBox(filters);
    orderCombo->setObjectName(QStringLiteral("regionOrder"));
    orderCombo->addItem(tr("Lowest emissions"), false);
    orderCombo->addItem(tr("Highest emissions"), true);
    countSpin = new QSpinBox(filters);
    countSpin->setObjectName(QStringLiteral("regionCount"));
    countSpin->setRange(1, kMaxRegionCount);
    countSpin->setValue(kDefaultRegionCount);
    providerCombo = new QComboBox(filters);
    providerCombo->setObjectName(QStringLiteral("regionProvider"));
    searchEdit = new QLineEdit(filters);
    searchEdit->setObjectName(QStringLiteral("regionSearch"));
    searchEdit->setPlaceholderText(tr("Name, id or country"));
    searchEdit->setClearButtonEnabled(true);
    auto* showLabel = new QLabel(tr("Sho&w"), filters);
    showLabel->setBuddy(countSpin);
    auto* searchLabel = new QLabel(tr("&Find"), filters);
    searchLabel->setBuddy(searchEdit);
    auto* row = new QHBoxLayout(filters);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(showLabel);
    row->addWidget(countSpin);
    row->addWidget(orderCombo);
    row->addSpacing(12);
    row->addWidget(providerCombo);
    row->addSpacing(12);
    row->addWidget(searchLabel);
    row->addWidget(searchEdit, 1);
    fillProviderCombo();
    connect(orderCombo, &QComboBox::currentIndexChanged, this, &Private::refreshRegions);
    connect(countSpin, &QSpinBox::valueChanged, this, &Private::refreshRegions);
    connect(providerCombo, &QComboBox::currentIndexChanged, this, &Private::refreshRegions);
    connect(searchEdit, &QLineEdit::textChanged, this, &Private::refreshRegions);
    return filters;
}

QWidget* WhatIfView::Private::buildDeviceTab()
{
    auto* page = new QWidget(q);
    deviceModel = new SweepTableModel(SweepTableModel::Kind::Devices, this);
    buildDevicePlot(page);
    deviceTable = buildTable(deviceModel, new QSortFilterProxyModel(this), page);
    deviceTable->setObjectName(QStringLiteral("deviceTable"));
    deviceButton = new QPushButton(tr("Create &scenario from this device"), page);
    deviceButton->setObjectName(QStringLiteral("createFromDevice"));
    deviceButton->setToolTip(tr("Adds a copy of the scenario on the selected device"));
    deviceNote = new QLabel(page);
    deviceNote->setObjectName(QStringLiteral("deviceNote"));
    deviceNote->setWordWrap(true);
    auto* hint = new QLabel(
        tr("Every device of the catalog (CPUs left out), same workload, region and device count."), page);
    hint->setWordWrap(true);

    auto* splitter = new QSplitter(Qt::Horizontal, page);
    splitter->addWidget(devicePlot);
    splitter->addWidget(deviceTable);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({700, 500});
    auto* top = new QHBoxLayout;
    top->addWidget(hint, 1);
    top->addWidget(deviceButton);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(deviceNote);
    connect(deviceButton, &QPushButton::clicked, this, &Private::createFromDevice);
    connect(deviceTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &Private::updateButtons);
    return page;
}

QTableView* WhatIfView::Private::buildTable(SweepTableModel* model, QSortFilterProxyModel* proxy,
                                            QWidget* parent)
{
    proxy->setSourceModel(model);
    proxy->setSortRole(SweepTableModel::RawValueRole);
    auto* table = new QTableView(parent);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void WhatIfView::Private::buildRegionPlot(QWidget* parent)
{
    regionPlot = new QCustomPlot(parent);
    regionPlot->setObjectName(QStringLiteral("regionChart"));
    followPresentationMode(context, regionPlot);
    regionPlot->setMinimumSize(360, 260);
    regionPlot->setMouseTracking(true);
    regionPlot->setAutoAddPlottableToLegend(false);
    regionTicker.reset(new QCPAxisTickerText);
    regionPlot->yAxis->setTicker(regionTicker);
    regionPlot->yAxis->setRangeReversed(true);
    regionPlot->yAxis->setTickLength(0, 0);
    regionPlot->yAxis->setSubTicks(false);
    regionPlot->yAxis->grid()->setVisible(false);
    const auto addBars = [this](const QString& name) {
        auto* bars = new QCPBars(regionPlot->yAxis, regionPlot->xAxis);
        bars->setName(name);
        bars->setWidth(kBarWidth);
        bars->setSelectable(QCP::stNone);
        bars->addToLegend();
        return bars;
    };
    lifecycleBars = addBars(tr("Lifecycle grid intensity"));
    directBars = addBars(tr("Direct-emissions intensity"));
    currentBars = addBars(tr("Current region"));
    putLegendOnTop(regionPlot);
    connect(regionPlot, &QCustomPlot::mouseMove, this, &Private::showRegionToolTip);
    connect(regionPlot, &QCustomPlot::mousePress, this, &Private::selectRegionAt);
    installFigureExportMenu(regionPlot, context, [this] { return figurePreset(FigureChart::Regions); });
}

void WhatIfView::Private::buildDevicePlot(QWidget* parent)
{
    devicePlot = new QCustomPlot(parent);
    devicePlot->setObjectName(QStringLiteral("deviceChart"));
    followPresentationMode(context, devicePlot);
    devicePlot->setMinimumSize(360, 260);
    devicePlot->setMouseTracking(true);
    devicePlot->setAutoAddPlottableToLegend(false);
    const auto addGraph = [this](const QString& name) {
        auto* graph = new QCPGraph(devicePlot->xAxis, devicePlot->yAxis);
        graph->setName(name);
        graph->setSelectable(QCP::stNone);
        graph->setLineStyle(QCPGraph::lsNone);
        graph->addToLegend();
        return graph;
    };
    deviceGraph = addGraph(tr("Devices"));
    frontGraph = addGraph(tr("Pareto front (no device both faster and cleaner)"));
    frontGraph->setLineStyle(QCPGraph::lsStepLeft);
    currentGraph = addGraph(tr("Current device"));
    putLegendOnTop(devicePlot);
    connect(devicePlot, &QCustomPlot::mouseMove, this, &Private::showDeviceToolTip);
    connect(devicePlot, &QCustomPlot::mousePress, this, &Private::selectDeviceAt);
    installFigureExportMenu(devicePlot, context, [this] { return figurePreset(FigureChart::Devices); });
    connect(devicePlot, &QCustomPlot::afterLayout, this, &Private::placeDeviceLabels);
}

bool WhatIfView::Private::hasScenario() const
{
    return current >= 0 && current < context.document->count();
}

const Scenario& WhatIfView::Private::scenario() const
{
    return context.document->scenario(current);
}

QString WhatIfView::Private::scenarioName() const
{
    const QString name = QString::fromStdString(scenario().name);
    return name.isEmpty() ? tr("Scenario %1").arg(current + 1) : name;
}

QColor WhatIfView::Private::currentColor() const
{
    return hasScenario() ? scenarioColor(context.document->colorSlot(current), context.settings->palette())
                         : q->palette().color(QPalette::Highlight);
}

QColor WhatIfView::Private::neutralColor() const
{
    return blend(q->palette().color(QPalette::Base), q->palette().color(QPalette::WindowText), 0.42);
}

void WhatIfView::Private::onDocumentChanged(const ChangeEvent& event)
{
    using Kind = ChangeEvent::Kind;
    const int count = context.document->count();
    switch (event.kind) {
    case Kind::Reset:
        current = count > 0 ? std::clamp(current, 0, count - 1) : -1;
        markDirty();
        return;
    case Kind::Edited:
        if (event.index == current)
            markDirty();
        return;
    case Kind::Inserted:
        if (current < 0) {
            current = event.index;
            markDirty();
        } else if (event.index <= current) {
            ++current; // the same scenario, one further down
        }
        return;
    case Kind::Removed:
        if (event.index < current) {
            --current;
        } else if (event.index == current) {
            current = std::min(current, count - 1);
            markDirty();
        }
        return;
    case Kind::Moved:
        if (event.index == current)
            current = event.to;
        else if (event.index < current && event.to >= current)
            --current;
        else if (event.index > current && event.to <= current)
            ++current;
        return;
    case Kind::Baseline:
    case Kind::Renamed:
        return;
    }
}

void WhatIfView::Private::onSettingsChanged()
{
    applyPalette();
    refreshAll();
}

void WhatIfView::Private::markDirty()
{
    dirty = true;
    if (q->isVisible())
        recomputeTimer->start();
}

void WhatIfView::Private::onShown()
{
    if (dirty)
        recompute();
}

void WhatIfView::Private::recompute()
{
    recomputeTimer->stop();
    dirty = false;
    regionSweep = {};
    deviceSweep = {};
    front.clear();
    currentRegion.clear();
    currentDevice.clear();
    if (hasScenario()) {
        const Scenario& s = scenario();
        regionSweep = sweepRegions(s, catalog());
        deviceSweep = sweepDevices(s, catalog());
        std::vector<ParetoPoint> points;
        for (const SweepPoint& p : deviceSweep.points)
            points.push_back({p.wallClock.hours(), p.totalEmissions.kilograms()});
        front = paretoFront(points);
        const auto cloud = catalog().cloudRegion(s.facility.region);
        const auto region = cloud ? std::nullopt : catalog().region(s.facility.region);
        currentRegion = cloud ? cloud->id : region ? region->id : s.facility.region;
        const auto device = catalog().device(s.hardware.device);
        currentDevice = device ? device->id : s.hardware.device;
    }
    fillProviderCombo();
    refreshAll();
}

void WhatIfView::Private::refreshAll()
{
    updateTitle();
    applyCurrentColor();
    refreshRegions();
    refreshDevices();
}

void WhatIfView::Private::updateTitle()
{
    if (!hasScenario()) {
        title->setText(tr("No scenario selected: add or select a scenario to see where and on what it would "
                          "emit least."));
        return;
    }
    const Estimate& e = context.document->estimate(current);
    const QString now = e.valid()
        ? tr("now %1, %2 in %3")
              .arg(format().mass(e.figures.totalEmissions), format().duration(e.figures.wallClock),
                   QString::fromStdString(scenario().facility.region))
        : tr("the scenario itself cannot be estimated yet");
    title->setText(
        tr("What if “%1” ran in another region or on other hardware? (%2)").arg(scenarioName(), now));
}

void WhatIfView::Private::fillProviderCombo()
{
    const QSignalBlocker blocker(providerCombo);
    const QString previous = providerCombo->currentData().toString();
    providerCombo->clear();
    providerCombo->addItem(tr("All regions"), QString());
    providerCombo->addItem(tr("Electricity grids"), QStringLiteral("@grids"));
    for (const QString& provider : regionProviders(regionSweep.points))
        providerCombo->addItem(tr("Cloud: %1").arg(provider), provider);
    providerCombo->setCurrentIndex(std::max(0, providerCombo->findData(previous)));
}

RegionFilter WhatIfView::Private::regionFilter() const
{
    RegionFilter filter;
    const QString group = providerCombo->currentData().toString();
    filter.group = group.isEmpty()             ? RegionFilter::Group::All
        : group == QLatin1StringView("@grids") ? RegionFilter::Group::Grids
                                               : RegionFilter::Group::Provider;
    filter.provider = group;
    filter.text = searchEdit->text();
    filter.count = countSpin->value();
    filter.highest = orderCombo->currentData().toBool();
    filter.keep = currentRegion;
    return filter;
}

void WhatIfView::Private::refreshRegions()
{
    std::vector<SweepRow> rows;
    for (const std::size_t i : selectRegions(regionSweep.points, regionFilter()))
        rows.push_back({regionSweep.points[i], static_cast<int>(i) + 1, false});
    const double currentKg = hasScenario() && context.document->estimate(current).valid()
        ? context.document->estimate(current).figures.totalEmissions.kilograms()
        : 0.0;
    regionModel->setResults(std::move(rows), currentRegion, currentKg, format());
    regionTable->resizeColumnsToContents();
    updateRegionChart();
    updateRegionNote();
    updateButtons();
}

void WhatIfView::Private::updateRegionChart()
{
    const std::vector<SweepRow>& rows = regionModel->rows();
    const int n = static_cast<int>(rows.size());
    double largest = 0.0;
    for (const SweepRow& row : rows)
        largest = std::max(largest, row.point.totalEmissions.kilograms());
    regionScale = format().massUnitFor(largest);
    const QFontMetrics metrics(regionPlot->font());
    QVector<double> lifecycleKeys, lifecycleValues, directKeys, directValues, currentKeys, currentValues;
    QMap<double, QString> ticks;
    while (valueLabels.size() < rows.size()) {
        auto* label = new QCPItemText(regionPlot);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setPadding(QMargins(4, 0, 0, 0));
        valueLabels.push_back(label);
    }
    const QColor text = q->palette().color(QPalette::WindowText);
    for (int k = 0; k < n; ++k) {
        const SweepPoint& p = rows[std::size_t(k)].point;
        const double value = p.totalEmissions.kilograms() / regionScale.divisor;
        const bool isCurrent = p.id == currentRegion;
        auto& keys = isCurrent ? currentKeys : p.basis == "direct" ? directKeys : lifecycleKeys;
        auto& values = isCurrent ? currentValues : p.basis == "direct" ? directValues : lifecycleValues;
        keys << k;
        values << value;
        QString name = tr("%1. %2").arg(rows[std::size_t(k)].rank).arg(QString::fromStdString(p.name));
        name = metrics.elidedText(name, Qt::ElideRight, 230);
        ticks.insert(k, isCurrent ? tr("%1 (current)").arg(name) : name);
        QCPItemText* label = valueLabels[std::size_t(k)];
        label->position->setCoords(value, k);
        label->setText(format().number(value));
        label->setColor(text);
        label->setVisible(true);
    }
    for (std::size_t k = rows.size(); k < valueLabels.size(); ++k)
        valueLabels[k]->setVisible(false);
    lifecycleBars->setData(lifecycleKeys, lifecycleValues, true);
    directBars->setData(directKeys, directValues, true);
    currentBars->setData(currentKeys, currentValues, true);
    regionTicker->setTicks(ticks);
    regionPlot->yAxis->setRange(-0.6, std::max(1, n) - 0.4);
    regionPlot->xAxis->setRange(0.0, largest > 0.0 ? largest / regionScale.divisor * 1.18 : 1.0);
    regionPlot->xAxis->setLabel(tr("Total emissions if run there (%1 CO₂e)").arg(regionScale.symbol));
    regionPlot->replot(QCustomPlot::rpQueuedReplot);
}

void WhatIfView::Private::updateRegionNote()
{
    QStringList notes;
    if (regionSweep.mixesIntensityBases())
        notes << tr(
            "Intensity bases differ: hatched bars and “direct” rows count direct (combustion) emissions "
            "only, as cloud providers such as Google publish them; the others are lifecycle grid "
            "intensities, higher for the same grid. Compare the two with care.");
    if (regionSweep.skipped > 0)
        notes
            << tr("Regions where the scenario cannot be estimated (e.g. no grid intensity for its year) are "
                  "left out: %1.")
                   .arg(regionSweep.skipped);
    notes << WhatIfView::tr("Showing %1 of %Ln region(s), ranked by total emissions (# = rank among all).",
                            nullptr, int(regionSweep.points.size()))
                 .arg(QLocale().toString(regionModel->rowCount()));
    regionNote->setText(notes.join(QLatin1Char(' ')));
}

void WhatIfView::Private::refreshDevices()
{
    std::vector<SweepRow> rows;
    for (const SweepPoint& p : deviceSweep.points)
        rows.push_back({p, 0, false});
    for (const std::size_t i : front)
        rows[i].onFront = true;
    const double currentKg = hasScenario() && context.document->estimate(current).valid()
        ? context.document->estimate(current).figures.totalEmissions.kilograms()
        : 0.0;
    deviceModel->setResults(std::move(rows), currentDevice, currentKg, format());
    deviceTable->resizeColumnsToContents();
    updateDeviceChart();
    updateDeviceNote();
    updateButtons();
}

void WhatIfView::Private::updateDeviceChart()
{
    double shortest = 0.0, longest = 0.0, lightest = 0.0, heaviest = 0.0;
    for (const SweepPoint& p : deviceSweep.points) {
        const double h = p.wallClock.hours();
        const double kg = p.totalEmissions.kilograms();
        shortest = shortest > 0.0 ? std::min(shortest, h) : h;
        lightest = lightest > 0.0 ? std::min(lightest, kg) : kg;
        longest = std::max(longest, h);
        heaviest = std::max(heaviest, kg);
    }
    deviceTimeScale = timeUnitFor(longest, TimeUnit::Automatic);
    deviceMassScale = format().massUnitFor(heaviest);
    const auto x = [this](const SweepPoint& p) { return p.wallClock.hours() / deviceTimeScale.divisor; };
    const auto y = [this](const SweepPoint& p) {
        return p.totalEmissions.kilograms() / deviceMassScale.divisor;
    };
    QVector<double> keys, values, frontKeys, frontValues, currentKeys, currentValues;
    for (const SweepPoint& p : deviceSweep.points) {
        keys << x(p);
        values << y(p);
        if (p.id == currentDevice) {
            currentKeys << x(p);
            currentValues << y(p);
        }
    }
    while (frontLabels.size() < front.size()) {
        frontLabels.push_back(new QCPItemText(devicePlot));
        frontLeaders.push_back(new QCPItemLine(devicePlot));
        frontLeaders.back()->start->setType(QCPItemPosition::ptAbsolute);
        frontLeaders.back()->end->setType(QCPItemPosition::ptAbsolute);
    }
    const QColor text = q->palette().color(QPalette::WindowText);
    const QFontMetrics metrics(devicePlot->font());
    for (std::size_t k = 0; k < frontLabels.size(); ++k) {
        frontLabels[k]->setVisible(k < front.size());
        frontLeaders[k]->setVisible(k < front.size());
        frontLeaders[k]->setPen(QPen(neutralColor(), 1));
        if (k >= front.size())
            continue;
        const SweepPoint& p = deviceSweep.points[front[k]];
        frontKeys << x(p);
        frontValues << y(p);
        frontLabels[k]->position->setType(QCPItemPosition::ptAbsolute);
        frontLabels[k]->setText(metrics.elidedText(QString::fromStdString(p.name), Qt::ElideRight, 220));
        frontLabels[k]->setColor(text);
    }
    deviceGraph->setData(keys, values);
    frontGraph->setData(frontKeys, frontValues, true);
    currentGraph->setData(currentKeys, currentValues, true);
    scaleAxisToSpread(devicePlot->xAxis, shortest / deviceTimeScale.divisor,
                      longest / deviceTimeScale.divisor);
    scaleAxisToSpread(devicePlot->yAxis, lightest / deviceMassScale.divisor,
                      heaviest / deviceMassScale.divisor);
    devicePlot->xAxis->setLabel(tr("Wall-clock time, final run (%1)").arg(deviceTimeScale.symbol));
    devicePlot->yAxis->setLabel(tr("Total emissions (%1 CO₂e)").arg(deviceMassScale.symbol));
    devicePlot->replot(QCustomPlot::rpQueuedReplot);
}

/// Names the Pareto-front devices in a column right of the front (left when there is no
/// room), spread vertically, each joined to its point by a thin line.
void WhatIfView::Private::placeDeviceLabels()
{
    if (front.empty())
        return;
    const QRect rect = devicePlot->axisRect()->rect();
    const QFontMetrics metrics(devicePlot->font());
    std::vector<QPointF> anchors;
    double rightmost = rect.left();
    int widest = 0;
    for (std::size_t k = 0; k < front.size(); ++k) {
        const SweepPoint& p = deviceSweep.points[front[k]];
        anchors.emplace_back(
            devicePlot->xAxis->coordToPixel(p.wallClock.hours() / deviceTimeScale.divisor),
            devicePlot->yAxis->coordToPixel(p.totalEmissions.kilograms() / deviceMassScale.divisor));
        rightmost = std::max(rightmost, anchors.back().x());
        widest = std::max(widest, metrics.horizontalAdvance(frontLabels[k]->text()));
    }
    const bool right = rightmost + 30 + widest < rect.right();
    const double column = right ? rightmost + 30 : rect.left() + 8 + widest;
    std::vector<std::size_t> order(front.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        order[k] = k;
    std::sort(order.begin(), order.end(),
              [&anchors](std::size_t a, std::size_t b) { return anchors[a].y() < anchors[b].y(); });
    std::vector<double> ys;
    for (const std::size_t k : order)
        ys.push_back(anchors[k].y() - metrics.height()); // above the points, clear of the markers
    spreadPositions(ys, metrics.height(), rect.top() + metrics.height() / 2.0,
                    rect.bottom() - metrics.height() / 2.0);
    for (std::size_t j = 0; j < order.size(); ++j) {
        const std::size_t k = order[j];
        frontLabels[k]->setPositionAlignment(Qt::AlignVCenter | (right ? Qt::AlignLeft : Qt::AlignRight));
        frontLabels[k]->position->setCoords(column, ys[j]);
        frontLeaders[k]->start->setCoords(anchors[k]);
        frontLeaders[k]->end->setCoords(right ? column - 2 : column + 2, ys[j]);
    }
}

void WhatIfView::Private::updateDeviceNote()
{
    QStringList notes;
    notes << tr("The stepped line is the Pareto front: for the devices on it, no other device is both faster "
                "and lower-emitting.");
    if (deviceSweep.skipped > 0)
        notes << tr("Devices the scenario cannot be estimated on (e.g. no peak throughput at its precision) "
                    "are left out: %1.")
                     .arg(deviceSweep.skipped);
    deviceNote->setText(notes.join(QLatin1Char(' ')));
}

void WhatIfView::Private::applyPalette()
{
    const QPalette palette = q->palette();
    applyChartPalette(regionPlot, palette);
    applyChartPalette(devicePlot, palette);
    const QColor neutral = neutralColor();
    const QColor text = palette.color(QPalette::WindowText);
    lifecycleBars->setBrush(neutral);
    lifecycleBars->setPen(QPen(neutral.darker(120), 1));
    directBars->setBrush(QBrush(text, Qt::BDiagPattern));
    directBars->setPen(QPen(text, 1));
    deviceGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, neutral, neutral, 7));
    frontGraph->setPen(QPen(text, 1.2, Qt::DashLine));
    frontGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(text, 1.8), Qt::NoBrush, 11));
    applyCurrentColor();
    updateRegionChart();
    updateDeviceChart();
}

/// The current region's bar and device's point in the current scenario's colour.
void WhatIfView::Private::applyCurrentColor()
{
    const QColor accent = currentColor();
    currentBars->setBrush(accent);
    currentBars->setPen(QPen(accent.darker(140), 1));
    currentGraph->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(accent.darker(150), 1.5), QBrush(accent), 15));
}

void WhatIfView::Private::updateButtons()
{
    regionButton->setEnabled(hasScenario() && !selectedId(regionTable).empty());
    deviceButton->setEnabled(hasScenario() && !selectedId(deviceTable).empty());
}

std::string WhatIfView::Private::selectedId(QTableView* table) const
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? std::string()
                          : rows.front().data(SweepTableModel::IdRole).toString().toStdString();
}

void WhatIfView::Private::selectRow(QTableView* table, const std::string& id)
{
    auto* proxy = static_cast<QSortFilterProxyModel*>(table->model());
    const auto* model = static_cast<SweepTableModel*>(proxy->sourceModel());
    const int row = model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = proxy->mapFromSource(model->index(row, 0));
    table->selectRow(index.row());
    table->scrollTo(index);
}

void WhatIfView::Private::createFromRegion()
{
    const std::string id = selectedId(regionTable);
    const int row = regionModel->rowOf(id);
    if (!hasScenario() || row < 0)
        return;
    Scenario variant = movedToRegion(scenario(), id);
    const QString place = QString::fromStdString(regionModel->rows()[std::size_t(row)].point.name);
    variant.name = tr("%1 in %2").arg(scenarioName(), place).toStdString();
    Q_EMIT q->scenarioCreated(Command::addScenario(context.document, std::move(variant)));
}

void WhatIfView::Private::createFromDevice()
{
    const std::string id = selectedId(deviceTable);
    const int row = deviceModel->rowOf(id);
    if (!hasScenario() || row < 0)
        return;
    Scenario variant = movedToDevice(scenario(), id);
    const QString device = QString::fromStdString(deviceModel->rows()[std::size_t(row)].point.name);
    variant.name = tr("%1 on %2").arg(scenarioName(), device).toStdString();
    Q_EMIT q->scenarioCreated(Command::addScenario(context.document, std::move(variant)));
}

int WhatIfView::Private::regionRowAt(const QPointF& position) const
{
    if (!regionPlot->axisRect()->rect().contains(position.toPoint()))
        return -1;
    const double key = regionPlot->yAxis->pixelToCoord(position.y());
    const int row = qRound(key);
    const bool onBar = std::abs(key - row) <= kBarWidth / 2;
    return onBar && row >= 0 && row < regionModel->rowCount() ? row : -1;
}

int WhatIfView::Private::deviceAt(const QPointF& position) const
{
    int nearest = -1;
    double best = kHoverDistance * kHoverDistance;
    for (std::size_t i = 0; i < deviceSweep.points.size(); ++i) {
        const SweepPoint& p = deviceSweep.points[i];
        const double dx =
            devicePlot->xAxis->coordToPixel(p.wallClock.hours() / deviceTimeScale.divisor) - position.x();
        const double dy =
            devicePlot->yAxis->coordToPixel(p.totalEmissions.kilograms() / deviceMassScale.divisor)
            - position.y();
        if (dx * dx + dy * dy <= best) {
            best = dx * dx + dy * dy;
            nearest = static_cast<int>(i);
        }
    }
    return nearest;
}

void WhatIfView::Private::selectRegionAt(QMouseEvent* event)
{
    const int row = regionRowAt(event->position());
    if (row >= 0)
        selectRow(regionTable, regionModel->rows()[std::size_t(row)].point.id);
}

void WhatIfView::Private::selectDeviceAt(QMouseEvent* event)
{
    const int i = deviceAt(event->position());
    if (i >= 0)
        selectRow(deviceTable, deviceSweep.points[std::size_t(i)].id);
}

void WhatIfView::Private::showRegionToolTip(QMouseEvent* event)
{
    const int row = regionRowAt(event->position());
    if (row < 0)
        return QToolTip::hideText();
    const QString text = regionModel->index(row, 0).data(Qt::ToolTipRole).toString();
    QToolTip::showText(event->globalPosition().toPoint(), text, regionPlot);
}

void WhatIfView::Private::showDeviceToolTip(QMouseEvent* event)
{
    const int i = deviceAt(event->position());
    if (i < 0)
        return QToolTip::hideText();
    const int row = deviceModel->rowOf(deviceSweep.points[std::size_t(i)].id);
    const QString text = deviceModel->index(row, 0).data(Qt::ToolTipRole).toString();
    QToolTip::showText(event->globalPosition().toPoint(), text, devicePlot);
}

WhatIfView::WhatIfView(const AppContext& context, QWidget* parent)
    : QWidget(parent)
    , d(new Private(this, context))
{
    d->buildWidgets();
    connect(context.document, &ScenarioDocument::changed, d, &Private::onDocumentChanged);
    connect(context.settings, &AppSettings::changed, d, &Private::onSettingsChanged);
    d->hooks.push_back(new EventHook(this, {QEvent::Show}, [this] { d->onShown(); }));
    d->hooks.push_back(
        new EventHook(this, {QEvent::PaletteChange, QEvent::StyleChange}, [this] { d->applyPalette(); }));
    d->applyPalette();
    d->updateTitle();
}

WhatIfView::~WhatIfView()
{
    delete d;
}

void WhatIfView::replotAll()
{
    if (d->dirty)
        d->recompute();
    d->regionPlot->replot(QCustomPlot::rpImmediateRefresh);
    d->devicePlot->replot(QCustomPlot::rpImmediateRefresh);
}

void WhatIfView::setCurrentScenario(int index)
{
    if (index == d->current)
        return;
    d->current = index;
    d->markDirty();
}

} // namespace aicarbon
