// SPDX-License-Identifier: GPL-3.0-or-later
#include "compareview.h"

#include "appsettings.h"
#include "chartsupport.h"
#include "comparisonmodel.h"
#include "displayformat.h"
#include "figuremenu.h"
#include "presentationmode.h"
#include "scenariodocument.h"
#include "scenariouncertainty.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <array>

namespace aicarbon {

namespace {

enum class ChartMetric
{
    Emissions,
    Energy,
    Time,
    Cost
};

constexpr double kBarWidth = 0.62;
constexpr double kSwatchHeight = 6.0; // pixels, below the key axis
constexpr double kPointSize = 11.0;
constexpr int kHoverDistance = 12; // pixels
constexpr std::size_t kSpreadLabelLimit = 8; // more points: only the names that fit
constexpr QChar kNarrowSpace(0x202F);

} // namespace

struct CompareView::Private : QObject
{
    /// The view's context, where lupdate files these strings; QObject::tr would look
    /// them up under "QObject" and never find a translation.
    static QString tr(const char* text) { return CompareView::tr(text); }

    Private(CompareView* view, const AppContext& context);
    ~Private() override { qDeleteAll(hooks); }

    void buildWidgets();
    QWidget* buildPickers();
    void buildBarPlot();
    void buildScatterPlot();

    void onDocumentChanged(const ChangeEvent& event);
    void onSettingsChanged();
    void onMetricChanged();
    void onUnitChanged();
    void fillUnitCombo();
    void resetModel();

    void refreshCharts(QCustomPlot::RefreshPriority priority);
    void syncPools();
    void updateStackedBars();
    void updateScenarioBars();
    void updateBarTicks();
    void updateValueLabels();
    void updateWhiskers();
    std::optional<Interval> barInterval(int index) const;
    void updateScatter();
    void placeScatterLabels();
    void spreadScatterLabels(const std::vector<std::pair<QPointF, std::size_t>>& placed);
    void packScatterLabels(const std::vector<std::pair<QPointF, std::size_t>>& placed);
    void applyPalette();
    void showBarToolTip(QMouseEvent* event);
    void showScatterToolTip(QMouseEvent* event);

    QString barToolTip(int index) const;
    QString pointToolTip(int index) const;
    double barValue(const ComparisonColumn& column) const;
    ScaledUnit barUnit(double largest) const;
    QString barAxisLabel() const;
    QString costCurrency() const;
    DisplayFormat chartFormat() const;
    QString exact(double value, const QString& unit) const;
    const std::vector<ComparisonColumn>& columns() const { return model->columns(); }
    int count() const { return static_cast<int>(model->columns().size()); }

    CompareView* q;
    AppContext context;
    ComparisonTableModel* model;
    QTableView* table = nullptr;
    QComboBox* metricCombo = nullptr;
    QComboBox* unitCombo = nullptr;
    QCustomPlot* barPlot = nullptr;
    QCustomPlot* scatterPlot = nullptr;
    std::array<QCPBars*, kEmissionComponentCount> componentBars {};
    std::vector<QCPBars*> scenarioBars;
    std::vector<QCPItemRect*> swatches;
    std::vector<QCPGraph*> points;
    std::vector<QCPItemText*> pointLabels;
    std::vector<QCPItemLine*> leaders; // from a point to its name when the name had to move
    std::vector<QCPItemText*> valueLabels; // above the bars
    std::vector<QCPItemLine*> whiskers; // 90% interval of each bar, p5 to p95
    QSharedPointer<QCPAxisTickerText> barTicker;
    QCPItemText* barNote = nullptr;
    std::vector<EventHook*> hooks; // deleted before the rest of Private
    ChartMetric metric = ChartMetric::Emissions;
    MassUnit settingsMass = MassUnit::Automatic; // the preference the pickers started from
    EnergyUnit settingsEnergy = EnergyUnit::Automatic;
    MassUnit massUnit = MassUnit::Automatic;
    EnergyUnit energyUnit = EnergyUnit::Automatic;
    TimeUnit timeUnit = TimeUnit::Automatic;
    ScaledUnit barScale;
    ScaledUnit scatterTimeScale;
    ScaledUnit scatterMassScale;
};

CompareView::Private::Private(CompareView* view, const AppContext& ctx)
    : q(view)
    , context(ctx)
    , model(new ComparisonTableModel(view))
    , settingsMass(ctx.settings->massUnit())
    , settingsEnergy(ctx.settings->energyUnit())
    , massUnit(ctx.settings->massUnit())
    , energyUnit(ctx.settings->energyUnit())
{ }

void CompareView::Private::buildWidgets()
{
    table = new QTableView(q);
    table->setObjectName(QStringLiteral("comparisonTable"));
    table->setModel(model);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->setSelectionMode(QAbstractItemView::ContiguousSelection);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 5);
    if (context.presentation) // larger or smaller type: the columns fit their text again
        connect(context.presentation, &PresentationMode::changed, table,
                [this] { table->resizeColumnsToContents(); });

