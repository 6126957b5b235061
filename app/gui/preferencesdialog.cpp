// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"
#include "displayformat.h"

#include "appsettings.h"
#include "defaults.h"
#include "languages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace aicarbon {

namespace {

constexpr int kSwatchCount = 6;
constexpr int kSwatchSize = 14;

/// A row of the palette's first colours, as scenarios get them.
QPixmap swatches(PaletteKind kind, int size, qreal devicePixelRatio)
{
    const int gap = size / 4;
    QPixmap pixmap(QSize(kSwatchCount * (size + gap) - gap, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0, 0, 0, 90));
    for (int slot = 0; slot < kSwatchCount; ++slot) {
        painter.setBrush(scenarioColor(slot, kind));
        painter.drawRect(QRectF(slot * (size + gap) + 0.5, 0.5, size - 1.0, size - 1.0));
    }
    return pixmap;
}

QString localNumber(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

/// A number in the UI locale, or with '.' as decimal point; nullopt and !ok when not one.
std::optional<double> parseNumber(const QString& text, bool* ok)
{
    const QString trimmed = text.trimmed();
    *ok = true;
    if (trimmed.isEmpty())
        return std::nullopt;
    double value = QLocale().toDouble(trimmed, ok);
    if (!*ok)
        value = QLocale::c().toDouble(trimmed, ok);
    return *ok ? std::optional<double>(value) : std::nullopt;
}

QLabel* messageLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #B00020;"));
    label->setVisible(false);
    return label;
}

QLabel* noteLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}

} // namespace

struct PreferencesDialog::Private
{
    PreferencesDialog* q;
    AppSettings* settings;
    QComboBox* mass = nullptr;
    QComboBox* energy = nullptr;
    QComboBox* palette = nullptr;
    QLabel* palettePreview = nullptr;
    QLineEdit* mfu = nullptr;
    QLabel* mfuMessage = nullptr;
    QLabel* mfuNote = nullptr;
    QLineEdit* pue = nullptr;
    QLabel* pueMessage = nullptr;
    QLabel* pueNote = nullptr;
    QComboBox* language = nullptr;
    QCheckBox* showUncertainty = nullptr;
    QCheckBox* defaultRanges = nullptr;
    QPushButton* ok = nullptr;

    QGroupBox* buildUnits();
    QGroupBox* buildCharts();
    QGroupBox* buildDefaults();
    QGroupBox* buildLanguage();
    QGroupBox* buildUncertainty();
    void load();
    void restoreDefaults();
    void showPalette();
    bool validate();
    std::optional<double> mfuValue(bool* ok) const;
    std::optional<double> pueValue(bool* ok) const;
    void apply();
};

PreferencesDialog::PreferencesDialog(AppSettings* settings, QWidget* parent)
    : QDialog(parent)
    , d(new Private {this, settings})
{
    setWindowTitle(tr("Preferences"));
    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    d->ok = buttons->button(QDialogButtonBox::Ok);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(d->buildUnits());
    layout->addWidget(d->buildCharts());
    layout->addWidget(d->buildDefaults());
    layout->addWidget(d->buildUncertainty());
    layout->addWidget(d->buildLanguage());
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(600);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { d->restoreDefaults(); });
    connect(d->palette, &QComboBox::currentIndexChanged, this, [this] { d->showPalette(); });
    connect(d->mfu, &QLineEdit::textChanged, this, [this] { d->validate(); });
    connect(d->pue, &QLineEdit::textChanged, this, [this] { d->validate(); });
    d->load();
}

PreferencesDialog::~PreferencesDialog()
{
    delete d;
}

QGroupBox* PreferencesDialog::Private::buildUnits()
{
    auto* box = new QGroupBox(tr("Units"), q);
    mass = new QComboBox(box);
    mass->setObjectName(QStringLiteral("massUnit"));
    mass->addItem(tr("Automatic (g, kg, t or kt by size)"), static_cast<int>(MassUnit::Automatic));
    mass->addItem(tr("Kilograms (kg)"), static_cast<int>(MassUnit::Kilograms));
    mass->addItem(tr("Tonnes (t)"), static_cast<int>(MassUnit::Tonnes));
    mass->addItem(tr("Pounds (lb)"), static_cast<int>(MassUnit::Pounds));
    energy = new QComboBox(box);
    energy->setObjectName(QStringLiteral("energyUnit"));
    energy->addItem(tr("Automatic (kWh, MWh, GWh or TWh by size)"), static_cast<int>(EnergyUnit::Automatic));
    energy->addItem(tr("Kilowatt-hours (kWh)"), static_cast<int>(EnergyUnit::KilowattHours));
    energy->addItem(tr("Megawatt-hours (MWh)"), static_cast<int>(EnergyUnit::MegawattHours));
    auto* form = new QFormLayout(box);
    form->addRow(tr("&Mass of CO₂e:"), mass);
    form->addRow(tr("&Energy:"), energy);
    return box;
}

