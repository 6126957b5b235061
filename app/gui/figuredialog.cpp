// SPDX-License-Identifier: GPL-3.0-or-later
#include "figuredialog.h"
#include "figurespec.h"
#include "scenariouncertainty.h"

#include "figurebuilder.h"
#include "figureexport.h"
#include "scenariodocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>

namespace aicarbon {

namespace {

/// The figure's data with the intervals the app shows (error bars), as in the Compare view.
FigureData dialogFigureData(const AppContext& context, const FigureSpec& spec)
{
    FigureData data = figureData(*context.document, spec);
    if (context.uncertainty)
        setFigureIntervals(data, context.uncertainty->finishedResults());
    return data;
}

constexpr int kCustomSize = -1; // data of the "Custom" size entry

QComboBox* comboOf(QWidget* parent, const QString& name, const QList<std::pair<QString, int>>& items)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(name);
    for (const auto& [text, value] : items)
        combo->addItem(text, value);
    return combo;
}

QDoubleSpinBox* lengthBox(QWidget* parent, const QString& name)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    return box;
}

/// Shows `mm` in a length box in the unit of `mmPerUnit` (1 for mm, 25.4 for in).
void showLength(QDoubleSpinBox* box, double mm, double mmPerUnit)
{
    const QSignalBlocker blocker(box);
    const bool inches = mmPerUnit > 1.0;
    box->setDecimals(inches ? 2 : 1);
    box->setSuffix(inches ? QStringLiteral(" in") : QStringLiteral(" mm"));
    box->setRange(10.0 / mmPerUnit, 1000.0 / mmPerUnit);
    box->setValue(mm / mmPerUnit);
}

void select(QComboBox* combo, int value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

} // namespace

struct FigureDialog::Private : QObject
{
    Private(FigureDialog* dialog, const AppContext& context);
    static QString tr(const char* text) { return FigureDialog::tr(text); }

    void buildControls(QFormLayout* form);
    void buildSizeRow(QFormLayout* form);
    void load(const FigureSpec& spec);
    void onPresetChanged();
    void onSizeEdited();
    void showSize();
    void updateEnabled();
    void updatePreview();
    void chooseFileAndExport();

    FigureDialog* q;
    AppContext context;
    QComboBox* chart = nullptr;
    QComboBox* metric = nullptr;
    QComboBox* scenario = nullptr;
    QComboBox* preset = nullptr;
    QDoubleSpinBox* width = nullptr;
    QDoubleSpinBox* height = nullptr;
    QComboBox* lengthUnit = nullptr;
    FigureSize sizeMm; // what width and height show, in mm
    QSpinBox* dpi = nullptr;
    QFontComboBox* font = nullptr;
    QDoubleSpinBox* fontSize = nullptr;
    QComboBox* palette = nullptr;
    QCheckBox* titleCheck = nullptr;
    QLineEdit* title = nullptr;
    QComboBox* legend = nullptr;
    QLabel* preview = nullptr;
    QLabel* sizeNote = nullptr;
    QImage image;
    FigureSpec hidden; // what the dialog does not edit (unit, region count)
};

FigureDialog::Private::Private(FigureDialog* dialog, const AppContext& ctx)
    : QObject(dialog)
    , q(dialog)
    , context(ctx)
{ }

void FigureDialog::Private::buildControls(QFormLayout* form)
{
    chart = comboOf(q, QStringLiteral("chart"),
                    {{tr("Comparison of one quantity"), int(FigureChart::Compare)},
                     {tr("Emissions by component"), int(FigureChart::Breakdown)},
                     {tr("Region ranking"), int(FigureChart::Regions)},
                     {tr("Devices: time against emissions"), int(FigureChart::Devices)}});
    metric = comboOf(q, QStringLiteral("metric"),
                     {{tr("Emissions"), int(FigureMetric::Emissions)},
                      {tr("Facility energy"), int(FigureMetric::Energy)},
                      {tr("Wall-clock time"), int(FigureMetric::Time)},
                      {tr("Cost"), int(FigureMetric::Cost)}});
    scenario = comboOf(q, QStringLiteral("scenario"), {});
    for (int i = 0; i < context.document->count(); ++i)
        scenario->addItem(QString::fromStdString(context.document->scenario(i).name), i);
    form->addRow(tr("&Chart:"), chart);
    form->addRow(tr("&Quantity:"), metric);
    form->addRow(tr("&Scenario:"), scenario);
    buildSizeRow(form);
    dpi = new QSpinBox(q);
    dpi->setObjectName(QStringLiteral("dpi"));
    dpi->setRange(72, 2400);
    dpi->setSuffix(tr(" dpi (PNG)"));
    font = new QFontComboBox(q);
    font->setObjectName(QStringLiteral("font"));
    fontSize = new QDoubleSpinBox(q);
    fontSize->setObjectName(QStringLiteral("fontSize"));
    fontSize->setRange(4.0, 72.0);
    fontSize->setDecimals(1);
    fontSize->setSuffix(tr(" pt"));
    palette = comboOf(q, QStringLiteral("palette"),
                      {{tr("Okabe–Ito (colour-blind safe)"), int(PaletteKind::OkabeIto)},
                       {tr("Grayscale with hatching (print)"), int(PaletteKind::Grayscale)},
                       {tr("Viridis (colour-blind safe, by lightness)"), int(PaletteKind::Viridis)},
                       {tr("Tol bright (colour-blind safe)"), int(PaletteKind::TolBright)}});
    titleCheck = new QCheckBox(tr("&Title:"), q);
    title = new QLineEdit(q);
    title->setObjectName(QStringLiteral("title"));
    legend = comboOf(q, QStringLiteral("legend"),
                     {{tr("Above the chart"), int(LegendPosition::Top)},
                      {tr("Right of the chart"), int(LegendPosition::Right)},
                      {tr("None"), int(LegendPosition::None)}});
    form->addRow(tr("&Resolution:"), dpi);
    form->addRow(tr("&Font:"), font);
    form->addRow(tr("Font si&ze:"), fontSize);
    form->addRow(tr("&Palette:"), palette);
    form->addRow(titleCheck, title);
    form->addRow(tr("&Legend:"), legend);
}