    buildBarPlot();
    buildScatterPlot();
    auto* scatterTitle = new QLabel(tr("Time against emissions, one point per scenario"), q);

    auto* charts = new QWidget(q);
    auto* chartGrid = new QGridLayout(charts);
    chartGrid->setContentsMargins(0, 0, 0, 0);
    chartGrid->addWidget(buildPickers(), 0, 0);
    chartGrid->addWidget(scatterTitle, 0, 1);
    chartGrid->addWidget(barPlot, 1, 0);
    chartGrid->addWidget(scatterPlot, 1, 1);
    chartGrid->setColumnStretch(0, 3);
    chartGrid->setColumnStretch(1, 2);
    chartGrid->setRowStretch(1, 1);

    auto* splitter = new QSplitter(Qt::Vertical, q);
    splitter->addWidget(table);
    splitter->addWidget(charts);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 5);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({360, 420});
    auto* layout = new QVBoxLayout(q);
    layout->addWidget(splitter);
}

QWidget* CompareView::Private::buildPickers()
{
    auto* pickers = new QWidget(q);
    auto* row = new QHBoxLayout(pickers);
    row->setContentsMargins(0, 0, 0, 0);
    metricCombo = new QComboBox(pickers);
    metricCombo->setObjectName(QStringLiteral("metricPicker"));
    metricCombo->addItem(tr("Emissions by component"), int(ChartMetric::Emissions));
    metricCombo->addItem(tr("Facility energy"), int(ChartMetric::Energy));
    metricCombo->addItem(tr("Wall-clock time"), int(ChartMetric::Time));
    metricCombo->addItem(tr("Cost"), int(ChartMetric::Cost));
    unitCombo = new QComboBox(pickers);
    unitCombo->setObjectName(QStringLiteral("unitPicker"));
    auto* metricLabel = new QLabel(tr("&Chart:"), pickers);
    metricLabel->setBuddy(metricCombo);
    auto* unitLabel = new QLabel(tr("&Unit:"), pickers);
    unitLabel->setBuddy(unitCombo);
    row->addWidget(metricLabel);
    row->addWidget(metricCombo);
    row->addSpacing(12);
    row->addWidget(unitLabel);
    row->addWidget(unitCombo);
    row->addStretch(1);
    fillUnitCombo();
    connect(metricCombo, &QComboBox::currentIndexChanged, this, &Private::onMetricChanged);
    connect(unitCombo, &QComboBox::currentIndexChanged, this, &Private::onUnitChanged);
    return pickers;
}

void CompareView::Private::buildBarPlot()
{
    barPlot = new QCustomPlot(q);
    barPlot->setObjectName(QStringLiteral("barChart"));
    followPresentationMode(context, barPlot);
    barPlot->setMinimumSize(320, 220);
    barPlot->setMouseTracking(true);
    barPlot->setAutoAddPlottableToLegend(false);
    barTicker.reset(new QCPAxisTickerText);
    barPlot->xAxis->setTicker(barTicker);
    barPlot->xAxis->setTickLength(0, 0);
    barPlot->xAxis->setSubTicks(false);
    barPlot->xAxis->setTickLabelPadding(int(kSwatchHeight) + 6);
    barPlot->xAxis->grid()->setVisible(false);
    barPlot->yAxis->setRangeLower(0.0);
    QCPBars* below = nullptr;
    for (int i = 0; i < kEmissionComponentCount; ++i) {
        auto* bars = new QCPBars(barPlot->xAxis, barPlot->yAxis);
        bars->setName(componentLabel(EmissionComponent(i)));
        bars->setWidth(kBarWidth);
        bars->setStackingGap(0);
        bars->setSelectable(QCP::stNone);
        if (below)
            bars->moveAbove(below);
        bars->addToLegend();
        componentBars[std::size_t(i)] = bars;
        below = bars;
    }
    putLegendOnTop(barPlot);
    barNote = new QCPItemText(barPlot);
    barNote->position->setType(QCPItemPosition::ptAxisRectRatio);
    barNote->position->setCoords(0.5, 0.5);
    barNote->setVisible(false);
    connect(barPlot, &QCustomPlot::mouseMove, this, &Private::showBarToolTip);
    installFigureExportMenu(barPlot, context, [this] {
        const bool stacked = metric == ChartMetric::Emissions;
        FigureSpec spec = figureSpecFor(stacked ? FigureChart::Breakdown : FigureChart::Compare,
                                        context.settings->palette());
        spec.metric = FigureMetric(int(metric)); // both list the same quantities in the same order
        return spec;
    });
    hooks.push_back(new EventHook(barPlot, {QEvent::Resize}, [this] { updateBarTicks(); }));
}

