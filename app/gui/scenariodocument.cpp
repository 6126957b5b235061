// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariodocument.h"

#include "catalog.h"
#include "scenariofile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QUndoStack>

#include <algorithm>

namespace aicarbon {

ScenarioDocument::ScenarioDocument(const Catalog* catalog, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_undoStack(new QUndoStack(this))
{
    qRegisterMetaType<aicarbon::ChangeEvent>();
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

ScenarioDocument::~ScenarioDocument() = default;

bool ScenarioDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void ScenarioDocument::setProject(const QString& name, std::vector<Scenario> scenarios,
                                  const QString& filePath)
{
    m_projectName = name;
    m_scenarios = std::move(scenarios);
    m_colorSlots.resize(m_scenarios.size());
    for (std::size_t i = 0; i < m_colorSlots.size(); ++i)
        m_colorSlots[i] = static_cast<int>(i);
    m_baseline = 0;
    m_estimates.assign(m_scenarios.size(), Estimate {});
    for (int i = 0; i < count(); ++i)
        recompute(i);
    m_undoStack->clear();
    m_undoStack->setClean();
    if (m_filePath != filePath) {
        m_filePath = filePath;
        Q_EMIT filePathChanged(m_filePath);
    }
    notify({ChangeEvent::Kind::Reset});
}

std::vector<Diagnostic> ScenarioDocument::load(const QString& path)
{
    ScenarioFile file = readScenarioFile(path.toStdString());
    if (!file.ok())
        return file.diagnostics;
    const QString name = file.isProject && !file.projectName.empty()
        ? QString::fromStdString(file.projectName)
        : QFileInfo(path).completeBaseName();
    setProject(name, std::move(file.scenarios), path);
    return file.diagnostics; // warnings only, e.g. unknown keys
}

std::string ScenarioDocument::toJson() const
{
    return projectToJson(m_projectName.toStdString(), m_scenarios);
}

namespace {

/// Why a write failed. A short write (the disk filled up) leaves QSaveFile without an
/// error of its own ("Unknown error"): say what it means instead.
QString writeFailure(const QSaveFile& file)
{
    if (file.error() != QFileDevice::NoError)
        return file.errorString();
    return QCoreApplication::translate("ScenarioDocument",
                                       "the file could not be written completely (is the disk full?)");
}

} // namespace

QString ScenarioDocument::save(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    const std::string json = toJson();
    if (file.write(json.data(), static_cast<qint64>(json.size())) != static_cast<qint64>(json.size()))
        return writeFailure(file);
    if (!file.commit())
        return writeFailure(file);
    m_undoStack->setClean();
    if (m_filePath != path) {
        m_filePath = path;
        Q_EMIT filePathChanged(m_filePath);
    }
    return {};
}

void ScenarioDocument::recomputeAll()
{
    for (int i = 0; i < count(); ++i)
        recompute(i);
    notify({ChangeEvent::Kind::Reset});
}

void ScenarioDocument::replaceScenario(int index, Scenario scenario)
{
    m_scenarios.at(static_cast<std::size_t>(index)) = std::move(scenario);
    recompute(index);
    notify({ChangeEvent::Kind::Edited, index});
}

void ScenarioDocument::insertScenario(int index, Scenario scenario, int colorSlot)
{
    const auto at = static_cast<std::ptrdiff_t>(index);
    m_scenarios.insert(m_scenarios.begin() + at, std::move(scenario));
    m_estimates.insert(m_estimates.begin() + at, Estimate {});
    m_colorSlots.insert(m_colorSlots.begin() + at, colorSlot);
    if (index <= m_baseline && count() > 1)
        ++m_baseline;
    recompute(index);
    notify({ChangeEvent::Kind::Inserted, index});
}

Scenario ScenarioDocument::takeScenario(int index)
{
    const auto at = static_cast<std::ptrdiff_t>(index);
    Scenario taken = std::move(m_scenarios.at(static_cast<std::size_t>(index)));
    m_scenarios.erase(m_scenarios.begin() + at);
    m_estimates.erase(m_estimates.begin() + at);
    m_colorSlots.erase(m_colorSlots.begin() + at);
    if (index < m_baseline || m_baseline >= count())
        m_baseline = std::max(0, m_baseline - 1);
    notify({ChangeEvent::Kind::Removed, index});
    return taken;
}

void ScenarioDocument::moveScenario(int from, int to)
{
    const auto rotateOne = [to, from](auto& v) {
        auto f = v.begin() + from;
        auto t = v.begin() + to;
        if (from < to)
            std::rotate(f, f + 1, t + 1);
        else
            std::rotate(t, f, f + 1);
    };
    rotateOne(m_scenarios);
    rotateOne(m_estimates);
    rotateOne(m_colorSlots);
    if (m_baseline == from)
        m_baseline = to;
    else if (from < m_baseline && to >= m_baseline)
        --m_baseline;
    else if (from > m_baseline && to <= m_baseline)
        ++m_baseline;
    notify({ChangeEvent::Kind::Moved, from, to});
}

void ScenarioDocument::setBaselineIndex(int index)
{
    m_baseline = index;
    notify({ChangeEvent::Kind::Baseline, index});
}

void ScenarioDocument::setProjectName(const QString& name)
{
    m_projectName = name;
    notify({ChangeEvent::Kind::Renamed});
}

int ScenarioDocument::freeColorSlot() const
{
    int slot = 0;
    while (std::find(m_colorSlots.begin(), m_colorSlots.end(), slot) != m_colorSlots.end())
        ++slot;
    return slot;
}

void ScenarioDocument::recompute(int index)
{
    m_estimates.at(static_cast<std::size_t>(index)) = aicarbon::estimate(scenario(index), *m_catalog);
}

void ScenarioDocument::notify(ChangeEvent event)
{
    Q_EMIT changed(event);
}

} // namespace aicarbon
