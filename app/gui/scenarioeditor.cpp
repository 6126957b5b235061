// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarioeditor.h"

#include "appsettings.h"
#include "assumptiontext.h"
#include "catalog.h"
#include "catalogpicker.h"
#include "diagnostictext.h"
#include "displayformat.h"
#include "editorcataloginfo.h"
#include "editorfields.h"
#include "editormessagelabel.h"
#include "editornumbers.h"
#include "editorstyle.h"
#include "editortracking.h"
#include "howcomputed.h"
#include "optionalnumberfield.h"
#include "scenariocommands.h"
#include "scenariodocument.h"
#include "scenarioinputs.h"
#include "units.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <map>

namespace aicarbon {

namespace {

QString trs(const char* text)
{
    return QCoreApplication::translate("ScenarioEditor", text);
}

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

struct NumberBinding
{
    const EditorFieldSpec* spec;
    OptionalNumberField* field;
};

QString originTag(Origin origin)
{
    switch (origin) {
    case Origin::Catalog:
        return QCoreApplication::translate("ScenarioEditor", "catalog");
    case Origin::Derived:
        return QCoreApplication::translate("ScenarioEditor", "derived");
    case Origin::Default:
        return QCoreApplication::translate("ScenarioEditor", "default");
    case Origin::User:
        break;
    }
    return {};
}

/// What the field means, its documented default, its assumption key and file path.
QString staticToolTip(const EditorFieldSpec& spec)
{
    QStringList lines {trs(spec.help)};
    if (spec.fallback && *spec.fallbackSource)
        lines << QCoreApplication::translate("ScenarioEditor", "Default: %1 (%2).")
                     .arg(formatEditorNumber(*spec.fallback, QLocale()), trs(spec.fallbackSource));
    else if (*spec.fallbackSource)
        lines << QCoreApplication::translate("ScenarioEditor", "Default: %1.").arg(trs(spec.fallbackSource));
    if (*spec.assumptionKey)
        lines << QCoreApplication::translate(
                     "ScenarioEditor", "The value in use is listed in the estimate's assumptions as “%1”.")
                     .arg(QLatin1StringView(spec.assumptionKey));
    lines << QCoreApplication::translate("ScenarioEditor", "Scenario file: %1")
                 .arg(QLatin1StringView(spec.path));
    return lines.join(QLatin1Char('\n'));
}

QString sourceText(const std::string& source)
{
    return source == "scenario" ? QCoreApplication::translate("ScenarioEditor", "your input") : qs(source);
}

QFormLayout* makeForm()
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return form;
}

/// A combo that does not ask for the width of its longest item (sources have long titles).
QComboBox* makeCombo(const QString& name)
{
    auto* combo = new QComboBox;
    combo->setObjectName(name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(16);
    return combo;
}

QLabel* makeInfoLabel()
{
    auto* label = new QLabel;
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMutedText(label);
    return label;
}

QLabel* makeHint(const QString& text)
{
    auto* hint = new QLabel(text);
    hint->setWordWrap(true);
    QFont font = hint->font();
    font.setItalic(true);
    hint->setFont(font);
    setMutedText(hint);
    return hint;
}

/// A field widget with a picker (or combo), an info line and a message line below it.
QWidget* stack(std::initializer_list<QWidget*> widgets)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    for (QWidget* w : widgets)
        layout->addWidget(w);
    return box;
}

} // namespace

struct ScenarioEditor::Private : public QObject
{
    Private(ScenarioEditor* editor, const AppContext& ctx)
        : q(editor)
        , context(ctx)
        , document(ctx.document)
    { }

    // --- building ------------------------------------------------------------------
    void build();
    QGroupBox* section(EditorSection which, const QString& title, QFormLayout** form);
    void addNumbers(QFormLayout* form, EditorSection which, std::initializer_list<const char*> names);
    OptionalNumberField* addNumber(QFormLayout* form, const EditorFieldSpec& spec);
    EditorMessageLabel* pathMessages(const char* path);
    QWidget* buildScenario();
    QWidget* buildWorkload();
    QWidget* buildRuntime();
    QWidget* buildHardware();
    QWidget* buildLocation();
    QWidget* buildSearch();
    QWidget* searchBlock(QVBoxLayout* column, std::initializer_list<const char*> names,
                         QFormLayout** form = nullptr);
    void addGridSizes(QFormLayout* form);
    QWidget* buildEmbodied();
    QWidget* buildCost();
    void alignLabels();
    void connectInputs();

    // --- reading the document ----------------------------------------------------------
    bool hasScenario() const { return current >= 0 && current < document->count(); }
    void onDocumentChanged(const ChangeEvent& event);
    void refresh();
    void discardInput(const Scenario& s);
    void refreshNumbers(const Scenario& s, const Estimate& e);
    void refreshDefault(const NumberBinding& b, const Estimate& e);
    void refreshTexts(const Scenario& s);
    void refreshPickers(const Scenario& s);
    void refreshPrecision(const Scenario& s, const Estimate& e);
    void refreshIntensitySources(const Scenario& s);
    void refreshSearch(const Scenario& s, const Estimate& e);
    void refreshGridSizes(const Scenario& s);
    void refreshInfo(const Scenario& s, const Estimate& e);
    void refreshMessages(const Estimate& e);
    QString routeOf(const std::string& path) const;