void CompareView::Private::buildScatterPlot()
{
    scatterPlot = new QCustomPlot(q);
    scatterPlot->setObjectName(QStringLiteral("scatterChart"));
    followPresentationMode(context, scatterPlot);
    scatterPlot->setMinimumSize(260, 220);
    scatterPlot->setMouseTracking(true);
    scatterPlot->setAutoAddPlottableToLegend(false);
    scatterPlot->legend->setVisible(false);
    connect(scatterPlot, &QCustomPlot::mouseMove, this, &Private::showScatterToolTip);
    connect(scatterPlot, &QCustomPlot::afterLayout, this, &Private::placeScatterLabels);
}

void CompareView::Private::fillUnitCombo()
{
    const QSignalBlocker blocker(unitCombo);
    unitCombo->clear();
    unitCombo->setEnabled(metric != ChartMetric::Cost);
    switch (metric) {
    case ChartMetric::Emissions:
        unitCombo->addItem(tr("Automatic"), int(MassUnit::Automatic));
        unitCombo->addItem(tr("kg"), int(MassUnit::Kilograms));
        unitCombo->addItem(tr("t"), int(MassUnit::Tonnes));
        unitCombo->addItem(tr("lb"), int(MassUnit::Pounds));
        unitCombo->setCurrentIndex(unitCombo->findData(int(massUnit)));
        break;
    case ChartMetric::Energy:
        unitCombo->addItem(tr("Automatic"), int(EnergyUnit::Automatic));
        unitCombo->addItem(tr("kWh"), int(EnergyUnit::KilowattHours));
        unitCombo->addItem(tr("MWh"), int(EnergyUnit::MegawattHours));
        unitCombo->setCurrentIndex(unitCombo->findData(int(energyUnit)));
        break;
    case ChartMetric::Time:
        unitCombo->addItem(tr("Automatic"), int(TimeUnit::Automatic));
        unitCombo->addItem(tr("hours"), int(TimeUnit::Hours));
        unitCombo->addItem(tr("days"), int(TimeUnit::Days));
        unitCombo->setCurrentIndex(unitCombo->findData(int(timeUnit)));
        break;
    case ChartMetric::Cost:
        unitCombo->addItem(costCurrency().isEmpty() ? tr("as stated") : costCurrency());
        break;
    }
}

void CompareView::Private::onMetricChanged()
{
    metric = ChartMetric(metricCombo->currentData().toInt());
    fillUnitCombo();
    refreshCharts(QCustomPlot::rpQueuedReplot);
}

void CompareView::Private::onUnitChanged()
{
    const int unit = unitCombo->currentData().toInt();
    if (metric == ChartMetric::Emissions)
        massUnit = MassUnit(unit);
    else if (metric == ChartMetric::Energy)
        energyUnit = EnergyUnit(unit);
    else if (metric == ChartMetric::Time)
        timeUnit = TimeUnit(unit);
    refreshCharts(QCustomPlot::rpQueuedReplot);
}

void CompareView::Private::onDocumentChanged(const ChangeEvent& event)
{
    if (event.kind == ChangeEvent::Kind::Renamed)
        return;
    if (event.kind == ChangeEvent::Kind::Edited && event.index < count()) {
        model->setColumn(event.index,
                         comparisonColumn(*context.document, event.index, context.settings->palette()));
        table->resizeColumnToContents(event.index);
    } else {
        resetModel();
    }
    refreshCharts(QCustomPlot::rpQueuedReplot);
}

void CompareView::Private::onSettingsChanged()
{
    // A new unit preference wins over the pickers; other changes (palette) keep them.
    if (context.settings->massUnit() != settingsMass)
        massUnit = settingsMass = context.settings->massUnit();
    if (context.settings->energyUnit() != settingsEnergy)
        energyUnit = settingsEnergy = context.settings->energyUnit();
    fillUnitCombo();
    resetModel();
    refreshCharts(QCustomPlot::rpQueuedReplot);
}

void CompareView::Private::resetModel()
{
    model->setResults(comparisonColumns(*context.document, context.settings->palette()),
                      context.document->baseline(), context.settings->displayFormat());
    table->resizeColumnsToContents();
}

