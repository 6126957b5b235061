// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultspanel.h"

#include "appsettings.h"
#include "diagnostictext.h"
#include "displayformat.h"
#include "editormessagelabel.h"
#include "editorstyle.h"
#include "editortracking.h"
#include "equivalenttext.h"
#include "howcomputed.h"
#include "scenariodocument.h"
#include "uncertaintybox.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <map>

namespace aicarbon {

namespace {

QString trr(const char* text)
{
    return QCoreApplication::translate("ResultsPanel", text);
}

/// The device count for plural forms (a whole number once the estimate is valid).
int deviceCountOf(const Estimate& e)
{
    return static_cast<int>(std::lround(e.inputs.deviceCount));
}

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QLabel* valueLabel(const QString& key)
{
    auto* label = new QLabel;
    label->setObjectName(QStringLiteral("result.") + key);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel* scaledLabel(double factor, bool bold)
{
    auto* label = new QLabel;
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    label->setFont(font);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

/// The steps as rich text: title and result, explanation, formula, substitution, source.
QString stepsHtml(const QList<HowComputedStep>& steps, const QColor& muted)
{
    QString html;
    int number = 1;
    for (const HowComputedStep& s : steps) {
        html +=
            QStringLiteral("<p style=\"margin-bottom:8px\"><b>%1. %2</b> — %3<br>%8<br>"
                           "<span style=\"color:%7\">%4</span><br>%5<br>"
                           "<small><i>%6</i></small></p>")
                .arg(QLocale().toString(number++), s.title.toHtmlEscaped(), s.result.toHtmlEscaped(),
                     s.formula.toHtmlEscaped(), s.substituted.toHtmlEscaped(),
                     QCoreApplication::translate("ResultsPanel", "Source: %1").arg(s.source).toHtmlEscaped(),
                     muted.name(), s.explanation.toHtmlEscaped());
    }
    return html;
}

/// The rows of the figures table: key and label, in display order.
struct FigureRow
{
    const char* key;
    const char* label;
};

constexpr FigureRow kFigureRows[] = {
    {"trainingFlops", QT_TRANSLATE_NOOP("ResultsPanel", "Training compute")},
    {"wallClock", QT_TRANSLATE_NOOP("ResultsPanel", "Wall-clock time")},
    {"deviceHours", QT_TRANSLATE_NOOP("ResultsPanel", "Device-hours")},
    {"itEnergy", QT_TRANSLATE_NOOP("ResultsPanel", "Energy, IT")},
    {"facilityEnergy", QT_TRANSLATE_NOOP("ResultsPanel", "Energy, facility")},
    {"locationBased", QT_TRANSLATE_NOOP("ResultsPanel", "CO2e, location-based")},
    {"marketBased", QT_TRANSLATE_NOOP("ResultsPanel", "CO2e, market-based")},
    {"embodied", QT_TRANSLATE_NOOP("ResultsPanel", "CO2e, embodied")},
    {"totalEmissions", QT_TRANSLATE_NOOP("ResultsPanel", "CO2e, total")},
    {"cost", QT_TRANSLATE_NOOP("ResultsPanel", "Cost")},
};

} // namespace

struct ResultsPanel::Private : public QObject
{
    Private(ResultsPanel* panel, const AppContext& ctx)
        : q(panel)
        , context(ctx)
        , document(ctx.document)
    { }

    void build();
    QWidget* buildHeadline();
    QGroupBox* buildFigures();
    QGroupBox* buildComponents();
    QGroupBox* buildEquivalents();
    QGroupBox* buildDiagnostics();
    QWidget* buildHowComputed();

    bool hasScenario() const { return current >= 0 && current < document->count(); }
    DisplayFormat format() const
    {
        return context.settings ? context.settings->displayFormat() : DisplayFormat();
    }
    void onDocumentChanged(const ChangeEvent& event);
    void onHowToggled(bool open);
    void refresh();
    void showNothing();
    void showHowComputed(const Estimate& e, const DisplayFormat& f);
    void showHeadline(const Estimate& e, const DisplayFormat& f);
    void showFigures(const Estimate& e, const DisplayFormat& f);
    void showEnergyAndEmissions(const Figures& fig, const DisplayFormat& f, const ResolvedInputs& in);
    void showCost(const Estimate& e, const DisplayFormat& f);
    void showComponents(const Figures& fig, const DisplayFormat& f);
    void showEquivalents(const Estimate& e, const DisplayFormat& f);
    void showDiagnostics(const Estimate& e);
    void set(const char* key, const QString& text) { values.at(QLatin1StringView(key))->setText(text); }

    ResultsPanel* q;
    AppContext context;
    ScenarioDocument* document;
    int current = -1;

    QLabel* title = nullptr;
    QLabel* headline = nullptr;
    QLabel* subline = nullptr;
    std::map<QString, QLabel*> values;
    QGroupBox* componentsBox = nullptr;
    QLabel* componentCells[4][4] = {};
    QGroupBox* equivalentsBox = nullptr;
    QFormLayout* equivalentsForm = nullptr;
    QGroupBox* diagnosticsBox = nullptr;
    EditorMessageLabel* diagnostics = nullptr;
    QToolButton* howToggle = nullptr;
    QLabel* howText = nullptr;
    UncertaintyBox* uncertaintyBox = nullptr;
};

// --- building ----------------------------------------------------------------------

void ResultsPanel::Private::build()
{
    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->addWidget(buildHeadline());
    column->addWidget(buildDiagnostics());
    column->addWidget(buildFigures());
    uncertaintyBox = new UncertaintyBox(context);
    column->addWidget(uncertaintyBox);
    column->addWidget(buildComponents());
    column->addWidget(buildEquivalents());
    column->addWidget(buildHowComputed());
    column->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(q);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    connect(document, &ScenarioDocument::changed, this, &Private::onDocumentChanged);
    if (context.settings)
        connect(context.settings, &AppSettings::changed, this, &Private::refresh);
}

QWidget* ResultsPanel::Private::buildHeadline()
{
    auto* box = new QWidget;
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 4);
    title = scaledLabel(1.15, true);
    title->setObjectName(QStringLiteral("result.title"));
    headline = scaledLabel(1.8, true);
    headline->setObjectName(QStringLiteral("result.headline"));
    subline = scaledLabel(1.0, false);
    subline->setObjectName(QStringLiteral("result.subline"));
    for (QLabel* label : {title, headline, subline})
        column->addWidget(label);
    return box;
}

QGroupBox* ResultsPanel::Private::buildFigures()
{
    auto* box = new QGroupBox(QCoreApplication::translate("ResultsPanel", "Results"));
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const FigureRow& row : kFigureRows) {
        QLabel* value = valueLabel(QLatin1StringView(row.key));
        values[QLatin1StringView(row.key)] = value;
        form->addRow(trr(row.label), value);
    }
    QFont bold = values.at(QStringLiteral("totalEmissions"))->font();
    bold.setBold(true);
    values.at(QStringLiteral("totalEmissions"))->setFont(bold);
    return box;
}

QGroupBox* ResultsPanel::Private::buildComponents()
{
    componentsBox = new QGroupBox(QCoreApplication::translate("ResultsPanel", "By component"));
    auto* grid = new QGridLayout(componentsBox);
    const QString headers[] = {QCoreApplication::translate("ResultsPanel", "Component"),
                               QCoreApplication::translate("ResultsPanel", "Device-hours"),
                               QCoreApplication::translate("ResultsPanel", "Facility energy"),
                               QCoreApplication::translate("ResultsPanel", "CO2e")};
    const QString rows[] = {QCoreApplication::translate("ResultsPanel", "Final run"),
                            QCoreApplication::translate("ResultsPanel", "Search"),
                            QCoreApplication::translate("ResultsPanel", "Development"),
                            QCoreApplication::translate("ResultsPanel", "Total")};
    for (int c = 0; c < 4; ++c) {
        auto* header = new QLabel(QStringLiteral("<b>%1</b>").arg(headers[c].toHtmlEscaped()));
        grid->addWidget(header, 0, c, c == 0 ? Qt::AlignLeft : Qt::AlignRight);
    }
    for (int r = 0; r < 4; ++r) {
        grid->addWidget(new QLabel(rows[r]), r + 1, 0);
        for (int c = 1; c < 4; ++c) {
            componentCells[r][c] = new QLabel;
            grid->addWidget(componentCells[r][c], r + 1, c, Qt::AlignRight);
        }
    }
    grid->setColumnStretch(0, 1);
    return componentsBox;
}

QGroupBox* ResultsPanel::Private::buildEquivalents()
{
    equivalentsBox = new QGroupBox(QCoreApplication::translate("ResultsPanel", "Equivalent to"));
    equivalentsForm = new QFormLayout(equivalentsBox);
    equivalentsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return equivalentsBox;
}

QGroupBox* ResultsPanel::Private::buildDiagnostics()
{
    diagnosticsBox = new QGroupBox(QCoreApplication::translate("ResultsPanel", "Warnings and errors"));
    auto* column = new QVBoxLayout(diagnosticsBox);
    diagnostics = new EditorMessageLabel;
    diagnostics->setObjectName(QStringLiteral("diagnostics"));
    column->addWidget(diagnostics);
    return diagnosticsBox;
}

QWidget* ResultsPanel::Private::buildHowComputed()
{
    auto* box = new QWidget;
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    howToggle = new QToolButton;
    howToggle->setObjectName(QStringLiteral("howToggle"));
    howToggle->setText(QCoreApplication::translate("ResultsPanel", "How this was computed"));
    howToggle->setCheckable(true);
    howToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    howToggle->setArrowType(Qt::RightArrow);
    howToggle->setAutoRaise(true);
    howText = new QLabel;
    howText->setObjectName(QStringLiteral("howComputed"));
    howText->setWordWrap(true);
    howText->setTextFormat(Qt::RichText);
    howText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    howText->setVisible(false);
    auto* stepThrough = new QPushButton(QCoreApplication::translate("ResultsPanel", "Step Through…"));
    stepThrough->setObjectName(QStringLiteral("stepThrough"));
    stepThrough->setToolTip(QCoreApplication::translate(
        "ResultsPanel", "Show the steps one at a time in large type, for a projector (F6)"));
    auto* row = new QHBoxLayout;
    row->addWidget(howToggle);
    row->addStretch(1);
    row->addWidget(stepThrough);
    column->addLayout(row);
    column->addWidget(howText);
    connect(howToggle, &QToolButton::toggled, this, &Private::onHowToggled);
    connect(stepThrough, &QPushButton::clicked, q, &ResultsPanel::walkthroughRequested);
    return box;
}

// --- reading the document --------------------------------------------------------------

void ResultsPanel::Private::onDocumentChanged(const ChangeEvent& event)
{
    current = followScenario(current, event, document->count());
    const bool otherScenario = event.kind == ChangeEvent::Kind::Edited && event.index != current;
    if (!otherScenario && event.kind != ChangeEvent::Kind::Baseline
        && event.kind != ChangeEvent::Kind::Renamed)
        refresh();
}

void ResultsPanel::Private::onHowToggled(bool open)
{
    howToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    howText->setVisible(open);
}

void ResultsPanel::Private::refresh()
{
    if (!hasScenario())
        return showNothing();
    const Estimate& e = document->estimate(current);
    const DisplayFormat f = format();
    showHeadline(e, f);
    showFigures(e, f);
    showComponents(e.figures, f);
    showEquivalents(e, f);
    showDiagnostics(e);
    showHowComputed(e, f);
    uncertaintyBox->setCurrentScenario(current);
}

void ResultsPanel::Private::showNothing()
{
    title->setText(QCoreApplication::translate("ResultsPanel", "No scenario"));
    headline->clear();
    subline->setText(
        QCoreApplication::translate("ResultsPanel", "Add or select a scenario to see its results."));
    for (const auto& [key, label] : values)
        label->setText(QStringLiteral("—"));
    componentsBox->hide();
    equivalentsBox->hide();
    diagnosticsBox->hide();
    uncertaintyBox->setCurrentScenario(-1);
    howText->clear();
}

void ResultsPanel::Private::showHowComputed(const Estimate& e, const DisplayFormat& f)
{
    const QList<HowComputedStep> steps = howComputed(e, f);
    const QPalette& palette = howText->palette(); // halfway between text and background: muted
    const QColor text = palette.color(QPalette::WindowText);
    const QColor back = palette.color(QPalette::Window);
    const QColor muted =
        QColor::fromRgbF((text.redF() + back.redF()) / 2, (text.greenF() + back.greenF()) / 2,
                         (text.blueF() + back.blueF()) / 2);
    howText->setText(steps.isEmpty() ? QCoreApplication::translate(
                         "ResultsPanel", "No figures while the scenario has errors.")
                                     : stepsHtml(steps, muted));
}

void ResultsPanel::Private::showHeadline(const Estimate& e, const DisplayFormat& f)
{
    title->setText(qs(document->scenario(current).name));
    if (!e.valid()) {
        headline->setText(QCoreApplication::translate("ResultsPanel", "No result"));
        subline->setText(QCoreApplication::translate(
            "ResultsPanel", "Correct the errors below (they are also shown beside the fields)."));
        return;
    }
    const Figures& fig = e.figures;
    headline->setText(QCoreApplication::translate("ResultsPanel", "%1 CO2e").arg(f.mass(fig.totalEmissions)));
    subline->setText(QCoreApplication::translate("ResultsPanel", "%1 on %Ln device(s) · %2 at the facility",
                                                 nullptr, deviceCountOf(e))
                         .arg(f.duration(fig.wallClock), f.energy(fig.total.facilityEnergy)));
}

void ResultsPanel::Private::showFigures(const Estimate& e, const DisplayFormat& f)
{
    if (!e.valid()) {
        for (const auto& [key, label] : values)
            label->setText(QStringLiteral("—"));
        return;
    }
    const Figures& fig = e.figures;
    set("trainingFlops",
        fig.trainingFlops > 0.0 ? f.flops(fig.trainingFlops)
                                : QCoreApplication::translate("ResultsPanel", "unknown (accounting mode)"));
    set("wallClock",
        QCoreApplication::translate("ResultsPanel", "%1 (final run, %Ln device(s))", nullptr,
                                    deviceCountOf(e))
            .arg(f.duration(fig.wallClock)));
    const double total = fig.total.deviceTime.hours();
    const double final = fig.finalRun.deviceTime.hours();
    set("deviceHours",
        total > final ? QCoreApplication::translate("ResultsPanel", "%1 h (final run %2 h)")
                            .arg(f.count(total), f.count(final))
                      : QCoreApplication::translate("ResultsPanel", "%1 h").arg(f.count(total)));
    showEnergyAndEmissions(fig, f, e.inputs);
    showCost(e, f);
}

void ResultsPanel::Private::showEnergyAndEmissions(const Figures& fig, const DisplayFormat& f,
                                                   const ResolvedInputs& in)
{
    set("itEnergy", f.energy(fig.total.itEnergy));
    const QLocale& locale = f.locale();
    set("facilityEnergy",
        QCoreApplication::translate("ResultsPanel", "%1 (PUE %2)")
            .arg(f.energy(fig.total.facilityEnergy), formatScientific(in.pue, locale)));
    set("locationBased",
        QCoreApplication::translate("ResultsPanel", "%1 (at %2)")
            .arg(f.mass(fig.total.operational), f.intensity(in.intensity)));
    set("marketBased",
        in.carbonFreeFraction > 0.0
            ? QCoreApplication::translate("ResultsPanel", "%1 (%2 % carbon-free energy)")
                  .arg(f.mass(fig.total.marketBased),
                       formatScientific(in.carbonFreeFraction * 100.0, locale, 3))
            : QCoreApplication::translate("ResultsPanel", "%1 (no carbon-free energy known)")
                  .arg(f.mass(fig.total.marketBased)));
    set("embodied",
        in.embodiedKgPerDeviceHour > 0.0 ? f.mass(fig.total.embodied)
                                         : QCoreApplication::translate("ResultsPanel", "not included"));
    set("totalEmissions", f.mass(fig.totalEmissions));
}

void ResultsPanel::Private::showCost(const Estimate& e, const DisplayFormat& f)
{
    const Figures& fig = e.figures;
    const QString currency = qs(e.currency);
    if (e.inputs.pricePerDeviceHour <= 0.0 && e.inputs.carbonPricePerTonne <= 0.0)
        return set("cost", QCoreApplication::translate("ResultsPanel", "not priced"));
    if (e.inputs.carbonPricePerTonne <= 0.0)
        return set("cost",
                   QCoreApplication::translate("ResultsPanel", "%1 (compute only)")
                       .arg(f.money(fig.totalCost, currency)));
    set("cost",
        QCoreApplication::translate("ResultsPanel", "%1 (compute %2, carbon %3)")
            .arg(f.money(fig.totalCost, currency), f.money(fig.computeCost, currency),
                 f.money(fig.carbonCost, currency)));
}

void ResultsPanel::Private::showComponents(const Figures& fig, const DisplayFormat& f)
{
    const bool split = fig.search.deviceTime.hours() > 0.0 || fig.development.deviceTime.hours() > 0.0;
    componentsBox->setVisible(split);
    if (!split)
        return;
    const ComponentFigures* parts[] = {&fig.finalRun, &fig.search, &fig.development, &fig.total};
    for (int r = 0; r < 4; ++r) {
        componentCells[r][1]->setText(f.count(parts[r]->deviceTime.hours()));
        componentCells[r][2]->setText(f.energy(parts[r]->facilityEnergy));
        componentCells[r][3]->setText(f.mass(parts[r]->operational + parts[r]->embodied));
    }
}

void ResultsPanel::Private::showEquivalents(const Estimate& e, const DisplayFormat& f)
{
    while (equivalentsForm->rowCount() > 0)
        equivalentsForm->removeRow(0);
    for (const EquivalentValue& eq : e.equivalents) {
        auto* value = new QLabel(QCoreApplication::translate("ResultsPanel", "%1 %2")
                                     .arg(formatScientific(eq.count, f.locale(), 3), equivalentUnit(eq)));
        auto* name = new QLabel(equivalentName(eq));
        name->setWordWrap(true);
        setMutedText(name);
        for (QLabel* l : {value, name})
            l->setToolTip(QCoreApplication::translate("ResultsPanel", "Source: %1").arg(qs(eq.source)));
        equivalentsForm->addRow(value, name);
    }
    equivalentsBox->setVisible(e.valid() && !e.equivalents.empty());
}

void ResultsPanel::Private::showDiagnostics(const Estimate& e)
{
    QList<EditorMessage> messages;
    for (const Diagnostic& d : e.diagnostics)
        messages.append({d.severity == Severity::Error, diagnosticText(d)});
    diagnostics->setMessages(messages);
    diagnosticsBox->setVisible(!messages.isEmpty());
}

// --- ResultsPanel ----------------------------------------------------------------------

ResultsPanel::ResultsPanel(const AppContext& context, QWidget* parent)
    : QWidget(parent)
    , d(new Private(this, context))
{
    d->current = context.document->count() > 0 ? 0 : -1;
    d->build();
    d->refresh();
}

ResultsPanel::~ResultsPanel()
{
    delete d;
}

void ResultsPanel::setCurrentScenario(int index)
{
    d->current = index >= 0 && index < d->document->count() ? index : -1;
    d->refresh();
}

} // namespace aicarbon