    // --- editing -------------------------------------------------------------------
    template<class Change>
    void edit(const QString& field, Change change);
    void onNumberEdited(const EditorFieldSpec& spec, std::optional<double> value);
    void onRangeEdited(const EditorFieldSpec& spec, std::optional<InputRange> range);
    void onNameEdited(const QString& text);
    void onDescriptionChanged();
    void onModelChosen(const QString& id);
    void onDeviceChosen(const QString& id);
    void onRegionChosen(const QString& id);
    void onPrecisionActivated(int row);
    void onIntensitySourceActivated(int row);
    void onMethodActivated(int row);
    void onGridSizesEdited(const QString& text);
    void onResumeClicked(bool checked);
    void onEmbodiedClicked(bool checked);
    void onCurrencyEdited(const QString& text);

    ScenarioEditor* q;
    AppContext context;
    ScenarioDocument* document;
    int current = -1;
    int shown = -2; ///< the scenario the fields show; another one discards what was typed
    bool updating = false;

    std::vector<NumberBinding> numbers;
    std::map<QString, EditorMessageLabel*> messageLabels; ///< by JSON pointer (sections and inputs)
    QString gridInputError;
    std::vector<double> gridValues;

    QLabel* emptyLabel = nullptr;
    QWidget* body = nullptr;
    QLineEdit* name = nullptr;
    QPlainTextEdit* description = nullptr;
    CatalogPicker* model = nullptr;
    CatalogPicker* device = nullptr;
    CatalogPicker* region = nullptr;
    QLabel* modelInfo = nullptr;
    QLabel* computeInfo = nullptr;
    QLabel* deviceInfo = nullptr;
    QLabel* regionInfo = nullptr;
    QLabel* searchInfo = nullptr;
    QComboBox* precision = nullptr;
    QComboBox* intensitySource = nullptr;
    QComboBox* method = nullptr;
    QLineEdit* gridSizes = nullptr;
    QCheckBox* resume = nullptr;
    QCheckBox* embodiedInclude = nullptr;
    QLineEdit* currency = nullptr;
    struct
    {
        QWidget* grid = nullptr;
        QWidget* trials = nullptr;
        QWidget* configurations = nullptr;
        QWidget* fraction = nullptr;
        QWidget* halving = nullptr;
        QWidget* equivalent = nullptr;
    } blocks; ///< rows of the search section shown for some methods only
};

// --- building ----------------------------------------------------------------------

void ScenarioEditor::Private::build()
{
    emptyLabel = new QLabel(
        QCoreApplication::translate("ScenarioEditor", "No scenario selected. Add a scenario to edit it."));
    emptyLabel->setWordWrap(true);
    body = new QWidget;
    auto* sections = new QVBoxLayout(body);
    sections->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : {buildScenario(), buildWorkload(), buildHardware(), buildRuntime(), buildLocation(),
                       buildSearch(), buildEmbodied(), buildCost()})
        sections->addWidget(w);
    auto* layout = new QVBoxLayout(q);
    layout->addWidget(emptyLabel);
    layout->addWidget(body);
    layout->addStretch(1);
    alignLabels();
    connectInputs();
}

/// One label width for all sections, so that the fields form a single column. Labels
/// longer than kLabelWidth (translations) wrap instead of pushing the fields out.
void ScenarioEditor::Private::alignLabels()
{
    constexpr int kLabelWidth = 190;
    std::vector<QLabel*> labels;
    int widest = 0;
    for (QFormLayout* form : q->findChildren<QFormLayout*>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole);
            if (auto* label = item ? qobject_cast<QLabel*>(item->widget()) : nullptr) {
                labels.push_back(label);
                widest = std::max(widest, label->fontMetrics().horizontalAdvance(label->text()) + 4);
            }
        }
    }
    for (QLabel* label : labels) {
        label->setWordWrap(true);
        label->setFixedWidth(std::min(widest, kLabelWidth));
    }
}

QGroupBox* ScenarioEditor::Private::section(EditorSection which, const QString& title, QFormLayout** form)
{
    auto* box = new QGroupBox(title);
    auto* column = new QVBoxLayout(box);
    column->addWidget(pathMessages(sectionPath(which)));
    *form = makeForm();
    column->addLayout(*form);
    return box;
}

/// Rows of the search section that come and go with the method. Each block has its own
/// form: QFormLayout::setRowVisible() leaves rows of zero height beside height-for-width
/// fields (the inline messages) in Qt 6.4.
QWidget* ScenarioEditor::Private::searchBlock(QVBoxLayout* column, std::initializer_list<const char*> names,
                                              QFormLayout** form)
{
    auto* block = new QWidget;
    QFormLayout* rows = makeForm();
    rows->setContentsMargins(0, 0, 0, 0);
    block->setLayout(rows);
    addNumbers(rows, EditorSection::Search, names);
    column->addWidget(block);
    if (form)
        *form = rows;
    return block;
}