DisplayFormat CompareView::Private::chartFormat() const
{
    return DisplayFormat(context.settings->displayFormat().locale(), massUnit, energyUnit);
}

QString CompareView::Private::exact(double value, const QString& unit) const
{
    return exactNumber(context.settings->displayFormat().locale(), value) + kNarrowSpace + unit;
}

void CompareView::Private::refreshCharts(QCustomPlot::RefreshPriority priority)
{
    syncPools();
    const bool stacked = metric == ChartMetric::Emissions;
    if (stacked)
        updateStackedBars();
    else
        updateScenarioBars();
    barPlot->legend->setVisible(stacked && count() > 0);
    for (QCPBars* bars : componentBars)
        bars->setVisible(stacked);
    for (QCPBars* bars : scenarioBars)
        bars->setVisible(!stacked);
    for (QCPItemRect* swatch : swatches)
        swatch->setVisible(stacked);
    barPlot->xAxis->setRange(-0.6, std::max(1, count()) - 0.4);
    updateBarTicks();
    updateWhiskers();
    updateValueLabels();
    updateScatter();
    barPlot->replot(priority);
    scatterPlot->replot(priority);
}

/// Keeps one bar, swatch, point and label per scenario; reuses them between updates.
void CompareView::Private::syncPools()
{
    const auto n = static_cast<std::size_t>(count());
    while (scenarioBars.size() < n) {
        auto* bars = new QCPBars(barPlot->xAxis, barPlot->yAxis);
        bars->setWidth(kBarWidth);
        bars->setSelectable(QCP::stNone);
        scenarioBars.push_back(bars);
        auto* swatch = new QCPItemRect(barPlot);
        swatch->setClipToAxisRect(false);
        swatch->setPen(Qt::NoPen);
        swatch->topLeft->setTypeX(QCPItemPosition::ptPlotCoords);
        swatch->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        swatch->bottomRight->setTypeX(QCPItemPosition::ptPlotCoords);
        swatch->bottomRight->setParentAnchorY(swatch->topLeft);
        swatch->bottomRight->setTypeY(QCPItemPosition::ptAbsolute);
        swatches.push_back(swatch);
        auto* point = new QCPGraph(scatterPlot->xAxis, scatterPlot->yAxis);
        point->setLineStyle(QCPGraph::lsNone);
        point->setSelectable(QCP::stNone);
        points.push_back(point);
        auto* label = new QCPItemText(scatterPlot);
        label->position->setType(QCPItemPosition::ptAbsolute);
        pointLabels.push_back(label);
        auto* leader = new QCPItemLine(scatterPlot);
        leader->start->setType(QCPItemPosition::ptAbsolute);
        leader->end->setType(QCPItemPosition::ptAbsolute);
        leaders.push_back(leader);
        auto* value = new QCPItemText(barPlot);
        value->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        value->setPadding(QMargins(0, 0, 0, 2));
        valueLabels.push_back(value);
        auto* whisker = new QCPItemLine(barPlot);
        whisker->setHead(QCPLineEnding(QCPLineEnding::esBar, 9));
        whisker->setTail(QCPLineEnding(QCPLineEnding::esBar, 9));
        whiskers.push_back(whisker);
    }
    while (scenarioBars.size() > n) {
        barPlot->removePlottable(scenarioBars.back());
        scenarioBars.pop_back();
        barPlot->removeItem(swatches.back());
        swatches.pop_back();
        scatterPlot->removePlottable(points.back());
        points.pop_back();
        scatterPlot->removeItem(pointLabels.back());
        pointLabels.pop_back();
        scatterPlot->removeItem(leaders.back());
        leaders.pop_back();
        barPlot->removeItem(valueLabels.back());
        valueLabels.pop_back();
        barPlot->removeItem(whiskers.back());
        whiskers.pop_back();
    }
}

void CompareView::Private::updateStackedBars()
{
    const int n = count();
    QVector<double> keys(n);
    std::array<QVector<double>, kEmissionComponentCount> values;
    double largest = 0.0;
    for (int i = 0; i < n; ++i) {
        keys[i] = i;
        double total = 0.0;
        for (int c = 0; c < kEmissionComponentCount; ++c)
            total += componentKilograms(columns()[std::size_t(i)], EmissionComponent(c));
        largest = std::max(largest, total);
    }
    barScale = barUnit(largest);
    for (int c = 0; c < kEmissionComponentCount; ++c) {
        values[std::size_t(c)].resize(n);
        for (int i = 0; i < n; ++i)
            values[std::size_t(c)][i] =
                componentKilograms(columns()[std::size_t(i)], EmissionComponent(c)) / barScale.divisor;
        componentBars[std::size_t(c)]->setData(keys, values[std::size_t(c)], true);
    }
    for (int i = 0; i < n; ++i) {
        QCPItemRect* swatch = swatches[std::size_t(i)];
        swatch->setBrush(columns()[std::size_t(i)].color);
        swatch->topLeft->setCoords(i - kBarWidth / 2, 1.0);
        swatch->bottomRight->setCoords(i + kBarWidth / 2, kSwatchHeight);
    }
    barPlot->yAxis->setRange(0.0, largest > 0.0 ? largest / barScale.divisor * 1.1 : 1.0);
    barPlot->yAxis->setLabel(barAxisLabel());
    barNote->setVisible(false);
}

