// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

namespace aicarbon {

namespace {
constexpr int kMaxRecentFiles = 10;
constexpr int kDefaultAutosaveMs = 60 * 1000;
} // namespace

AppSettings::AppSettings(QObject* parent)
    : QObject(parent)
    , m_settings(new QSettings(this))
{ }

AppSettings::AppSettings(const QString& path, QObject* parent)
    : QObject(parent)
    , m_settings(new QSettings(path, QSettings::IniFormat, this))
{ }

MassUnit AppSettings::massUnit() const
{
    return static_cast<MassUnit>(m_settings->value(QStringLiteral("units/mass"), 0).toInt());
}

void AppSettings::setMassUnit(MassUnit unit)
{
    store(QStringLiteral("units/mass"), static_cast<int>(unit));
}

EnergyUnit AppSettings::energyUnit() const
{
    return static_cast<EnergyUnit>(m_settings->value(QStringLiteral("units/energy"), 0).toInt());
}

void AppSettings::setEnergyUnit(EnergyUnit unit)
{
    store(QStringLiteral("units/energy"), static_cast<int>(unit));
}

PaletteKind AppSettings::palette() const
{
    return paletteFromName(m_settings->value(QStringLiteral("charts/palette")).toString());
}

void AppSettings::setPalette(PaletteKind kind)
{
    store(QStringLiteral("charts/palette"), paletteName(kind));
}

std::optional<double> AppSettings::defaultMfu() const
{
    return optionalValue(QStringLiteral("defaults/mfu"));
}

void AppSettings::setDefaultMfu(std::optional<double> mfu)
{
    setOptionalValue(QStringLiteral("defaults/mfu"), mfu);
}

std::optional<double> AppSettings::defaultPue() const
{
    return optionalValue(QStringLiteral("defaults/pue"));
}

void AppSettings::setDefaultPue(std::optional<double> pue)
{
    setOptionalValue(QStringLiteral("defaults/pue"), pue);
}

bool AppSettings::showUncertainty() const
{
    return m_settings->value(QStringLiteral("uncertainty/show"), true).toBool();
}

void AppSettings::setShowUncertainty(bool show)
{
    store(QStringLiteral("uncertainty/show"), show);
}

bool AppSettings::includeDefaultRanges() const
{
    return m_settings->value(QStringLiteral("uncertainty/default_ranges"), true).toBool();
}

void AppSettings::setIncludeDefaultRanges(bool include)
{
    store(QStringLiteral("uncertainty/default_ranges"), include);
}

QString AppSettings::language() const
{
    return m_settings->value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    m_sessionLanguage.clear();
    store(QStringLiteral("ui/language"), language);
}

QStringList AppSettings::recentFiles() const
{
    return m_settings->value(QStringLiteral("files/recent")).toStringList();
}

void AppSettings::addRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    store(QStringLiteral("files/recent"), files);
}

void AppSettings::clearRecentFiles()
{
    store(QStringLiteral("files/recent"), QStringList());
}

int AppSettings::autosaveIntervalMs() const
{
    const int ms = m_settings->value(QStringLiteral("autosave/interval_ms"), kDefaultAutosaveMs).toInt();
    return ms > 0 ? ms : kDefaultAutosaveMs;
}

void AppSettings::setAutosaveIntervalMs(int milliseconds)
{
    store(QStringLiteral("autosave/interval_ms"), milliseconds);
}

QString AppSettings::recoveryFile() const
{
    const QString key = QStringLiteral("autosave/recovery_file");
    if (m_settings->contains(key))
        return m_settings->value(key).toString();
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("recovery/autosave.json"));
}

void AppSettings::setRecoveryFile(const QString& path)
{
    m_settings->setValue(QStringLiteral("autosave/recovery_file"), path);
    Q_EMIT changed();
}

DisplayFormat AppSettings::displayFormat() const
{
    return DisplayFormat(QLocale(), massUnit(), energyUnit());
}

std::optional<double> AppSettings::optionalValue(const QString& key) const
{
    bool ok = false;
    const double value = m_settings->value(key).toDouble(&ok);
    return ok && m_settings->contains(key) ? std::optional<double>(value) : std::nullopt;
}

void AppSettings::setOptionalValue(const QString& key, std::optional<double> value)
{
    if (value)
        store(key, *value);
    else if (m_settings->contains(key)) {
        m_settings->remove(key);
        Q_EMIT changed();
    }
}

void AppSettings::store(const QString& key, const QVariant& value)
{
    if (m_settings->value(key) == value)
        return;
    m_settings->setValue(key, value);
    Q_EMIT changed();
}

} // namespace aicarbon