EditorMessageLabel* ScenarioEditor::Private::pathMessages(const char* path)
{
    auto* label = new EditorMessageLabel;
    messageLabels[QLatin1StringView(path)] = label;
    return label;
}

OptionalNumberField* ScenarioEditor::Private::addNumber(QFormLayout* form, const EditorFieldSpec& spec)
{
    auto* field = new OptionalNumberField;
    field->setObjectName(QLatin1StringView(spec.name));
    field->setUnit(trs(spec.unit));
    field->setInteger(spec.integer);
    const QString tip = staticToolTip(spec);
    field->setHelp(tip);
    auto* label = new QLabel(trs(spec.label));
    label->setToolTip(tip);
    label->setBuddy(field->lineEdit());
    label->setMinimumHeight(field->lineEdit()->sizeHint().height());
    label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->addRow(label, field);
    numbers.push_back({&spec, field});
    connect(field, &OptionalNumberField::valueEdited, this,
            [this, &spec](std::optional<double> value) { onNumberEdited(spec, value); });
    Scenario probe;
    if (numericInput(probe, spec.path)) {
        field->enableRange();
        connect(field, &OptionalNumberField::rangeEdited, this,
                [this, &spec](std::optional<InputRange> range) { onRangeEdited(spec, range); });
    }
    return field;
}

void ScenarioEditor::Private::addNumbers(QFormLayout* form, EditorSection which,
                                         std::initializer_list<const char*> names)
{
    for (const char* n : names) {
        const EditorFieldSpec* spec = editorField(n);
        if (spec && spec->section == which)
            addNumber(form, *spec);
    }
}

QWidget* ScenarioEditor::Private::buildScenario()
{
    QFormLayout* form = nullptr;
    QGroupBox* box =
        section(EditorSection::Scenario, QCoreApplication::translate("ScenarioEditor", "Scenario"), &form);
    name = new QLineEdit;
    name->setObjectName(QStringLiteral("name"));
    description = new QPlainTextEdit;
    description->setObjectName(QStringLiteral("description"));
    description->setTabChangesFocus(true);
    description->setFixedHeight(description->fontMetrics().lineSpacing() * 3 + 12);
    description->setPlaceholderText(
        QCoreApplication::translate("ScenarioEditor", "What this scenario assumes, and why"));
    form->addRow(QCoreApplication::translate("ScenarioEditor", "Name"), name);
    form->addRow(QCoreApplication::translate("ScenarioEditor", "Description"), description);
    return box;
}

QWidget* ScenarioEditor::Private::buildWorkload()
{
    QFormLayout* form = nullptr;
    QGroupBox* box =
        section(EditorSection::Workload, QCoreApplication::translate("ScenarioEditor", "Workload"), &form);
    const Catalog* catalog = context.catalog;
    model = new CatalogPicker([catalog](const QString& s) { return modelItems(*catalog, s); });
    model->setObjectName(QStringLiteral("workload.model"));
    model->setPlaceholder(QCoreApplication::translate("ScenarioEditor", "Search models…"),
                          QCoreApplication::translate("ScenarioEditor", "(no preset)"));
    modelInfo = makeInfoLabel();
    form->addRow(QCoreApplication::translate("ScenarioEditor", "Model preset"),
                 stack({model, modelInfo, pathMessages(EditorPath::kModel)}));
    addNumbers(form, EditorSection::Workload, {"workload.parameters", "workload.tokens"});
    form->addRow(
        makeHint(QCoreApplication::translate("ScenarioEditor", "or tokens = dataset tokens × epochs:")));
    addNumbers(form, EditorSection::Workload, {"workload.datasetTokens", "workload.epochs"});
    form->addRow(makeHint(
        QCoreApplication::translate("ScenarioEditor", "or tokens = steps × batch size × sequence length:")));
    addNumbers(form, EditorSection::Workload,
               {"workload.steps", "workload.batchSize", "workload.sequenceLength"});
    form->addRow(makeHint(QCoreApplication::translate("ScenarioEditor", "Compute:")));
    addNumbers(form, EditorSection::Workload, {"workload.flopsPerParameterToken", "workload.trainingFlops"});
    computeInfo = makeInfoLabel();
    computeInfo->setObjectName(QStringLiteral("computeInfo"));
    form->addRow(QCoreApplication::translate("ScenarioEditor", "Training FLOPs"), computeInfo);
    return box;
}

QWidget* ScenarioEditor::Private::buildRuntime()
{
    QFormLayout* form = nullptr;
    QGroupBox* box =
        section(EditorSection::Runtime,
                QCoreApplication::translate("ScenarioEditor", "Known runtime (accounting mode)"), &form);
    form->addRow(makeHint(QCoreApplication::translate(
        "ScenarioEditor",
        "Leave empty to plan from the FLOPs; give a measured duration to account for a "
        "finished run.")));
    addNumbers(form, EditorSection::Runtime, {"runtime.wallClockHours", "runtime.deviceHours"});
    return box;
}

