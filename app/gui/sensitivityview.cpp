// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensitivityview.h"
#include "displayformat.h"

#include "appsettings.h"
#include "chartsupport.h"
#include "editorfields.h"
#include "editortracking.h"
#include "presentationmode.h"
#include "scenariodocument.h"
#include "scenariouncertainty.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace aicarbon {

namespace {

constexpr double kBarWidth = 0.6;
constexpr QColor kLowColor(0x00, 0x72, 0xB2); // Okabe–Ito blue: the input at its low bound
constexpr QColor kHighColor(0xE6, 0x9F, 0x00); // Okabe–Ito orange: at its high bound

enum Column
{
    InputColumn,
    RangeColumn,
    AtLowColumn,
    AtHighColumn,
    SwingColumn,
    FirstOrderColumn,
    TotalOrderColumn,
    SourceColumn,
    ColumnCount
};

/// The editor's translated label of the input at `pointer`, else the engine's name.
QString inputLabel(const std::string& pointer, const std::vector<RangedInput>& ranges)
{
    for (const EditorFieldSpec& spec : editorFields()) {
        if (pointer == spec.path)
            return QCoreApplication::translate("ScenarioEditor", spec.label);
    }
    const auto it = std::find_if(ranges.begin(), ranges.end(),
                                 [&](const RangedInput& r) { return r.pointer == pointer; });
    return QString::fromStdString(it != ranges.end() ? it->name : pointer);
}

/// The distribution's name as the range editor shows it, translated.
QString distributionLabel(Distribution distribution)
{
    switch (distribution) {
    case Distribution::Uniform:
        return QCoreApplication::translate("aicarbon::RangeEditor", "uniform");
    case Distribution::Triangular:
        return QCoreApplication::translate("aicarbon::RangeEditor", "triangular");
    case Distribution::Normal:
        return QCoreApplication::translate("aicarbon::RangeEditor", "normal");
    case Distribution::Lognormal:
        break;
    }
    return QCoreApplication::translate("aicarbon::RangeEditor", "lognormal");
}

const RangedInput* rangeOf(const std::string& pointer, const std::vector<RangedInput>& ranges)
{
    const auto it = std::find_if(ranges.begin(), ranges.end(),
                                 [&](const RangedInput& r) { return r.pointer == pointer; });
    return it != ranges.end() ? &*it : nullptr;
}

const SobolIndex* sobolOf(const std::string& pointer, const std::vector<SobolIndex>& indices)
{
    const auto it = std::find_if(indices.begin(), indices.end(),
                                 [&](const SobolIndex& s) { return s.pointer == pointer; });
    return it != indices.end() ? &*it : nullptr;
}

} // namespace

struct SensitivityView::Private : QObject
{
    /// The view's context, where lupdate files these strings; QObject::tr would look
    /// them up under "QObject" and never find a translation.
    static QString tr(const char* text) { return SensitivityView::tr(text); }

    Private(SensitivityView* view, const AppContext& ctx)
        : q(view)
        , context(ctx)
    { }
    ~Private() override { qDeleteAll(hooks); }

    void build();
    void buildPlot();
    void refresh();
    void showStatus(const QString& text);
    void showResult(const UncertaintyResult& r);
    void fillPlot(const UncertaintyResult& r, const DisplayFormat& f);
    void fillTable(const UncertaintyResult& r, const DisplayFormat& f);
    void setCell(int row, int column, const QString& text, const QString& toolTip = {});
    DisplayFormat format() const { return context.settings->displayFormat(); }

    SensitivityView* q;
    AppContext context;
    int current = -1;
    QLabel* title = nullptr;
    QLabel* status = nullptr;
    QCustomPlot* plot = nullptr;
    QCPBars* lowBars = nullptr;
    QCPBars* highBars = nullptr;
    QCPItemStraightLine* centralLine = nullptr;
    QSharedPointer<QCPAxisTickerText> ticker;
    QTableWidget* table = nullptr;
    std::vector<EventHook*> hooks;
    ScaledUnit scale;
};