void CompareView::Private::updateScenarioBars()
{
    const int n = count();
    double largest = 0.0;
    for (const ComparisonColumn& c : columns())
        largest = std::max(largest, barValue(c));
    barScale = barUnit(largest);
    for (int i = 0; i < n; ++i) {
        const ComparisonColumn& c = columns()[std::size_t(i)];
        QCPBars* bars = scenarioBars[std::size_t(i)];
        bars->setBrush(c.color);
        bars->setPen(QPen(c.color.darker(130), 1));
        bars->setData({double(i)}, {barValue(c) / barScale.divisor}, true);
    }
    barPlot->yAxis->setRange(0.0, largest > 0.0 ? largest / barScale.divisor * 1.12 : 1.0);
    barPlot->yAxis->setLabel(barAxisLabel());
    const bool noCost = metric == ChartMetric::Cost && largest <= 0.0 && n > 0;
    barNote->setText(tr("No scenario states a price per device-hour or a carbon price."));
    barNote->setVisible(noCost);
}

double CompareView::Private::barValue(const ComparisonColumn& c) const
{
    if (!c.valid())
        return 0.0;
    switch (metric) {
    case ChartMetric::Emissions:
        return c.figures.totalEmissions.kilograms();
    case ChartMetric::Energy:
        return c.figures.total.facilityEnergy.kilowattHours();
    case ChartMetric::Time:
        return c.figures.wallClock.hours();
    case ChartMetric::Cost:
        return metricKnown(c, ComparisonMetric::Cost) ? c.figures.totalCost : 0.0;
    }
    return 0.0;
}

ScaledUnit CompareView::Private::barUnit(double largest) const
{
    switch (metric) {
    case ChartMetric::Emissions:
        return chartFormat().massUnitFor(largest);
    case ChartMetric::Energy:
        return chartFormat().energyUnitFor(largest);
    case ChartMetric::Time:
        return timeUnitFor(largest, timeUnit);
    case ChartMetric::Cost:
        break;
    }
    return {1.0, costCurrency()};
}

QString CompareView::Private::barAxisLabel() const
{
    switch (metric) {
    case ChartMetric::Emissions:
        return tr("Emissions (%1 CO₂e)").arg(barScale.symbol);
    case ChartMetric::Energy:
        return tr("Facility energy (%1)").arg(barScale.symbol);
    case ChartMetric::Time:
        return tr("Wall-clock time, final run (%1)").arg(barScale.symbol);
    case ChartMetric::Cost:
        break;
    }
    const QString currency = costCurrency();
    return currency.isEmpty() ? tr("Cost (currency as stated)") : tr("Cost (%1)").arg(currency);
}

/// The currency of the priced scenarios; "mixed" when they differ.
QString CompareView::Private::costCurrency() const
{
    QString currency;
    for (const ComparisonColumn& c : columns()) {
        if (!metricKnown(c, ComparisonMetric::Cost) || c.currency.isEmpty())
            continue;
        if (!currency.isEmpty() && currency != c.currency)
            return tr("mixed currencies");
        currency = c.currency;
    }
    return currency;
}

/// The value of each bar (the total of a stack) above it, in the axis unit.
void CompareView::Private::updateValueLabels()
{
    const QColor text = q->palette().color(QPalette::WindowText);
    const DisplayFormat format = chartFormat();
    for (std::size_t i = 0; i < valueLabels.size(); ++i) {
        const ComparisonColumn& c = columns()[i];
        const double value = barValue(c) / barScale.divisor;
        const std::optional<Interval> interval = barInterval(int(i));
        const double top = interval ? std::max(value, interval->p95 / barScale.divisor) : value;
        valueLabels[i]->setVisible(c.valid() && value > 0.0);
        valueLabels[i]->position->setCoords(double(i), top);
        valueLabels[i]->setText(format.number(value));
        valueLabels[i]->setColor(text);
    }
}