QWidget* ScenarioEditor::Private::buildHardware()
{
    QFormLayout* form = nullptr;
    QGroupBox* box =
        section(EditorSection::Hardware, QCoreApplication::translate("ScenarioEditor", "Hardware"), &form);
    const Catalog* catalog = context.catalog;
    device = new CatalogPicker([catalog](const QString& s) { return deviceItems(*catalog, s); });
    device->setObjectName(QStringLiteral("hardware.device"));
    device->setPlaceholder(QCoreApplication::translate("ScenarioEditor", "Search devices…"),
                           QCoreApplication::translate("ScenarioEditor", "(no device)"));
    device->enableFilters(QCoreApplication::translate("ScenarioEditor", "All vendors"),
                          QCoreApplication::translate("ScenarioEditor", "All kinds"));
    deviceInfo = makeInfoLabel();
    form->addRow(QCoreApplication::translate("ScenarioEditor", "Device"),
                 stack({device, deviceInfo, pathMessages(EditorPath::kDevice)}));
    addNumbers(form, EditorSection::Hardware, {"hardware.count"});
    precision = makeCombo(QStringLiteral("hardware.precision"));
    precision->setToolTip(QCoreApplication::translate(
        "ScenarioEditor",
        "Selects the device's dense peak. Automatic: bf16, else fp16, tf32, fp32 — the "
        "first the device has (methodology §2)."));
    form->addRow(QCoreApplication::translate("ScenarioEditor", "Precision"),
                 stack({precision, pathMessages(EditorPath::kPrecision)}));
    addNumbers(
        form, EditorSection::Hardware,
        {"hardware.mfu", "hardware.averagePowerW", "hardware.powerUtilization", "hardware.hostPowerW"});
    form->addRow(makeHint(QCoreApplication::translate("ScenarioEditor", "Overrides of the catalog:")));
    addNumbers(form, EditorSection::Hardware, {"hardware.peakTflops", "hardware.tdpW"});
    return box;
}

QWidget* ScenarioEditor::Private::buildLocation()
{
    QFormLayout* form = nullptr;
    QGroupBox* box =
        section(EditorSection::Location, QCoreApplication::translate("ScenarioEditor", "Location"), &form);
    const Catalog* catalog = context.catalog;
    region = new CatalogPicker([catalog](const QString& s) { return regionItems(*catalog, s); });
    region->setObjectName(QStringLiteral("facility.region"));
    region->setPlaceholder(QCoreApplication::translate("ScenarioEditor", "Search regions…"),
                           QCoreApplication::translate("ScenarioEditor", "(no region)"));
    region->enableFilters(QCoreApplication::translate("ScenarioEditor", "All providers"),
                          QCoreApplication::translate("ScenarioEditor", "All kinds"));
    region->searchField()->setToolTip(QCoreApplication::translate(
        "ScenarioEditor", "Countries, states and zones, and cloud regions (aws:us-east-1)."));
    regionInfo = makeInfoLabel();
    regionInfo->setObjectName(QStringLiteral("regionInfo"));
    form->addRow(QCoreApplication::translate("ScenarioEditor", "Region"),
                 stack({region, regionInfo, pathMessages(EditorPath::kRegion)}));
    intensitySource = makeCombo(QStringLiteral("facility.intensitySource"));
    intensitySource->setToolTip(QCoreApplication::translate(
        "ScenarioEditor", "Which series of grid intensities to use for the region (methodology §5)."));
    form->addRow(QCoreApplication::translate("ScenarioEditor", "Intensity series"),
                 stack({intensitySource, pathMessages(EditorPath::kIntensitySource)}));
    addNumbers(form, EditorSection::Location,
               {"facility.year", "facility.pue", "facility.carbonIntensityGPerKwh",
                "facility.carbonFreeEnergyFraction"});
    return box;
}

QWidget* ScenarioEditor::Private::buildSearch()
{
    QFormLayout* form = nullptr;
    QGroupBox* box = section(EditorSection::Search,
                             QCoreApplication::translate("ScenarioEditor", "Search and development"), &form);
    method = makeCombo(QStringLiteral("search.method"));
    method->addItem(QCoreApplication::translate("ScenarioEditor", "Trials"), int(SearchMethod::Trials));
    method->addItem(QCoreApplication::translate("ScenarioEditor", "Grid search"), int(SearchMethod::Grid));
    method->addItem(QCoreApplication::translate("ScenarioEditor", "Random search"),
                    int(SearchMethod::Random));
    method->addItem(QCoreApplication::translate("ScenarioEditor", "Successive halving"),
                    int(SearchMethod::SuccessiveHalving));
    method->addItem(QCoreApplication::translate("ScenarioEditor", "Hyperband"), int(SearchMethod::Hyperband));
    method->setToolTip(QCoreApplication::translate(
        "ScenarioEditor", "How the hyperparameter search before the final run is counted (methodology §6)."));
    form->addRow(QCoreApplication::translate("ScenarioEditor", "Method"),
                 stack({method, pathMessages(EditorPath::kMethod)}));
    auto* column = static_cast<QVBoxLayout*>(box->layout());
    QFormLayout* grid = nullptr;
    blocks.grid = searchBlock(column, {}, &grid);
    addGridSizes(grid);
    blocks.trials = searchBlock(column, {"search.trials"});
    blocks.configurations = searchBlock(column, {"search.configurations"});
    blocks.fraction = searchBlock(column, {"search.meanTrialFraction"});
    QFormLayout* halving = nullptr;
    blocks.halving = searchBlock(column, {"search.eta", "search.minFraction"}, &halving);
    resume = new QCheckBox(
        QCoreApplication::translate("ScenarioEditor", "Promoted trials resume from their checkpoint"));
    resume->setObjectName(QStringLiteral("search.resume"));
    halving->addRow(QString(), resume);
    blocks.equivalent = searchBlock(column, {"search.equivalentRuns"});
    QFormLayout* tail = nullptr;
    searchBlock(column, {"development.multiplier"}, &tail);
    searchInfo = makeInfoLabel();
    searchInfo->setObjectName(QStringLiteral("searchInfo"));
    tail->addRow(QCoreApplication::translate("ScenarioEditor", "Resulting search"), searchInfo);
    return box;
}