void SensitivityView::Private::build()
{
    title = new QLabel(q);
    title->setObjectName(QStringLiteral("sensitivityTitle"));
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    title->setFont(font);
    status = new QLabel(q);
    status->setObjectName(QStringLiteral("sensitivityStatus"));
    status->setWordWrap(true);
    buildPlot();
    table = new QTableWidget(0, ColumnCount, q);
    table->setObjectName(QStringLiteral("sensitivityTable"));
    table->setHorizontalHeaderLabels({tr("Input"), tr("Range"), tr("CO₂e at low"), tr("CO₂e at high"),
                                      tr("Swing"), tr("Variance share Sᵢ"), tr("Total share Sₜᵢ"),
                                      tr("Source of the range")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    auto* splitter = new QSplitter(Qt::Vertical, q);
    splitter->addWidget(plot);
    splitter->addWidget(table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(q);
    layout->addWidget(title);
    layout->addWidget(status);
    layout->addWidget(splitter, 1);
}

void SensitivityView::Private::buildPlot()
{
    plot = new QCustomPlot(q);
    plot->setObjectName(QStringLiteral("tornadoChart"));
    followPresentationMode(context, plot);
    plot->setMinimumSize(360, 220);
    plot->setAutoAddPlottableToLegend(false);
    ticker.reset(new QCPAxisTickerText);
    plot->yAxis->setTicker(ticker);
    plot->yAxis->setRangeReversed(true); // largest swing on top
    plot->yAxis->setTickLength(0, 0);
    plot->yAxis->setSubTicks(false);
    plot->yAxis->grid()->setVisible(false);
    const auto addBars = [this](const QString& name, const QColor& color) {
        auto* bars = new QCPBars(plot->yAxis, plot->xAxis);
        bars->setName(name);
        bars->setWidth(kBarWidth);
        bars->setBrush(color);
        bars->setPen(QPen(color.darker(130), 1));
        bars->setSelectable(QCP::stNone);
        bars->addToLegend();
        return bars;
    };
    lowBars = addBars(tr("Input at its low bound"), kLowColor);
    highBars = addBars(tr("Input at its high bound"), kHighColor);
    centralLine = new QCPItemStraightLine(plot);
    putLegendOnTop(plot);
    hooks.push_back(new EventHook(plot, {QEvent::PaletteChange, QEvent::StyleChange}, [this] {
        applyChartPalette(plot, plot->palette());
        plot->replot(QCustomPlot::rpQueuedReplot);
    }));
    applyChartPalette(plot, plot->palette());
}

void SensitivityView::Private::refresh()
{
    const ScenarioDocument* document = context.document;
    const bool hasScenario = current >= 0 && current < document->count();
    title->setText(
        hasScenario
            ? tr("Which input matters for %1?").arg(QString::fromStdString(document->scenario(current).name))
            : tr("No scenario"));
    const ScenarioUncertainty* u = context.uncertainty;
    if (!hasScenario)
        return showStatus(tr("Add or select a scenario."));
    if (!u || !u->isEnabled())
        return showStatus(tr("Uncertainty is switched off in Preferences."));
    if (!document->estimate(current).valid())
        return showStatus(tr("The scenario has errors; correct them first."));
    const UncertaintyResult* r = u->result(current);
    if (!r)
        return showStatus(u->isPending(current) ? tr("Computing…") : QString());
    if (!r->valid() || r->tornado.empty())
        return showStatus(tr("No input of this scenario has a range. Give a field a range in the editor "
                             "(the ± button), or switch on default ranges in Preferences."));
    showResult(*r);
}

void SensitivityView::Private::showStatus(const QString& text)
{
    status->setText(text);
    lowBars->data()->clear();
    highBars->data()->clear();
    ticker->clear();
    centralLine->setVisible(false);
    table->setRowCount(0);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void SensitivityView::Private::showResult(const UncertaintyResult& r)
{
    const DisplayFormat f = format();
    const Interval& kg = r.metric(Metric::TotalEmissionsKg);
    status->setText(SensitivityView::tr(
                        "Total CO₂e %1 (%2, %3% interval, %Ln draw(s)). Each bar moves one input from its "
                        "low to its high bound with the others at their central values; the variance "
                        "share says how much of the spread that input explains alone.",
                        nullptr, int(r.draws))
                        .arg(f.mass(Mass::fromKilograms(kg.central)),
                             f.range(kg.p5, kg.p95, f.massUnitFor(kg.central)),
                             QLocale().toString(kIntervalPercent)));
    fillPlot(r, f);
    fillTable(r, f);
}

void SensitivityView::Private::fillPlot(const UncertaintyResult& r, const DisplayFormat& f)
{
    const double central = r.metric(Metric::TotalEmissionsKg).central;
    double largest = central;
    for (const TornadoRow& row : r.tornado)
        largest = std::max({largest, row.atLowKg, row.atHighKg});
    scale = f.massUnitFor(largest);
    QVector<double> keys;
    QVector<double> low;
    QVector<double> high;
    ticker->clear();
    double lowest = central;
    for (std::size_t i = 0; i < r.tornado.size(); ++i) {
        const TornadoRow& row = r.tornado[i];
        keys << double(i);
        // QCPBars extend from the base value by their value: store the change from central.
        low << (row.atLowKg - central) / scale.divisor;
        high << (row.atHighKg - central) / scale.divisor;
        lowest = std::min({lowest, row.atLowKg, row.atHighKg});
        ticker->addTick(double(i), inputLabel(row.pointer, r.ranges));
    }
    for (QCPBars* bars : {lowBars, highBars})
        bars->setBaseValue(central / scale.divisor);
    lowBars->setData(keys, low, true);
    highBars->setData(keys, high, true);
    const double span = std::max(largest - lowest, central * 0.01) / scale.divisor;
    plot->xAxis->setRange(lowest / scale.divisor - 0.08 * span, largest / scale.divisor + 0.08 * span);
    plot->xAxis->setLabel(tr("Total emissions (%1 CO₂e)").arg(scale.symbol));
    plot->yAxis->setRange(-0.6, double(r.tornado.size()) - 0.4);
    centralLine->setVisible(true);
    centralLine->setPen(QPen(plot->xAxis->basePen().color(), 1, Qt::DashLine));
    centralLine->point1->setCoords(central / scale.divisor, 0);
    centralLine->point2->setCoords(central / scale.divisor, 1);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void SensitivityView::Private::fillTable(const UncertaintyResult& r, const DisplayFormat& f)
{
    table->setRowCount(static_cast<int>(r.tornado.size()));
    const ScaledUnit unit = f.massUnitFor(r.metric(Metric::TotalEmissionsKg).central);
    const auto share = [&f](double value) -> QString {
        return f.locale().toString(100.0 * value, 'f', 1) + QStringLiteral(" %");
    };
    for (int i = 0; i < table->rowCount(); ++i) {
        const TornadoRow& row = r.tornado[std::size_t(i)];
        const RangedInput* range = rangeOf(row.pointer, r.ranges);
        const SobolIndex* sobol = sobolOf(row.pointer, r.sobol);
        setCell(i, InputColumn, inputLabel(row.pointer, r.ranges), QString::fromStdString(row.pointer));
        if (range) {
            const QString kind = range->isDefault ? tr("default range") : tr("your range");
            setCell(i, RangeColumn,
                    tr("%1 to %2, %3 (%4)")
                        .arg(f.number(range->range.low), f.number(range->range.high),
                             distributionLabel(range->range.distribution), kind));
            const QString source =
                range->isDefault ? QString::fromStdString(range->source) : tr("this scenario");
            setCell(i, SourceColumn, source, source);
        }
        setCell(i, AtLowColumn, f.number(row.atLowKg / unit.divisor) + QChar(0x202F) + unit.symbol);
        setCell(i, AtHighColumn, f.number(row.atHighKg / unit.divisor) + QChar(0x202F) + unit.symbol);
        setCell(i, SwingColumn, f.number(row.swingKg / unit.divisor) + QChar(0x202F) + unit.symbol);
        setCell(i, FirstOrderColumn, sobol ? share(std::max(0.0, sobol->firstOrder)) : tr("—"));
        setCell(i, TotalOrderColumn, sobol ? share(std::max(0.0, sobol->totalOrder)) : tr("—"));
    }
    table->resizeColumnsToContents();
}

void SensitivityView::Private::setCell(int row, int column, const QString& text, const QString& toolTip)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(toolTip);
    if (column >= AtLowColumn && column <= TotalOrderColumn)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, column, item);
}

SensitivityView::SensitivityView(const AppContext& context, QWidget* parent)
    : QWidget(parent)
    , d(new Private(this, context))
{
    d->build();
    d->current = context.document->count() > 0 ? 0 : -1;
    connect(context.document, &ScenarioDocument::changed, d, [this](const ChangeEvent& event) {
        d->current = followScenario(d->current, event, d->context.document->count());
        if (event.kind != ChangeEvent::Kind::Edited || event.index == d->current)
            d->refresh();
    });
    connect(context.settings, &AppSettings::changed, d, [this] { d->refresh(); });
    if (context.uncertainty) {
        connect(context.uncertainty, &ScenarioUncertainty::resultChanged, d, [this](int index) {
            if (index == d->current)
                d->refresh();
        });
    }
    d->refresh();
}

SensitivityView::~SensitivityView()
{
    delete d;
}

void SensitivityView::setCurrentScenario(int index)
{
    d->current = index;
    d->refresh();
}

} // namespace aicarbon