/// The 90% interval of bar `index` in base units, when intervals are shown and known.
std::optional<Interval> CompareView::Private::barInterval(int index) const
{
    const ScenarioUncertainty* uncertainty = context.uncertainty;
    const ComparisonColumn& c = columns()[std::size_t(index)];
    if (!uncertainty || !uncertainty->isEnabled() || !c.valid())
        return std::nullopt;
    const UncertaintyResult* r = uncertainty->result(index);
    if (!r || r->draws == 0 || r->ranges.empty())
        return std::nullopt;
    switch (metric) {
    case ChartMetric::Emissions:
        return r->metric(Metric::TotalEmissionsKg);
    case ChartMetric::Energy:
        return r->metric(Metric::FacilityEnergyKwh);
    case ChartMetric::Time:
        return r->metric(Metric::WallClockHours);
    case ChartMetric::Cost:
        break;
    }
    return metricKnown(c, ComparisonMetric::Cost) ? std::optional(r->metric(Metric::TotalCost))
                                                  : std::nullopt;
}

/// Error bars from p5 to p95; the value axis grows to show the highest.
void CompareView::Private::updateWhiskers()
{
    const QPen pen(q->palette().color(QPalette::WindowText), 1.3);
    double highest = 0.0;
    for (std::size_t i = 0; i < whiskers.size(); ++i) {
        const std::optional<Interval> interval = barInterval(int(i));
        whiskers[i]->setVisible(interval.has_value());
        if (!interval)
            continue;
        whiskers[i]->setPen(pen);
        whiskers[i]->start->setCoords(double(i), interval->p5 / barScale.divisor);
        whiskers[i]->end->setCoords(double(i), interval->p95 / barScale.divisor);
        highest = std::max(highest, interval->p95 / barScale.divisor);
    }
    if (highest * 1.1 > barPlot->yAxis->range().upper)
        barPlot->yAxis->setRangeUpper(highest * 1.12);
}

/// Names under the bars: on one line when they fit, else on two, else turned upright.
void CompareView::Private::updateBarTicks()
{
    const QFontMetrics metrics(barPlot->font());
    const int n = count();
    const int slot = std::max(100, barPlot->width() - 90) / std::max(1, n) - 8;
    const bool upright = slot < 70;
    QMap<double, QString> ticks;
    for (int i = 0; i < n; ++i) {
        const ComparisonColumn& c = columns()[std::size_t(i)];
        const QString name = c.valid() ? c.name : tr("%1 (invalid)").arg(c.name);
        ticks.insert(
            i, upright ? metrics.elidedText(name, Qt::ElideRight, 130) : twoLineLabel(name, metrics, slot));
    }
    barTicker->setTicks(ticks);
    barPlot->xAxis->setTickLabelRotation(upright ? -90.0 : 0.0);
}

void CompareView::Private::updateScatter()
{
    double longest = 0.0;
    double heaviest = 0.0;
    for (const ComparisonColumn& c : columns()) {
        if (!c.valid())
            continue;
        longest = std::max(longest, c.figures.wallClock.hours());
        heaviest = std::max(heaviest, c.figures.totalEmissions.kilograms());
    }
    scatterTimeScale = timeUnitFor(longest, timeUnit);
    scatterMassScale = chartFormat().massUnitFor(heaviest);
    const QColor text = q->palette().color(QPalette::WindowText);
    for (std::size_t i = 0; i < points.size(); ++i) {
        const ComparisonColumn& c = columns()[i];
        points[i]->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QPen(c.color.darker(150), 1.2),
                                                   QBrush(c.color), kPointSize));
        if (c.valid())
            points[i]->setData({c.figures.wallClock.hours() / scatterTimeScale.divisor},
                               {c.figures.totalEmissions.kilograms() / scatterMassScale.divisor}, true);
        else
            points[i]->data()->clear();
        pointLabels[i]->setText(c.name);
        pointLabels[i]->setColor(text);
        pointLabels[i]->setVisible(c.valid());
        leaders[i]->setPen(QPen(text, 0.8, Qt::DotLine));
        leaders[i]->setVisible(false);
    }
    scatterPlot->xAxis->setRange(0.0, longest > 0.0 ? longest / scatterTimeScale.divisor * 1.15 : 1.0);
    scatterPlot->yAxis->setRange(0.0, heaviest > 0.0 ? heaviest / scatterMassScale.divisor * 1.15 : 1.0);
    scatterPlot->xAxis->setLabel(tr("Wall-clock time, final run (%1)").arg(scatterTimeScale.symbol));
    scatterPlot->yAxis->setLabel(tr("Total emissions (%1 CO₂e)").arg(scatterMassScale.symbol));
}