QGroupBox* PreferencesDialog::Private::buildCharts()
{
    auto* box = new QGroupBox(tr("Charts"), q);
    palette = new QComboBox(box);
    palette->setObjectName(QStringLiteral("palette"));
    const qreal ratio = q->devicePixelRatioF();
    palette->setIconSize(swatches(PaletteKind::OkabeIto, kSwatchSize, 1.0).size());
    palette->addItem(QIcon(swatches(PaletteKind::OkabeIto, kSwatchSize, ratio)),
                     tr("Okabe–Ito (colour-blind safe)"), static_cast<int>(PaletteKind::OkabeIto));
    palette->addItem(QIcon(swatches(PaletteKind::TolBright, kSwatchSize, ratio)),
                     tr("Tol bright (colour-blind safe)"), static_cast<int>(PaletteKind::TolBright));
    palette->addItem(QIcon(swatches(PaletteKind::Grayscale, kSwatchSize, ratio)), tr("Grayscale (for print)"),
                     static_cast<int>(PaletteKind::Grayscale));
    palettePreview = new QLabel(box);
    palettePreview->setObjectName(QStringLiteral("palettePreview"));
    auto* form = new QFormLayout(box);
    form->addRow(tr("Scenario &colours:"), palette);
    form->addRow(QString(), palettePreview);
    return box;
}

QGroupBox* PreferencesDialog::Private::buildUncertainty()
{
    auto* box = new QGroupBox(tr("Uncertainty"), q);
    showUncertainty = new QCheckBox(tr("&Show %1% intervals, error bars and the sensitivity of each scenario")
                                        .arg(QLocale().toString(kIntervalPercent)),
                                    box);
    showUncertainty->setObjectName(QStringLiteral("showUncertainty"));
    defaultRanges = new QCheckBox(tr("Give inputs left at their defaults a documented &range"), box);
    defaultRanges->setObjectName(QStringLiteral("defaultRanges"));
    defaultRanges->setToolTip(
        tr("MFU %1–%2, power %3–%4 % of TDP, host power up to the DGX nameplate "
           "share, grid intensity across catalog sources (methodology §13.2). Off: only "
           "the ranges you give count.")
            .arg(localNumber(0.20), localNumber(0.46), localNumber(60), localNumber(100)));
    auto* column = new QVBoxLayout(box);
    column->addWidget(showUncertainty);
    column->addWidget(defaultRanges);
    connect(showUncertainty, &QCheckBox::toggled, defaultRanges, &QWidget::setEnabled);
    return box;
}

QGroupBox* PreferencesDialog::Private::buildDefaults()
{
    auto* box = new QGroupBox(tr("Defaults for new scenarios"), q);
    mfu = new QLineEdit(box);
    mfu->setObjectName(QStringLiteral("defaultMfu"));
    mfu->setPlaceholderText(tr("engine default (%1)").arg(localNumber(defaults::kMfu.value)));
    mfuMessage = messageLabel(QStringLiteral("defaultMfuMessage"), box);
    pue = new QLineEdit(box);
    pue->setObjectName(QStringLiteral("defaultPue"));
    pue->setPlaceholderText(tr("from the catalog"));
    pueMessage = messageLabel(QStringLiteral("defaultPueMessage"), box);
    mfuNote = noteLabel(tr("Empty: the engine's default, %1 (Llama 3 measured %2–%3 % on H100).")
                            .arg(localNumber(defaults::kMfu.value), localNumber(38), localNumber(43)),
                        box);
    pueNote = noteLabel(tr("Empty: the provider's PUE from the catalog, else the world average %1 (Uptime "
                           "Institute 2024).")
                            .arg(localNumber(defaults::kPue.value)),
                        box);
    // A problem replaces the note under its field (one line in place of two: no jump).
    auto* form = new QFormLayout(box);
    form->addRow(tr("Model FLOPs &utilization:"), mfu);
    form->addRow(QString(), mfuMessage);
    form->addRow(QString(), mfuNote);
    form->addRow(tr("&PUE:"), pue);
    form->addRow(QString(), pueMessage);
    form->addRow(QString(), pueNote);
    return box;
}

// Exactly the shipped languages, each by its name in itself; applied on OK, no restart.
QGroupBox* PreferencesDialog::Private::buildLanguage()
{
    auto* box = new QGroupBox(tr("Language"), q);
    language = new QComboBox(box);
    language->setObjectName(QStringLiteral("language"));
    for (const Language& shipped : Languages::available())
        language->addItem(shipped.nativeName, shipped.code);
    auto* form = new QFormLayout(box);
    form->addRow(tr("&Language:"), language);
    return box;
}