void ScenarioEditor::Private::addGridSizes(QFormLayout* form)
{
    gridSizes = new QLineEdit;
    gridSizes->setObjectName(QStringLiteral("search.gridSizes"));
    gridSizes->setPlaceholderText(
        QCoreApplication::translate("ScenarioEditor", "values per hyperparameter, e.g. 3 × 4 × 5"));
    gridSizes->setToolTip(QCoreApplication::translate(
        "ScenarioEditor", "Grid search: trials = product of the value counts (methodology §6)."));
    form->addRow(QCoreApplication::translate("ScenarioEditor", "Grid sizes"),
                 stack({gridSizes, pathMessages(EditorPath::kGridSizes)}));
}

QWidget* ScenarioEditor::Private::buildEmbodied()
{
    QFormLayout* form = nullptr;
    QGroupBox* box = section(EditorSection::Embodied,
                             QCoreApplication::translate("ScenarioEditor", "Embodied emissions"), &form);
    embodiedInclude = new QCheckBox(
        QCoreApplication::translate("ScenarioEditor", "Include the devices' manufacturing emissions"));
    embodiedInclude->setObjectName(QStringLiteral("embodied.include"));
    embodiedInclude->setToolTip(
        QCoreApplication::translate("ScenarioEditor",
                                    "Embodied = per-device kgCO2e × device-hours / (lifetime × %1 h) "
                                    "(methodology §7).")
            .arg(QLocale().toString(kHoursPerYear)));
    form->addRow(embodiedInclude);
    addNumbers(form, EditorSection::Embodied, {"embodied.lifetimeYears", "embodied.perDeviceKgCo2e"});
    return box;
}

QWidget* ScenarioEditor::Private::buildCost()
{
    QFormLayout* form = nullptr;
    QGroupBox* box =
        section(EditorSection::Cost, QCoreApplication::translate("ScenarioEditor", "Cost"), &form);
    addNumbers(form, EditorSection::Cost, {"cost.pricePerDeviceHour", "cost.carbonPricePerTonne"});
    currency = new QLineEdit;
    currency->setObjectName(QStringLiteral("cost.currency"));
    currency->setPlaceholderText(QCoreApplication::translate("ScenarioEditor", "e.g. USD, EUR"));
    currency->setMaximumWidth(120);
    currency->setToolTip(QCoreApplication::translate("ScenarioEditor", "Free text; no conversion is done."));
    form->addRow(QCoreApplication::translate("ScenarioEditor", "Currency"), currency);
    return box;
}

void ScenarioEditor::Private::connectInputs()
{
    connect(name, &QLineEdit::textEdited, this, &Private::onNameEdited);
    connect(description, &QPlainTextEdit::textChanged, this, &Private::onDescriptionChanged);
    connect(model, &CatalogPicker::idChosen, this, &Private::onModelChosen);
    connect(device, &CatalogPicker::idChosen, this, &Private::onDeviceChosen);
    connect(region, &CatalogPicker::idChosen, this, &Private::onRegionChosen);
    connect(precision, &QComboBox::activated, this, &Private::onPrecisionActivated);
    connect(intensitySource, &QComboBox::activated, this, &Private::onIntensitySourceActivated);
    connect(method, &QComboBox::activated, this, &Private::onMethodActivated);
    connect(gridSizes, &QLineEdit::textEdited, this, &Private::onGridSizesEdited);
    connect(resume, &QCheckBox::clicked, this, &Private::onResumeClicked);
    connect(embodiedInclude, &QCheckBox::clicked, this, &Private::onEmbodiedClicked);
    connect(currency, &QLineEdit::textEdited, this, &Private::onCurrencyEdited);
    connect(document, &ScenarioDocument::changed, this, &Private::onDocumentChanged);
    if (context.settings)
        connect(context.settings, &AppSettings::changed, this, &Private::refresh);
}

// --- reading the document --------------------------------------------------------------

void ScenarioEditor::Private::onDocumentChanged(const ChangeEvent& event)
{
    current = followScenario(current, event, document->count());
    if (event.kind == ChangeEvent::Kind::Reset) {
        for (CatalogPicker* picker : {model, device, region})
            picker->reload();
    }
    const bool otherScenario = event.kind == ChangeEvent::Kind::Edited && event.index != current;
    if (!otherScenario && event.kind != ChangeEvent::Kind::Baseline
        && event.kind != ChangeEvent::Kind::Renamed)
        refresh();
}