/// Names the points: all of them, moved apart with leader lines, when there are few; else
/// those that fit beside their point without covering another name or point.
void CompareView::Private::placeScatterLabels()
{
    std::vector<std::pair<QPointF, std::size_t>> placed; // pixel position, scenario
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (points[i]->data()->isEmpty())
            continue;
        const auto point = points[i]->data()->begin();
        placed.emplace_back(QPointF(scatterPlot->xAxis->coordToPixel(point->key),
                                    scatterPlot->yAxis->coordToPixel(point->value)),
                            i);
    }
    std::sort(placed.begin(), placed.end(),
              [](const auto& a, const auto& b) { return a.first.y() < b.first.y(); });
    if (placed.size() <= kSpreadLabelLimit)
        spreadScatterLabels(placed);
    else
        packScatterLabels(placed);
}

void CompareView::Private::spreadScatterLabels(const std::vector<std::pair<QPointF, std::size_t>>& placed)
{
    const QRect rect = scatterPlot->axisRect()->rect();
    const QFontMetrics metrics(scatterPlot->font());
    std::vector<double> ys;
    for (const auto& entry : placed)
        ys.push_back(entry.first.y());
    spreadPositions(ys, metrics.height(), rect.top() + metrics.height() / 2.0,
                    rect.bottom() - metrics.height() / 2.0);
    for (std::size_t k = 0; k < placed.size(); ++k) {
        const auto [pixel, i] = placed[k];
        // Names of points in the right part go left of them, so that names of close points align.
        const bool right = pixel.x() < rect.left() + rect.width() * 0.6
            && pixel.x() + kPointSize + metrics.horizontalAdvance(pointLabels[i]->text()) < rect.right();
        const double labelX = right ? pixel.x() + kPointSize * 0.8 : pixel.x() - kPointSize * 0.8;
        pointLabels[i]->setVisible(true);
        pointLabels[i]->setPositionAlignment(Qt::AlignVCenter | (right ? Qt::AlignLeft : Qt::AlignRight));
        pointLabels[i]->position->setCoords(labelX, ys[k]);
        leaders[i]->setVisible(std::abs(ys[k] - pixel.y()) > metrics.height() / 2.0);
        leaders[i]->start->setCoords(pixel);
        leaders[i]->end->setCoords(labelX, ys[k]);
    }
}

void CompareView::Private::packScatterLabels(const std::vector<std::pair<QPointF, std::size_t>>& placed)
{
    const QRectF rect = scatterPlot->axisRect()->rect();
    const QFontMetrics metrics(scatterPlot->font());
    std::vector<QRectF> taken;
    for (const auto& entry : placed)
        taken.emplace_back(entry.first - QPointF(kPointSize / 2, kPointSize / 2),
                           QSizeF(kPointSize, kPointSize));
    const auto isFree = [&](const QRectF& box) {
        return rect.contains(box) && std::none_of(taken.begin(), taken.end(), [&box](const QRectF& t) {
                   return t.intersects(box);
               });
    };
    for (const auto& [pixel, i] : placed) {
        leaders[i]->setVisible(false);
        const QSizeF size(metrics.horizontalAdvance(pointLabels[i]->text()) + 2, metrics.height());
        const QRectF right(QPointF(pixel.x() + kPointSize * 0.8, pixel.y() - size.height() / 2), size);
        const QRectF left(QPointF(pixel.x() - kPointSize * 0.8 - size.width(), right.top()), size);
        const bool useRight = isFree(right);
        pointLabels[i]->setVisible(useRight || isFree(left));
        if (!pointLabels[i]->visible())
            continue;
        const QRectF box = useRight ? right : left;
        taken.push_back(box);
        pointLabels[i]->setPositionAlignment(Qt::AlignVCenter | (useRight ? Qt::AlignLeft : Qt::AlignRight));
        pointLabels[i]->position->setCoords(useRight ? box.left() : box.right(), pixel.y());
    }
}

void CompareView::Private::applyPalette()
{
    const QPalette palette = q->palette();
    const bool dark = isDarkPalette(palette);
    applyChartPalette(barPlot, palette);
    applyChartPalette(scatterPlot, palette);
    for (int i = 0; i < kEmissionComponentCount; ++i) {
        const auto component = EmissionComponent(i);
        componentBars[std::size_t(i)]->setBrush(componentBrush(component, dark));
        componentBars[std::size_t(i)]->setPen(
            QPen(componentColor(component, dark).darker(dark ? 100 : 115), 1));
    }
    barNote->setColor(palette.color(QPalette::WindowText));
    refreshCharts(QCustomPlot::rpQueuedReplot);
}