void FigureDialog::Private::buildSizeRow(QFormLayout* form)
{
    const auto presetWidth = [](int index) {
        return QLocale().toString(figurePresets().at(index).size.widthMm);
    };
    preset = comboOf(
        q, QStringLiteral("sizePreset"),
        {{tr("Single column (%1 mm)").arg(presetWidth(0)), 0},
         {tr("%1 column (%2 mm)").arg(QLocale().toString(1.5), presetWidth(1)), 1},
         {tr("Double column (%1 mm)").arg(presetWidth(2)), 2},
         {tr("Slide %1:%2 (%3 mm)").arg(QLocale().toString(16), QLocale().toString(9), presetWidth(3)), 3},
         {tr("Custom"), kCustomSize}});
    width = lengthBox(q, QStringLiteral("width"));
    height = lengthBox(q, QStringLiteral("height"));
    lengthUnit = new QComboBox(q);
    lengthUnit->setObjectName(QStringLiteral("lengthUnit"));
    lengthUnit->addItem(tr("mm"), 1.0);
    lengthUnit->addItem(tr("in"), kMillimetresPerInch);
    auto* row = new QHBoxLayout;
    row->addWidget(preset);
    row->addWidget(width);
    row->addWidget(new QLabel(QStringLiteral("×"), q));
    row->addWidget(height);
    row->addWidget(lengthUnit);
    sizeNote = new QLabel(q);
    sizeNote->setObjectName(QStringLiteral("sizeNote"));
    form->addRow(tr("Size:"), row);
    form->addRow(QString(), sizeNote);
}

void FigureDialog::Private::load(const FigureSpec& spec)
{
    hidden = spec;
    select(chart, int(spec.chart));
    select(metric, int(spec.metric));
    select(scenario, spec.scenario);
    sizeMm = spec.size;
    showSize();
    select(preset, kCustomSize);
    const auto& presets = figurePresets();
    for (std::size_t i = 0; i < presets.size(); ++i) {
        if (presets[i].size.widthMm == spec.size.widthMm && presets[i].size.heightMm == spec.size.heightMm)
            select(preset, int(i));
    }
    dpi->setValue(spec.dpi);
    font->setCurrentFont(QFont(spec.fontFamily));
    fontSize->setValue(spec.fontPoints);
    select(palette, int(spec.palette));
    titleCheck->setChecked(!spec.title.isEmpty());
    title->setText(spec.title);
    select(legend, int(spec.legend));
}

void FigureDialog::Private::onPresetChanged()
{
    const int i = preset->currentData().toInt();
    if (i != kCustomSize) {
        sizeMm = figurePresets()[std::size_t(i)].size;
        showSize();
    }
    updatePreview();
}

void FigureDialog::Private::onSizeEdited()
{
    const double mmPerUnit = lengthUnit->currentData().toDouble();
    sizeMm = {width->value() * mmPerUnit, height->value() * mmPerUnit};
    updatePreview();
}

void FigureDialog::Private::showSize()
{
    showLength(width, sizeMm.widthMm, lengthUnit->currentData().toDouble());
    showLength(height, sizeMm.heightMm, lengthUnit->currentData().toDouble());
}

void FigureDialog::Private::updateEnabled()
{
    const auto kind = FigureChart(chart->currentData().toInt());
    metric->setEnabled(kind == FigureChart::Compare);
    scenario->setEnabled(kind == FigureChart::Regions || kind == FigureChart::Devices);
    width->setEnabled(preset->currentData().toInt() == kCustomSize);
    height->setEnabled(width->isEnabled());
    title->setEnabled(titleCheck->isChecked());
}