void ScenarioEditor::Private::refresh()
{
    emptyLabel->setVisible(!hasScenario());
    body->setEnabled(hasScenario());
    if (!hasScenario())
        return;
    const QScopedValueRollback<bool> guard(updating, true);
    const Scenario& s = document->scenario(current);
    const Estimate& e = document->estimate(current);
    if (shown != current)
        discardInput(s);
    shown = current;
    refreshTexts(s);
    refreshPickers(s);
    refreshPrecision(s, e);
    refreshIntensitySources(s);
    refreshSearch(s, e);
    refreshNumbers(s, e);
    refreshInfo(s, e);
    refreshMessages(e);
}

void ScenarioEditor::Private::discardInput(const Scenario& s)
{
    for (const NumberBinding& b : numbers)
        b.field->reset(b.spec->get(s));
    gridInputError.clear();
    gridSizes->setText(formatEditorList(s.search.gridSizes, QLocale()));
    gridValues = s.search.gridSizes;
}

void ScenarioEditor::Private::refreshNumbers(const Scenario& s, const Estimate& e)
{
    const QString money = qs(s.cost.currency);
    for (const NumberBinding& b : numbers) {
        b.field->setValue(b.spec->get(s));
        const auto range = s.ranges.find(b.spec->path);
        b.field->setRange(range != s.ranges.end() ? std::optional(range->second) : std::nullopt);
        refreshDefault(b, e);
        if (b.spec->section == EditorSection::Cost && !money.isEmpty())
            b.field->setUnit(
                QCoreApplication::translate("ScenarioEditor", "%1 %2").arg(money, trs(b.spec->unit)));
        else if (b.spec->section == EditorSection::Cost)
            b.field->setUnit(trs(b.spec->unit));
        if (b.spec->section == EditorSection::Embodied)
            b.field->setEnabled(s.embodied.include);
    }
}

void ScenarioEditor::Private::refreshDefault(const NumberBinding& b, const Estimate& e)
{
    const EditorFieldSpec& spec = *b.spec;
    const Assumption* a = *spec.assumptionKey ? e.assumption(spec.assumptionKey) : nullptr;
    if (a && a->value && a->origin != Origin::User) {
        const QString value = formatEditorNumber(*a->value, QLocale());
        return b.field->setDefault(
            value, originTag(a->origin),
            QCoreApplication::translate("ScenarioEditor", "In use while empty: %1 (%2, %3)")
                .arg(value, assumptionName(*a), sourceText(a->source)));
    }
    if (spec.fallback) {
        const QString value = formatEditorNumber(*spec.fallback, QLocale());
        return b.field->setDefault(
            value, QCoreApplication::translate("ScenarioEditor", "default"),
            QCoreApplication::translate("ScenarioEditor", "In use while empty: %1 (%2)")
                .arg(value, trs(spec.fallbackSource)));
    }
    const QString empty =
        *spec.emptyText ? trs(spec.emptyText) : QCoreApplication::translate("ScenarioEditor", "not set");
    if (*spec.fallbackSource)
        return b.field->setDefault(empty, QCoreApplication::translate("ScenarioEditor", "default"),
                                   QCoreApplication::translate("ScenarioEditor", "In use while empty: %1")
                                       .arg(trs(spec.fallbackSource)));
    b.field->setDefault(empty, QCoreApplication::translate("ScenarioEditor", "not set"), {});
}

void ScenarioEditor::Private::refreshTexts(const Scenario& s)
{
    if (name->text() != qs(s.name))
        name->setText(qs(s.name));
    if (description->toPlainText() != qs(s.description))
        description->setPlainText(qs(s.description));
    if (currency->text() != qs(s.cost.currency))
        currency->setText(qs(s.cost.currency));
    const QSignalBlocker blockResume(resume);
    resume->setChecked(s.search.resume);
    const QSignalBlocker blockInclude(embodiedInclude);
    embodiedInclude->setChecked(s.embodied.include);
}

void ScenarioEditor::Private::refreshPickers(const Scenario& s)
{
    model->setCurrentId(qs(s.workload.model));
    device->setCurrentId(qs(s.hardware.device));
    region->setCurrentId(qs(s.facility.region));
}

void ScenarioEditor::Private::refreshPrecision(const Scenario& s, const Estimate& e)
{
    const std::optional<DeviceRecord> record =
        s.hardware.device.empty() ? std::nullopt : context.catalog->device(s.hardware.device);
    const Assumption* used = e.assumption("precision");
    const QSignalBlocker blocker(precision);
    precision->clear();
    precision->addItem(
        used && !s.hardware.precision
            ? QCoreApplication::translate("ScenarioEditor", "Automatic (%1)").arg(qs(used->text))
            : QCoreApplication::translate("ScenarioEditor", "Automatic"),
        QString());
    for (const Precision p : kAllPrecisions)
        precision->addItem(precisionLabel(p, record), qs(std::string(toString(p))));
    const QString chosen =
        s.hardware.precision ? qs(std::string(toString(*s.hardware.precision))) : QString();
    precision->setCurrentIndex(std::max(0, precision->findData(chosen)));
}

