// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdevicedialog.h"

#include "catalog.h"
#include "databrowserform.h"
#include "textfold.h"
#include "usercatalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <array>
#include <cmath>

namespace aicarbon {

namespace {

/// Diagnostic paths of the peak fields, in kAllPrecisions order (the catalog's columns).
constexpr std::array<const char*, kPrecisionCount> kPeakPaths {
    "/fp64_tflops", "/fp32_tflops", "/tf32_tflops", "/bf16_tflops",
    "/fp16_tflops", "/fp8_tflops",  "/int8_tops",
};

QString path(const char* p)
{
    return QString::fromLatin1(p);
}

/// "acme-x100-pcie" from "ACME" and "X100 PCIe": folded, lower case, '-' between words.
QString slug(const QString& vendor, const QString& name)
{
    const std::string folded = foldForSearch(QString(vendor + QLatin1Char(' ') + name).toStdString());
    QString out;
    for (const char c : folded) {
        const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (word)
            out += QLatin1Char(c);
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

QString toText(const std::optional<double>& value)
{
    return value ? QLocale().toString(*value, 'f', QLocale::FloatingPointShortest) : QString();
}

} // namespace

struct UserDeviceDialog::Private
{
    UserDeviceDialog* q;
    const Catalog* catalog;
    Mode mode;
    DeviceRecord base;
    DataBrowserForm* main = nullptr;
    DataBrowserForm* peaksForm = nullptr;
    QLineEdit* id = nullptr;
    QLineEdit* vendor = nullptr;
    QLineEdit* name = nullptr;
    QComboBox* kind = nullptr;
    QLineEdit* year = nullptr;
    QLineEdit* tdp = nullptr;
    QLineEdit* idle = nullptr;
    QComboBox* basis = nullptr;
    QLineEdit* memory = nullptr;
    QLineEdit* embodied = nullptr;
    QLineEdit* notes = nullptr;
    std::array<QLineEdit*, kPrecisionCount> peaks {};
    QLabel* general = nullptr;
    QPushButton* save = nullptr;
    bool valid = false;

    void buildMain();
    void buildPeaks();
    void fillIdFromName();
    void validate();
    /// The record in the fields; with `report`, says under each field what is not a number.
    DeviceRecord read(bool* parsed, bool report) const;
    std::optional<double> number(QLineEdit* edit, const QString& path, bool* parsed, bool report) const;
    void show(const Diagnostic& diagnostic);
    void noteExistingId();
};

UserDeviceDialog::UserDeviceDialog(const Catalog* catalog, Mode mode, QWidget* parent)
    : QDialog(parent)
    , d(new Private {this, catalog, mode, {}})
{
    setWindowTitle(mode == Mode::Add ? tr("Add a device") : tr("Edit your device"));
    d->buildMain();
    d->buildPeaks();
    d->general = new QLabel(this);
    d->general->setObjectName(QStringLiteral("generalMessage"));
    d->general->setWordWrap(true);
    d->general->setStyleSheet(QStringLiteral("color: #B00020;"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    d->save = buttons->button(QDialogButtonBox::Save);
    auto* columns = new QHBoxLayout;
    columns->addWidget(d->main, 3);
    columns->addSpacing(16);
    columns->addWidget(d->peaksForm, 2, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(d->general);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(760);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(d->main, &DataBrowserForm::edited, this, [this] { d->validate(); });
    connect(d->peaksForm, &DataBrowserForm::edited, this, [this] { d->validate(); });
    connect(d->vendor, &QLineEdit::textEdited, this, [this] { d->fillIdFromName(); });
    connect(d->name, &QLineEdit::textEdited, this, [this] { d->fillIdFromName(); });
    d->validate();
}

UserDeviceDialog::~UserDeviceDialog()
{
    delete d;
}

void UserDeviceDialog::Private::buildMain()
{
    main = new DataBrowserForm(q);
    main->addHeading(tr("Device"));
    id = main->addText(path("/id"), tr("&Id:"), tr("e.g. acme-x100 (used in scenario files)"));
    id->setReadOnly(mode == Mode::Edit);
    if (mode == Mode::Edit)
        id->setToolTip(tr("The id cannot change. To rename, add a new device and delete this one."));
    vendor = main->addText(path("/vendor"), tr("&Vendor:"));
    name = main->addText(path("/name"), tr("&Name:"));
    kind = new QComboBox(q);
    kind->addItem(tr("GPU"), QStringLiteral("gpu"));
    kind->addItem(tr("TPU"), QStringLiteral("tpu"));
    kind->addItem(tr("Other accelerator"), QStringLiteral("accelerator"));
    kind->addItem(tr("CPU"), QStringLiteral("cpu"));
    main->addField(path("/kind"), tr("&Kind:"), kind);
    year = main->addNumber(path("/release_year"), tr("Release &year:"), {});
    main->addHeading(tr("Power and memory"));
    tdp = main->addNumber(path("/tdp_w"), tr("&TDP:"), tr("W"));
    idle = main->addNumber(path("/idle_w"), tr("I&dle power:"), tr("W"));
    basis = new QComboBox(q);
    basis->addItem(tr("Vendor datasheet"), QStringLiteral("vendor"));
    basis->addItem(tr("Measured"), QStringLiteral("measured"));
    basis->addItem(tr("Estimate"), QStringLiteral("estimate"));
    main->addField(path("/power_basis"), tr("Power &figures:"), basis);
    memory = main->addNumber(path("/memory_gb"), tr("&Memory:"), tr("GB"));
    embodied = main->addNumber(path("/embodied_kgco2e"), tr("&Embodied:"), tr("kg CO₂e"));
    notes = main->addText(path("/source_detail"), tr("&Source notes:"), tr("where these figures come from"));
}

void UserDeviceDialog::Private::buildPeaks()
{
    peaksForm = new DataBrowserForm(q);
    peaksForm->addHeading(tr("Dense peak rates (without sparsity)"));
    for (std::size_t p = 0; p < kPrecisionCount; ++p) {
        const std::string_view spelling = toString(kAllPrecisions[p]);
        const QString label =
            QString::fromLatin1(spelling.data(), static_cast<qsizetype>(spelling.size())).toUpper()
            + QLatin1Char(':');
        const QString unit = kAllPrecisions[p] == Precision::Int8 ? tr("TOP/s") : tr("TFLOP/s");
        peaks[p] = peaksForm->addNumber(path(kPeakPaths[p]), label, unit);
    }
    peaksForm->addMessageLine(path("/peak_tflops"));
}

void UserDeviceDialog::Private::fillIdFromName()
{
    if (mode == Mode::Add && !main->isTouched(path("/id")))
        id->setText(slug(vendor->text(), name->text()));
}

void UserDeviceDialog::setDevice(const DeviceRecord& device)
{
    d->base = device;
    d->id->setText(QString::fromStdString(device.id));
    d->vendor->setText(QString::fromStdString(device.vendor));
    d->name->setText(QString::fromStdString(device.name));
    d->kind->setCurrentIndex(std::max(0, d->kind->findData(QString::fromStdString(device.kind))));
    d->year->setText(device.releaseYear ? QString::number(*device.releaseYear) : QString());
    d->tdp->setText(toText(device.tdpW));
    d->idle->setText(toText(device.idleW));
    d->basis->setCurrentIndex(std::max(0, d->basis->findData(QString::fromStdString(device.powerBasis))));
    d->memory->setText(toText(device.memoryGb));
    d->embodied->setText(toText(device.embodiedKgCo2e));
    d->notes->setText(QString::fromStdString(device.sourceDetail));
    for (std::size_t p = 0; p < kPrecisionCount; ++p)
        d->peaks[p]->setText(toText(device.peakTflops[p]));
    d->validate();
}

DeviceRecord UserDeviceDialog::device() const
{
    bool parsed = true;
    return d->read(&parsed, false);
}

bool UserDeviceDialog::isValid() const
{
    return d->valid;
}

std::optional<double> UserDeviceDialog::Private::number(QLineEdit* edit, const QString& path, bool* parsed,
                                                        bool report) const
{
    bool ok = true;
    const std::optional<double> value = DataBrowserForm::parseNumber(edit->text(), &ok);
    *parsed = *parsed && ok;
    if (!ok && report) {
        const QString text = tr("Enter a number, or leave the field empty.");
        if (!main->addMessage(path, text))
            peaksForm->addMessage(path, text);
    }
    return value;
}

DeviceRecord UserDeviceDialog::Private::read(bool* parsed, bool report) const
{
    DeviceRecord r = base;
    r.id = id->text().trimmed().toStdString();
    r.vendor = vendor->text().trimmed().toStdString();
    r.name = name->text().trimmed().toStdString();
    r.kind = kind->currentData().toString().toStdString();
    const std::optional<double> y = number(year, path("/release_year"), parsed, report);
    r.releaseYear = y ? std::optional<int>(static_cast<int>(std::lround(*y))) : std::nullopt;
    r.tdpW = number(tdp, path("/tdp_w"), parsed, report);
    r.idleW = number(idle, path("/idle_w"), parsed, report);
    r.powerBasis = basis->currentData().toString().toStdString();
    r.memoryGb = number(memory, path("/memory_gb"), parsed, report);
    r.embodiedKgCo2e = number(embodied, path("/embodied_kgco2e"), parsed, report);
    if (r.embodiedKgCo2e != base.embodiedKgCo2e)
        r.embodiedSource = r.embodiedKgCo2e ? "user" : "";
    r.sourceDetail = notes->text().trimmed().toStdString();
    for (std::size_t p = 0; p < kPrecisionCount; ++p)
        r.peakTflops[p] = number(peaks[p], path(kPeakPaths[p]), parsed, report);
    return r;
}

void UserDeviceDialog::Private::validate()
{
    main->clearMessages();
    peaksForm->clearMessages();
    general->clear();
    bool parsed = true;
    const std::vector<Diagnostic> problems = UserCatalog::validateDevice(read(&parsed, true));
    for (const Diagnostic& problem : problems)
        show(problem);
    noteExistingId();
    valid = parsed && !hasErrors(problems);
    save->setEnabled(valid);
}

void UserDeviceDialog::Private::show(const Diagnostic& diagnostic)
{
    const QString p = QString::fromStdString(diagnostic.path);
    // An empty field the user has not reached yet keeps Save disabled without a red line.
    if (mode == Mode::Add && main->isPending(p))
        return;
    const QString text = DataBrowserForm::messageText(diagnostic);
    if (!main->addMessage(p, text, diagnostic.severity)
        && !peaksForm->addMessage(p, text, diagnostic.severity))
        general->setText(general->text().isEmpty() ? text : general->text() + QLatin1Char('\n') + text);
}

void UserDeviceDialog::Private::noteExistingId()
{
    const std::string key = id->text().trimmed().toStdString();
    if (mode != Mode::Add || !catalog || key.empty())
        return;
    const std::optional<DeviceRecord> existing = catalog->device(key);
    if (!existing || existing->id != key)
        return;
    main->addMessage(
        path("/id"),
        existing->userDefined
            ? tr("You already have a device with this id; saving replaces it.")
            : tr("A shipped device has this id; yours will be used instead of it in every estimate."),
        Severity::Warning);
}

} // namespace aicarbon
