// SPDX-License-Identifier: GPL-3.0-or-later
#include "userregiondialog.h"

#include "catalog.h"
#include "databrowserform.h"
#include "usercatalog.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace aicarbon {

namespace {

QString path(const char* p)
{
    return QString::fromLatin1(p);
}

QString toText(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace

struct UserRegionDialog::Private
{
    UserRegionDialog* q;
    const Catalog* catalog;
    Mode mode;
    RegionRecord base;
    DataBrowserForm* form = nullptr;
    QLineEdit* id = nullptr;
    QLineEdit* name = nullptr;
    QComboBox* kind = nullptr;
    QLineEdit* country = nullptr;
    QLineEdit* parent = nullptr;
    QLineEdit* aliases = nullptr;
    QLineEdit* intensity = nullptr;
    QLineEdit* year = nullptr;
    QComboBox* basis = nullptr;
    QLineEdit* cfe = nullptr;
    QLabel* general = nullptr;
    QPushButton* save = nullptr;
    bool valid = false;

    void build();
    void validate();
    RegionRecord readRegion() const;
    IntensityRecord readIntensity(bool* parsed, bool report) const;
    std::optional<double> number(QLineEdit* edit, const QString& path, bool* parsed, bool report) const;
    void show(const Diagnostic& diagnostic);
    void noteExistingId();
};

UserRegionDialog::UserRegionDialog(const Catalog* catalog, Mode mode, QWidget* parent)
    : QDialog(parent)
    , d(new Private {this, catalog, mode, {}})
{
    setWindowTitle(mode == Mode::Add ? tr("Add a region") : tr("Edit your region"));
    d->build();
    d->general = new QLabel(this);
    d->general->setObjectName(QStringLiteral("generalMessage"));
    d->general->setWordWrap(true);
    d->general->setStyleSheet(QStringLiteral("color: #B00020;"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    d->save = buttons->button(QDialogButtonBox::Save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(d->form);
    layout->addWidget(d->general);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(460);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(d->form, &DataBrowserForm::edited, this, [this] { d->validate(); });
    d->validate();
}

UserRegionDialog::~UserRegionDialog()
{
    delete d;
}

void UserRegionDialog::Private::build()
{
    form = new DataBrowserForm(q);
    form->addHeading(tr("Region"));
    id = form->addText(path("/id"), tr("&Id:"), tr("e.g. MY-DATACENTRE (used in scenario files)"));
    id->setReadOnly(mode == Mode::Edit);
    if (mode == Mode::Edit)
        id->setToolTip(tr("The id cannot change. To rename, add a new region and delete this one."));
    name = form->addText(path("/name"), tr("&Name:"));
    kind = new QComboBox(q);
    kind->addItem(tr("Grid zone"), QStringLiteral("zone"));
    kind->addItem(tr("Country"), QStringLiteral("country"));
    kind->addItem(tr("State/province"), QStringLiteral("state"));
    form->addField(path("/kind"), tr("&Kind:"), kind);
    country = form->addText(path("/country"), tr("&Country code:"), tr("ISO 3166-1 alpha-2, e.g. DE"));
    country->setMaxLength(2);
    parent = form->addText(path("/parent"), tr("&Part of:"), tr("id of the enclosing region, optional"));
    aliases = form->addText(path("/aliases"), tr("&Also known as:"), tr("other names, separated by ;"));
    form->addHeading(tr("Grid carbon intensity"));
    intensity = form->addNumber(path("/g_per_kwh"), tr("&Intensity:"), tr("g CO₂e/kWh"), tr("required"));
    year = form->addNumber(path("/year"), tr("&Year:"), {});
    year->setText(QString::number(QDate::currentDate().year() - 1));
    basis = new QComboBox(q);
    basis->addItem(tr("Lifecycle (includes upstream emissions)"), QStringLiteral("lifecycle"));
    basis->addItem(tr("Direct (combustion only)"), QStringLiteral("direct"));
    form->addField(path("/basis"), tr("&Basis:"), basis);
    cfe = form->addNumber(path("/cfe_fraction"), tr("Carbon-&free share:"), tr("%"));
}

void UserRegionDialog::setRegion(const RegionRecord& region, const std::optional<IntensityRecord>& intensity)
{
    d->base = region;
    d->id->setText(QString::fromStdString(region.id));
    d->name->setText(QString::fromStdString(region.name));
    d->kind->setCurrentIndex(std::max(0, d->kind->findData(QString::fromStdString(region.kind))));
    d->country->setText(QString::fromStdString(region.country));
    d->parent->setText(QString::fromStdString(region.parent));
    d->aliases->setText(QString::fromStdString(region.aliases));
    if (intensity) {
        d->intensity->setText(toText(intensity->gPerKwh));
        d->year->setText(QString::number(intensity->year));
        d->basis->setCurrentIndex(std::max(0, d->basis->findData(QString::fromStdString(intensity->basis))));
        d->cfe->setText(intensity->cfeFraction ? toText(*intensity->cfeFraction * 100.0) : QString());
    }
    d->validate();
}

RegionRecord UserRegionDialog::region() const
{
    return d->readRegion();
}

IntensityRecord UserRegionDialog::intensity() const
{
    bool parsed = true;
    return d->readIntensity(&parsed, false);
}

bool UserRegionDialog::isValid() const
{
    return d->valid;
}

RegionRecord UserRegionDialog::Private::readRegion() const
{
    RegionRecord r = base;
    r.id = id->text().trimmed().toStdString();
    r.name = name->text().trimmed().toStdString();
    r.kind = kind->currentData().toString().toStdString();
    r.country = country->text().trimmed().toUpper().toStdString();
    r.parent = parent->text().trimmed().toStdString();
    r.aliases = aliases->text().trimmed().toStdString();
    return r;
}

std::optional<double> UserRegionDialog::Private::number(QLineEdit* edit, const QString& path, bool* parsed,
                                                        bool report) const
{
    bool ok = true;
    const std::optional<double> value = DataBrowserForm::parseNumber(edit->text(), &ok);
    *parsed = *parsed && ok;
    if (!ok && report)
        form->addMessage(path, tr("Enter a number."));
    return value;
}

IntensityRecord UserRegionDialog::Private::readIntensity(bool* parsed, bool report) const
{
    IntensityRecord i;
    i.regionId = id->text().trimmed().toStdString();
    i.gPerKwh = number(intensity, path("/g_per_kwh"), parsed, report).value_or(0.0);
    i.year = static_cast<int>(std::lround(number(year, path("/year"), parsed, report).value_or(0.0)));
    i.basis = basis->currentData().toString().toStdString();
    const std::optional<double> percent = number(cfe, path("/cfe_fraction"), parsed, report);
    i.cfeFraction = percent ? std::optional<double>(*percent / 100.0) : std::nullopt;
    i.source = "user";
    i.primary = true;
    return i;
}

void UserRegionDialog::Private::validate()
{
    form->clearMessages();
    general->clear();
    bool parsed = true;
    const IntensityRecord i = readIntensity(&parsed, true);
    const std::vector<Diagnostic> problems = UserCatalog::validateRegion(readRegion(), i);
    for (const Diagnostic& problem : problems)
        show(problem);
    noteExistingId();
    valid = parsed && !hasErrors(problems);
    save->setEnabled(valid);
}

void UserRegionDialog::Private::show(const Diagnostic& diagnostic)
{
    const QString p = QString::fromStdString(diagnostic.path);
    // An empty field the user has not reached yet keeps Save disabled without a red line.
    if (mode == Mode::Add && form->isPending(p))
        return;
    const QString text = DataBrowserForm::messageText(diagnostic);
    if (!form->addMessage(p, text, diagnostic.severity))
        general->setText(general->text().isEmpty() ? text : general->text() + QLatin1Char('\n') + text);
}

void UserRegionDialog::Private::noteExistingId()
{
    const std::string key = id->text().trimmed().toStdString();
    if (mode != Mode::Add || !catalog || key.empty())
        return;
    const std::optional<RegionRecord> existing = catalog->region(key);
    if (!existing || existing->id != key)
        return;
    form->addMessage(
        path("/id"),
        existing->userDefined
            ? tr("You already have a region with this id; saving replaces it.")
            : tr("A shipped region has this id; yours will be used instead of it in every estimate."),
        Severity::Warning);
}

} // namespace aicarbon