void ScenarioEditor::Private::refreshIntensitySources(const Scenario& s)
{
    const std::string grid = gridRegionOf(*context.catalog, s.facility.region);
    QStringList ids;
    for (const IntensityRecord& r : context.catalog->intensityHistory(grid))
        ids << qs(r.source);
    if (!s.facility.intensitySource.empty())
        ids << qs(s.facility.intensitySource);
    ids.removeDuplicates();
    const QSignalBlocker blocker(intensitySource);
    intensitySource->clear();
    intensitySource->addItem(QCoreApplication::translate("ScenarioEditor", "Primary series (default)"),
                             QString());
    for (const QString& id : ids)
        intensitySource->addItem(citation(*context.catalog, id.toStdString()), id);
    intensitySource->setCurrentIndex(std::max(0, intensitySource->findData(qs(s.facility.intensitySource))));
}

void ScenarioEditor::Private::refreshGridSizes(const Scenario& s)
{
    const std::vector<double>& values = s.search.gridSizes;
    const ParsedList shown = parseEditorList(gridSizes->text(), QLocale());
    const bool unchanged = values == gridValues;
    gridValues = values;
    if (shown.ok && shown.values == values)
        return gridInputError.clear();
    if (unchanged && (gridSizes->hasFocus() || !gridInputError.isEmpty()))
        return;
    gridSizes->setText(formatEditorList(values, QLocale()));
    gridInputError.clear();
}

void ScenarioEditor::Private::refreshSearch(const Scenario& s, const Estimate& e)
{
    const QSignalBlocker blocker(method);
    method->setCurrentIndex(std::max(0, method->findData(int(s.search.method))));
    refreshGridSizes(s);
    const SearchMethod m = s.search.method;
    const bool trialsLike = m == SearchMethod::Trials || m == SearchMethod::Random;
    const bool halving = m == SearchMethod::SuccessiveHalving || m == SearchMethod::Hyperband;
    blocks.grid->setVisible(m == SearchMethod::Grid);
    blocks.trials->setVisible(trialsLike);
    blocks.configurations->setVisible(m == SearchMethod::SuccessiveHalving);
    blocks.fraction->setVisible(trialsLike || m == SearchMethod::Grid);
    blocks.halving->setVisible(halving);
    blocks.equivalent->setVisible(trialsLike);
    searchInfo->setText(
        QCoreApplication::translate("ScenarioEditor", "Trials: %1 · search compute: %2 (in full runs)")
            .arg(formatScientific(e.searchBudget.trials, QLocale()),
                 formatScientific(e.searchBudget.equivalentRuns, QLocale())));
}

void ScenarioEditor::Private::refreshInfo(const Scenario& s, const Estimate& e)
{
    const Catalog& catalog = *context.catalog;
    const auto preset = s.workload.model.empty() ? std::nullopt : catalog.model(s.workload.model);
    modelInfo->setText(preset ? modelSummary(catalog, *preset) : QString());
    modelInfo->setVisible(preset.has_value());
    const auto chip = s.hardware.device.empty() ? std::nullopt : catalog.device(s.hardware.device);
    deviceInfo->setText(chip ? deviceSummary(catalog, *chip) : QString());
    deviceInfo->setVisible(chip.has_value());
    const QString where = regionSummary(catalog, s.facility);
    regionInfo->setText(where);
    regionInfo->setVisible(!where.isEmpty());
    const DisplayFormat format = context.settings ? context.settings->displayFormat() : DisplayFormat();
    const ComputeBreakdown& c = e.compute;
    QString text = e.inputs.trainingFlops > 0.0 ? format.flops(e.inputs.trainingFlops)
                                                : QCoreApplication::translate("ScenarioEditor", "unknown");
    if (c.simpleFlops > 0.0 && !s.workload.trainingFlops)
        text += QCoreApplication::translate("ScenarioEditor", " = %1 × %2 × %3 (k × N × D)")
                    .arg(formatScientific(c.flopsPerParameterToken, QLocale()),
                         formatScientific(c.parameters, QLocale()), formatScientific(c.tokens, QLocale()));
    if (c.architectureFlops > 0.0)
        text += QCoreApplication::translate("ScenarioEditor", "; with the attention term %1 (reported only)")
                    .arg(format.flops(c.architectureFlops));
    computeInfo->setText(text);
}

QString ScenarioEditor::Private::routeOf(const std::string& path) const
{
    QString p = qs(path);
    while (!p.isEmpty()) {
        if (messageLabels.count(p))
            return p;
        for (const NumberBinding& b : numbers) {
            if (p == QLatin1StringView(b.spec->path))
                return p;
        }
        p.truncate(std::max<qsizetype>(0, p.lastIndexOf(QLatin1Char('/'))));
    }
    return QLatin1StringView(sectionPath(sectionOfPath(path)));
}

