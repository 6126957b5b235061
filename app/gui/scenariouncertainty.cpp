// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariouncertainty.h"
#include "scenariodocument.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

namespace aicarbon {

ScenarioUncertainty::ScenarioUncertainty(ScenarioDocument* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
{
    // Leave a core to the GUI thread when there are several.
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    connect(document, &ScenarioDocument::changed, this, &ScenarioUncertainty::onDocumentChanged);
    rebuild();
}

ScenarioUncertainty::~ScenarioUncertainty()
{
    for (Slot& slot : m_slots)
        cancel(slot);
    m_pool.waitForDone();
}

void ScenarioUncertainty::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    rebuild();
}

void ScenarioUncertainty::setOptions(const UncertaintyOptions& options)
{
    m_options = options;
    rebuild();
}

const UncertaintyResult* ScenarioUncertainty::result(int index) const
{
    if (index < 0 || index >= static_cast<int>(m_slots.size()))
        return nullptr;
    return m_slots[static_cast<std::size_t>(index)].result.get();
}

bool ScenarioUncertainty::isPending(int index) const
{
    if (index < 0 || index >= static_cast<int>(m_slots.size()))
        return false;
    return m_slots[static_cast<std::size_t>(index)].cancel != nullptr;
}

std::vector<const UncertaintyResult*> ScenarioUncertainty::finishedResults()
{
    if (!m_enabled)
        return {};
    waitForDone(); // milliseconds per scenario
    std::vector<const UncertaintyResult*> out;
    for (const Slot& slot : m_slots)
        out.push_back(slot.result.get());
    return out;
}

void ScenarioUncertainty::waitForDone()
{
    m_pool.waitForDone();
    // The results arrive as queued calls on this thread.
    while (std::any_of(m_slots.begin(), m_slots.end(), [](const Slot& s) { return s.cancel != nullptr; }))
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

void ScenarioUncertainty::onDocumentChanged(const ChangeEvent& event)
{
    const auto at = [this](int index) { return m_slots.begin() + index; };
    switch (event.kind) {
    case ChangeEvent::Kind::Reset:
        rebuild();
        return;
    case ChangeEvent::Kind::Edited:
        schedule(event.index);
        return;
    case ChangeEvent::Kind::Inserted:
        m_slots.insert(at(event.index), Slot {});
        schedule(event.index);
        return;
    case ChangeEvent::Kind::Removed:
        cancel(*at(event.index));
        m_slots.erase(at(event.index));
        return;
    case ChangeEvent::Kind::Moved: {
        Slot moved = std::move(*at(event.index));
        m_slots.erase(at(event.index));
        m_slots.insert(at(event.to), std::move(moved));
        return;
    }
    case ChangeEvent::Kind::Baseline:
    case ChangeEvent::Kind::Renamed:
        return;
    }
}

void ScenarioUncertainty::rebuild()
{
    for (Slot& slot : m_slots)
        cancel(slot);
    m_slots.assign(static_cast<std::size_t>(m_document->count()), Slot {});
    for (int i = 0; i < m_document->count(); ++i) {
        schedule(i);
        Q_EMIT resultChanged(i);
    }
}

void ScenarioUncertainty::cancel(Slot& slot)
{
    if (slot.cancel)
        slot.cancel->store(true);
    slot.cancel.reset();
}

void ScenarioUncertainty::schedule(int index)
{
    Slot& slot = m_slots.at(static_cast<std::size_t>(index));
    cancel(slot);
    slot.token = m_nextToken++;
    const bool hadResult = slot.result != nullptr;
    slot.result.reset();
    if (m_enabled && m_document->estimate(index).valid()) {
        auto plan = std::make_shared<UncertaintyPlan>(
            planUncertainty(m_document->scenario(index), *m_document->catalog(), m_options));
        slot.cancel = std::make_shared<std::atomic<bool>>(false);
        m_pool.start([this, plan, options = m_options, cancelled = slot.cancel, token = slot.token] {
            std::optional<UncertaintyResult> run = runUncertainty(std::move(*plan), options, cancelled.get());
            auto result = run ? std::make_shared<const UncertaintyResult>(std::move(*run)) : nullptr;
            QMetaObject::invokeMethod(
                this, [this, token, result] { deliver(token, result); }, Qt::QueuedConnection);
        });
    }
    if (hadResult)
        Q_EMIT resultChanged(index);
}

void ScenarioUncertainty::deliver(quint64 token, std::shared_ptr<const UncertaintyResult> result)
{
    const auto it =
        std::find_if(m_slots.begin(), m_slots.end(), [token](const Slot& s) { return s.token == token; });
    if (it == m_slots.end() || !it->cancel)
        return; // stale: the scenario was edited, removed or everything was rebuilt
    it->cancel.reset();
    it->result = std::move(result);
    Q_EMIT resultChanged(static_cast<int>(it - m_slots.begin()));
}

} // namespace aicarbon
