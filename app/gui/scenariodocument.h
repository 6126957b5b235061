// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "estimate.h"
#include "scenario.h"

#include <QObject>
#include <QString>

#include <vector>

class QUndoStack;

namespace aicarbon {

class Catalog;

/// What changed in a ScenarioDocument; views update only what they must.
struct ChangeEvent
{
    enum class Kind
    {
        Reset, ///< everything (new project, load, catalog change)
        Edited, ///< scenario `index` changed
        Inserted, ///< scenario inserted at `index`
        Removed, ///< scenario removed from `index`
        Moved, ///< scenario moved from `index` to `to`
        Baseline, ///< the baseline scenario changed
        Renamed, ///< the project name changed
    };
    Kind kind = Kind::Reset;
    int index = -1;
    int to = -1;
};

/// Owns the project: its scenarios, their estimates (recomputed on every change), the
/// colour slot of each scenario, the baseline, the file and the undo stack. Widgets read
/// from it and change it only through the Command:: API (scenariocommands.h).
class ScenarioDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioDocument)

public:
    explicit ScenarioDocument(const Catalog* catalog, QObject* parent = nullptr);
    ~ScenarioDocument() override;

    int count() const { return static_cast<int>(m_scenarios.size()); }
    const Scenario& scenario(int index) const { return m_scenarios.at(static_cast<std::size_t>(index)); }
    const std::vector<Scenario>& scenarios() const { return m_scenarios; }
    const Estimate& estimate(int index) const { return m_estimates.at(static_cast<std::size_t>(index)); }
    /// Stable colour slot of a scenario (kept when scenarios are reordered).
    int colorSlot(int index) const { return m_colorSlots.at(static_cast<std::size_t>(index)); }
    /// Index of the baseline scenario for deltas (0 unless set).
    int baseline() const { return m_baseline; }
    const Catalog* catalog() const { return m_catalog; }

    QString projectName() const { return m_projectName; }
    QString filePath() const { return m_filePath; }
    bool isModified() const;
    QUndoStack* undoStack() const { return m_undoStack; }

    /// Replaces the whole project (clears undo history; marks it unmodified).
    void setProject(const QString& name, std::vector<Scenario> scenarios, const QString& filePath = {});
    /// Reads a scenario or project file. On any error nothing changes and the
    /// diagnostics say why (file, JSON path or line:column, what was expected).
    std::vector<Diagnostic> load(const QString& path);
    /// Writes the project atomically (QSaveFile); on success the document is clean and
    /// remembers the path. Returns an empty string or the reason for failing.
    QString save(const QString& path);
    /// The project JSON (format "aicarbon-project", version 1), as save() writes it.
    std::string toJson() const;

    /// Recomputes every estimate, e.g. after the user catalog changed.
    void recomputeAll();

    // Used by the commands in scenariocommands.cpp only.
    void replaceScenario(int index, Scenario scenario);
    void insertScenario(int index, Scenario scenario, int colorSlot);
    Scenario takeScenario(int index);
    void moveScenario(int from, int to);
    void setBaselineIndex(int index);
    void setProjectName(const QString& name);
    /// The lowest colour slot no scenario uses.
    int freeColorSlot() const;

Q_SIGNALS:
    void changed(const aicarbon::ChangeEvent& event);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);

private:
    void recompute(int index);
    void notify(ChangeEvent event);

    const Catalog* m_catalog;
    std::vector<Scenario> m_scenarios;
    std::vector<Estimate> m_estimates;
    std::vector<int> m_colorSlots;
    int m_baseline = 0;
    QString m_projectName;
    QString m_filePath;
    QUndoStack* m_undoStack;
};

} // namespace aicarbon

Q_DECLARE_METATYPE(aicarbon::ChangeEvent)