void PreferencesDialog::Private::load()
{
    if (!settings)
        return;
    mass->setCurrentIndex(std::max(0, mass->findData(static_cast<int>(settings->massUnit()))));
    energy->setCurrentIndex(std::max(0, energy->findData(static_cast<int>(settings->energyUnit()))));
    palette->setCurrentIndex(std::max(0, palette->findData(static_cast<int>(settings->palette()))));
    const std::optional<double> defaultMfu = settings->defaultMfu();
    mfu->setText(defaultMfu ? localNumber(*defaultMfu) : QString());
    const std::optional<double> defaultPue = settings->defaultPue();
    pue->setText(defaultPue ? localNumber(*defaultPue) : QString());
    showUncertainty->setChecked(settings->showUncertainty());
    defaultRanges->setChecked(settings->includeDefaultRanges());
    defaultRanges->setEnabled(showUncertainty->isChecked());
    language->setCurrentIndex(std::max(0, language->findData(Languages::current())));
    showPalette();
    validate();
}

void PreferencesDialog::Private::restoreDefaults()
{
    mass->setCurrentIndex(0);
    energy->setCurrentIndex(0);
    palette->setCurrentIndex(0);
    mfu->clear();
    pue->clear();
    showUncertainty->setChecked(true);
    defaultRanges->setChecked(true);
    language->setCurrentIndex(std::max(0, language->findData(Languages::resolve(QString()))));
}

void PreferencesDialog::Private::showPalette()
{
    const auto kind = static_cast<PaletteKind>(palette->currentData().toInt());
    palettePreview->setPixmap(swatches(kind, 2 * kSwatchSize, q->devicePixelRatioF()));
}

std::optional<double> PreferencesDialog::Private::mfuValue(bool* valid) const
{
    const std::optional<double> value = parseNumber(mfu->text(), valid);
    *valid = *valid && (!value || (*value > 0.0 && *value <= 1.0));
    return value;
}

std::optional<double> PreferencesDialog::Private::pueValue(bool* valid) const
{
    const std::optional<double> value = parseNumber(pue->text(), valid);
    *valid = *valid && (!value || *value >= 1.0);
    return value;
}

// Only what changed is written, so that AppSettings::changed (and the views' refresh it
// causes) follows real changes.
void PreferencesDialog::Private::apply()
{
    bool valid = true;
    const auto massUnit = static_cast<MassUnit>(mass->currentData().toInt());
    if (massUnit != settings->massUnit())
        settings->setMassUnit(massUnit);
    const auto energyUnit = static_cast<EnergyUnit>(energy->currentData().toInt());
    if (energyUnit != settings->energyUnit())
        settings->setEnergyUnit(energyUnit);
    const auto kind = static_cast<PaletteKind>(palette->currentData().toInt());
    if (kind != settings->palette())
        settings->setPalette(kind);
    if (const std::optional<double> value = mfuValue(&valid); value != settings->defaultMfu())
        settings->setDefaultMfu(value);
    if (const std::optional<double> value = pueValue(&valid); value != settings->defaultPue())
        settings->setDefaultPue(value);
    if (showUncertainty->isChecked() != settings->showUncertainty())
        settings->setShowUncertainty(showUncertainty->isChecked());
    if (defaultRanges->isChecked() != settings->includeDefaultRanges())
        settings->setIncludeDefaultRanges(defaultRanges->isChecked());
    // Left as shown, the setting stays as it was (empty: follow the system); a new choice
    // is saved and applied at once, no restart.
    if (const QString code = language->currentData().toString(); code != Languages::current()) {
        settings->setLanguage(code);
        Languages::apply(code);
    }
}

bool PreferencesDialog::Private::validate()
{
    bool mfuValid = true;
    bool pueValid = true;
    mfuValue(&mfuValid);
    pueValue(&pueValid);
    mfuMessage->setText(tr("MFU must be a number above %1 and at most %2 (e.g. %3), or empty.")
                            .arg(localNumber(0), localNumber(1), localNumber(defaults::kMfu.value)));
    mfuMessage->setVisible(!mfuValid);
    mfuNote->setVisible(mfuValid);
    pueMessage->setText(
        tr("PUE must be a number of at least %1 (e.g. %2), or empty.").arg(localNumber(1), localNumber(1.2)));
    pueMessage->setVisible(!pueValid);
    pueNote->setVisible(pueValid);
    ok->setEnabled(mfuValid && pueValid);
    return mfuValid && pueValid;
}

void PreferencesDialog::accept()
{
    if (!d->validate())
        return;
    if (d->settings)
        d->apply();
    QDialog::accept();
}

} // namespace aicarbon