void ScenarioEditor::Private::refreshMessages(const Estimate& e)
{
    std::map<QString, QList<EditorMessage>> byPath;
    if (!gridInputError.isEmpty())
        byPath[QLatin1StringView(EditorPath::kGridSizes)].append({true, gridInputError});
    for (const Diagnostic& d : e.diagnostics)
        byPath[routeOf(d.path)].append({d.severity == Severity::Error, diagnosticText(d)});
    for (const NumberBinding& b : numbers) {
        const auto it = byPath.find(QLatin1StringView(b.spec->path));
        b.field->setMessages(it == byPath.end() ? QList<EditorMessage>() : it->second);
    }
    for (const auto& [path, label] : messageLabels) {
        const auto it = byPath.find(path);
        label->setMessages(it == byPath.end() ? QList<EditorMessage>() : it->second);
    }
}

// --- editing -----------------------------------------------------------------------

template<class Change>
void ScenarioEditor::Private::edit(const QString& field, Change change)
{
    if (updating || !hasScenario())
        return;
    Scenario updated = document->scenario(current);
    change(updated);
    Command::editScenario(document, current, std::move(updated), field);
}

void ScenarioEditor::Private::onNumberEdited(const EditorFieldSpec& spec, std::optional<double> value)
{
    edit(QLatin1StringView(spec.name), [&](Scenario& s) { spec.set(s, value); });
}

void ScenarioEditor::Private::onRangeEdited(const EditorFieldSpec& spec, std::optional<InputRange> range)
{
    edit(QLatin1StringView(spec.name) + QStringLiteral(".range"), [&](Scenario& s) {
        if (range)
            s.ranges[spec.path] = *range;
        else
            s.ranges.erase(spec.path);
    });
}

void ScenarioEditor::Private::onNameEdited(const QString& text)
{
    edit(QStringLiteral("name"), [&](Scenario& s) { s.name = text.toStdString(); });
}

void ScenarioEditor::Private::onDescriptionChanged()
{
    const std::string text = description->toPlainText().toStdString();
    edit(QStringLiteral("description"), [&](Scenario& s) { s.description = text; });
}

void ScenarioEditor::Private::onModelChosen(const QString& id)
{
    edit(QStringLiteral("workload.model"), [&](Scenario& s) { s.workload.model = id.toStdString(); });
}

void ScenarioEditor::Private::onDeviceChosen(const QString& id)
{
    edit(QStringLiteral("hardware.device"), [&](Scenario& s) { s.hardware.device = id.toStdString(); });
}

void ScenarioEditor::Private::onRegionChosen(const QString& id)
{
    edit(QStringLiteral("facility.region"), [&](Scenario& s) { s.facility.region = id.toStdString(); });
}

void ScenarioEditor::Private::onPrecisionActivated(int row)
{
    const std::string text = precision->itemData(row).toString().toStdString();
    edit(QStringLiteral("hardware.precision"),
         [&](Scenario& s) { s.hardware.precision = precisionFromString(text); });
}

void ScenarioEditor::Private::onIntensitySourceActivated(int row)
{
    const std::string id = intensitySource->itemData(row).toString().toStdString();
    edit(QStringLiteral("facility.intensitySource"), [&](Scenario& s) { s.facility.intensitySource = id; });
}

void ScenarioEditor::Private::onMethodActivated(int row)
{
    const auto value = static_cast<SearchMethod>(method->itemData(row).toInt());
    edit(QStringLiteral("search.method"), [&](Scenario& s) { s.search.method = value; });
}

void ScenarioEditor::Private::onGridSizesEdited(const QString& text)
{
    const ParsedList parsed = parseEditorList(text, QLocale());
    gridInputError = parsed.ok ? QString() : parsed.error;
    if (parsed.ok)
        edit(QStringLiteral("search.gridSizes"), [&](Scenario& s) { s.search.gridSizes = parsed.values; });
    if (hasScenario())
        refreshMessages(document->estimate(current));
}

void ScenarioEditor::Private::onResumeClicked(bool checked)
{
    edit(QStringLiteral("search.resume"), [&](Scenario& s) { s.search.resume = checked; });
}

void ScenarioEditor::Private::onEmbodiedClicked(bool checked)
{
    edit(QStringLiteral("embodied.include"), [&](Scenario& s) { s.embodied.include = checked; });
}

void ScenarioEditor::Private::onCurrencyEdited(const QString& text)
{
    edit(QStringLiteral("cost.currency"), [&](Scenario& s) { s.cost.currency = text.toStdString(); });
}

// --- ScenarioEditor --------------------------------------------------------------------

ScenarioEditor::ScenarioEditor(const AppContext& context, QWidget* parent)
    : QWidget(parent)
    , d(new Private(this, context))
{
    d->current = context.document->count() > 0 ? 0 : -1;
    d->build();
    d->refresh();
}

ScenarioEditor::~ScenarioEditor()
{
    delete d;
}

int ScenarioEditor::currentScenario() const
{
    return d->current;
}

void ScenarioEditor::setCurrentScenario(int index)
{
    d->current = index >= 0 && index < d->document->count() ? index : -1;
    d->refresh();
}

} // namespace aicarbon