void FigureDialog::Private::updatePreview()
{
    updateEnabled();
    const FigureSpec s = q->spec();
    if (context.document->count() == 0
        || (s.scenario < 0 && (s.chart == FigureChart::Regions || s.chart == FigureChart::Devices))) {
        image = QImage();
        preview->setText(tr("The project has no scenario to draw."));
        return;
    }
    const Figure figure(dialogFigureData(context, s), s);
    const qreal ratio = q->devicePixelRatioF();
    image = figureImage(figure, figure.pixelSize(figure.deviceDpi() * ratio));
    image.setDevicePixelRatio(ratio);
    preview->setPixmap(QPixmap::fromImage(image));
    sizeNote->setText(tr("%1 × %2 mm = %3 × %4 in; PNG %5 × %6 pixels")
                          .arg(s.size.widthMm, 0, 'f', 1)
                          .arg(s.size.heightMm, 0, 'f', 1)
                          .arg(s.size.widthMm / kMillimetresPerInch, 0, 'f', 2)
                          .arg(s.size.heightMm / kMillimetresPerInch, 0, 'f', 2)
                          .arg(figurePixels(s.size.widthMm, s.dpi))
                          .arg(figurePixels(s.size.heightMm, s.dpi)));
}

void FigureDialog::Private::chooseFileAndExport()
{
    const QString path = QFileDialog::getSaveFileName(q, tr("Export Figure"), QString(),
                                                      tr("PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)"));
    if (!path.isEmpty() && q->exportTo(path))
        q->accept();
}

FigureDialog::FigureDialog(const AppContext& context, const FigureSpec& preset, QWidget* parent)
    : QDialog(parent)
    , d(new Private(this, context))
{
    setWindowTitle(tr("Export Figure"));
    auto* form = new QFormLayout;
    d->buildControls(form);
    d->preview = new QLabel(this);
    d->preview->setObjectName(QStringLiteral("preview"));
    d->preview->setAlignment(Qt::AlignCenter);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(d->preview);
    scroll->setWidgetResizable(true);
    scroll->setMinimumSize(420, 300);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    auto* columns = new QHBoxLayout;
    columns->addLayout(form);
    columns->addWidget(scroll, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);
    d->load(preset);
    connect(buttons, &QDialogButtonBox::accepted, d, &Private::chooseFileAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(d->preset, &QComboBox::currentIndexChanged, d, &Private::onPresetChanged);
    for (QComboBox* combo : {d->chart, d->metric, d->scenario, d->palette, d->legend})
        connect(combo, &QComboBox::currentIndexChanged, d, &Private::updatePreview);
    for (QDoubleSpinBox* box : {d->width, d->height})
        connect(box, &QDoubleSpinBox::valueChanged, d, &Private::onSizeEdited);
    connect(d->fontSize, &QDoubleSpinBox::valueChanged, d, &Private::updatePreview);
    connect(d->lengthUnit, &QComboBox::currentIndexChanged, d, &Private::showSize);
    connect(d->dpi, &QSpinBox::valueChanged, d, &Private::updatePreview);
    connect(d->font, &QFontComboBox::currentFontChanged, d, &Private::updatePreview);
    connect(d->titleCheck, &QCheckBox::toggled, d, &Private::updatePreview);
    connect(d->title, &QLineEdit::textChanged, d, &Private::updatePreview);
    d->updatePreview();
}

FigureDialog::~FigureDialog() = default;

FigureSpec FigureDialog::spec() const
{
    FigureSpec s = d->hidden;
    s.chart = FigureChart(d->chart->currentData().toInt());
    s.metric = FigureMetric(d->metric->currentData().toInt());
    s.scenario = d->scenario->currentIndex();
    s.size = d->sizeMm;
    s.dpi = d->dpi->value();
    s.fontFamily = d->font->currentFont().family();
    s.fontPoints = d->fontSize->value();
    s.palette = PaletteKind(d->palette->currentData().toInt());
    s.title = d->titleCheck->isChecked() ? d->title->text() : QString();
    s.legend = LegendPosition(d->legend->currentData().toInt());
    s.unit = s.metric == d->hidden.metric ? d->hidden.unit : QString(); // the preset's unit fits its metric
    return s;
}

QImage FigureDialog::previewImage() const
{
    return d->image;
}

bool FigureDialog::exportTo(const QString& path, bool quiet)
{
    const FigureSpec s = spec();
    const Figure figure(dialogFigureData(d->context, s), s);
    const QString error = exportFigure(figure, path);
    if (!error.isEmpty() && !quiet)
        QMessageBox::warning(this, tr("Export Figure"), error);
    return error.isEmpty();
}

} // namespace aicarbon