void CompareView::Private::showBarToolTip(QMouseEvent* event)
{
    const double key = barPlot->xAxis->pixelToCoord(event->position().x());
    const int index = qRound(key);
    const bool inside = barPlot->axisRect()->rect().contains(event->position().toPoint());
    if (!inside || index < 0 || index >= count() || std::abs(key - index) > kBarWidth / 2) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->globalPosition().toPoint(), barToolTip(index), barPlot);
}

QString CompareView::Private::barToolTip(int index) const
{
    const ComparisonColumn& c = columns()[std::size_t(index)];
    if (!c.valid())
        return tr("%1 cannot be estimated: %2").arg(c.name, c.error);
    QStringList lines {c.name};
    switch (metric) {
    case ChartMetric::Emissions:
        for (int i = 0; i < kEmissionComponentCount; ++i)
            lines << tr("%1: %2").arg(componentLabel(EmissionComponent(i)),
                                      exact(componentKilograms(c, EmissionComponent(i)), tr("kg CO₂e")));
        lines << tr("Total: %1").arg(exact(c.figures.totalEmissions.kilograms(), tr("kg CO₂e")));
        break;
    case ChartMetric::Energy:
        lines << tr("Facility energy: %1")
                     .arg(exact(c.figures.total.facilityEnergy.kilowattHours(), tr("kWh")));
        lines << tr("IT energy: %1").arg(exact(c.figures.total.itEnergy.kilowattHours(), tr("kWh")));
        break;
    case ChartMetric::Time:
        lines << tr("Wall-clock time: %1 (%2)")
                     .arg(exact(c.figures.wallClock.hours(), tr("h")),
                          context.settings->displayFormat().duration(c.figures.wallClock));
        break;
    case ChartMetric::Cost:
        lines << (metricKnown(c, ComparisonMetric::Cost)
                      ? tr("Cost: %1").arg(exact(c.figures.totalCost, c.currency))
                      : tr("No price given"));
        break;
    }
    if (const std::optional<Interval> interval = barInterval(index))
        lines << tr("%1% interval: %2")
                     .arg(QLocale().toString(kIntervalPercent),
                          chartFormat().range(interval->p5, interval->p95, barScale));
    return lines.join(QLatin1Char('\n'));
}

void CompareView::Private::showScatterToolTip(QMouseEvent* event)
{
    int nearest = -1;
    double best = kHoverDistance * kHoverDistance;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (points[i]->data()->isEmpty())
            continue;
        const auto point = points[i]->data()->begin();
        const double dx = scatterPlot->xAxis->coordToPixel(point->key) - event->position().x();
        const double dy = scatterPlot->yAxis->coordToPixel(point->value) - event->position().y();
        if (dx * dx + dy * dy <= best) {
            best = dx * dx + dy * dy;
            nearest = int(i);
        }
    }
    if (nearest < 0)
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), pointToolTip(nearest), scatterPlot);
}

QString CompareView::Private::pointToolTip(int index) const
{
    const ComparisonColumn& c = columns()[std::size_t(index)];
    const DisplayFormat format = context.settings->displayFormat();
    return tr("%1\nWall-clock time: %2 (%3)\nTotal emissions: %4 (%5)")
        .arg(c.name, exact(c.figures.wallClock.hours(), tr("h")), format.duration(c.figures.wallClock),
             exact(c.figures.totalEmissions.kilograms(), tr("kg CO₂e")),
             format.mass(c.figures.totalEmissions));
}

CompareView::CompareView(const AppContext& context, QWidget* parent)
    : QWidget(parent)
    , d(new Private(this, context))
{
    d->buildWidgets();
    connect(context.document, &ScenarioDocument::changed, d, &Private::onDocumentChanged);
    connect(context.settings, &AppSettings::changed, d, &Private::onSettingsChanged);
    if (context.uncertainty)
        connect(context.uncertainty, &ScenarioUncertainty::resultChanged, d,
                [this] { d->refreshCharts(QCustomPlot::rpQueuedReplot); });
    d->hooks.push_back(
        new EventHook(this, {QEvent::PaletteChange, QEvent::StyleChange}, [this] { d->applyPalette(); }));
    d->resetModel();
    d->applyPalette();
}

CompareView::~CompareView()
{
    delete d;
}

void CompareView::replotAll()
{
    d->barPlot->replot(QCustomPlot::rpImmediateRefresh);
    d->scatterPlot->replot(QCustomPlot::rpImmediateRefresh);
}

} // namespace aicarbon
