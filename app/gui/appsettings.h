// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "displayformat.h"
#include "scenariopalette.h"

#include <QObject>
#include <QSettings>
#include <QStringList>

#include <optional>

namespace aicarbon {

/// Typed application preferences, stored with QSettings. Core never reads these: the app
/// passes values on (units to DisplayFormat, default MFU/PUE into new scenarios).
class AppSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    explicit AppSettings(QObject* parent = nullptr);
    /// Uses a settings file at `path` (tests use a temporary one).
    explicit AppSettings(const QString& path, QObject* parent = nullptr);

    MassUnit massUnit() const;
    void setMassUnit(MassUnit unit);
    EnergyUnit energyUnit() const;
    void setEnergyUnit(EnergyUnit unit);
    PaletteKind palette() const;
    void setPalette(PaletteKind kind);
    /// MFU and PUE written into new scenarios; empty = leave the engine's default.
    std::optional<double> defaultMfu() const;
    void setDefaultMfu(std::optional<double> mfu);
    std::optional<double> defaultPue() const;
    void setDefaultPue(std::optional<double> pue);
    /// Uncertainty intervals (methodology §13) in results and charts; on by default.
    bool showUncertainty() const;
    void setShowUncertainty(bool show);
    /// Whether the engine's default ranges join a scenario's own ranges; on by default.
    bool includeDefaultRanges() const;
    void setIncludeDefaultRanges(bool include);
    /// UI language as a BCP 47 name ("de", "pt_BR"); empty = follow the system.
    QString language() const;
    /// Saves the language and ends any session language.
    void setLanguage(const QString& language);
    /// The language of this session only (aicarbon --language), never saved; empty = none.
    QString sessionLanguage() const { return m_sessionLanguage; }
    void setSessionLanguage(const QString& language) { m_sessionLanguage = language; }
    QStringList recentFiles() const;
    void addRecentFile(const QString& path);
    void clearRecentFiles();

    /// Milliseconds between autosaves of unsaved work (default 60,000).
    int autosaveIntervalMs() const;
    void setAutosaveIntervalMs(int milliseconds);
    /// Where autosave keeps unsaved work: by default recovery/autosave.json in the
    /// application data folder (QStandardPaths::AppDataLocation); empty = autosave off.
    QString recoveryFile() const;
    void setRecoveryFile(const QString& path);

    /// The display format for the current locale and unit choices.
    DisplayFormat displayFormat() const;

Q_SIGNALS:
    void changed();

private:
    std::optional<double> optionalValue(const QString& key) const;
    void setOptionalValue(const QString& key, std::optional<double> value);
    void store(const QString& key, const QVariant& value);

    QSettings* m_settings;
    QString m_sessionLanguage;
};

} // namespace aicarbon
