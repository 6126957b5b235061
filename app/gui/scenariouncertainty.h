// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uncertainty.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <vector>

namespace aicarbon {

class ScenarioDocument;
struct ChangeEvent;

/// Keeps the uncertainty (methodology §13) of every scenario of a document up to date.
/// The catalog-reading plan is made on the GUI thread (about 1 ms); the Monte Carlo
/// draws, tornado and Sobol indices run on a thread pool. An edit cancels the
/// scenario's running work and discards its stale result, so typing never queues work.
class ScenarioUncertainty final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioUncertainty)

public:
    explicit ScenarioUncertainty(ScenarioDocument* document, QObject* parent = nullptr);
    ~ScenarioUncertainty() override;

    bool isEnabled() const { return m_enabled; }
    /// Off: results are dropped and nothing is computed.
    void setEnabled(bool enabled);
    const UncertaintyOptions& options() const { return m_options; }
    void setOptions(const UncertaintyOptions& options);

    /// The latest result of scenario `index`; null while it is computed, when disabled,
    /// or when the scenario has errors.
    const UncertaintyResult* result(int index) const;
    /// True while work for scenario `index` is queued or running.
    bool isPending(int index) const;
    /// Every scenario's result once all runs have finished (waits for them), in document
    /// order; null entries for scenarios with errors. Empty when intervals are off.
    std::vector<const UncertaintyResult*> finishedResults();
    /// Blocks until every queued run has finished and its result is stored (tests, benchmarks).
    void waitForDone();

Q_SIGNALS:
    /// Scenario `index` has a new result, or lost its result.
    void resultChanged(int index);

private:
    struct Slot
    {
        quint64 token = 0; ///< identifies the latest request for this scenario
        std::shared_ptr<const UncertaintyResult> result;
        std::shared_ptr<std::atomic<bool>> cancel; ///< of the running request, if any
    };

    void onDocumentChanged(const ChangeEvent& event);
    void rebuild();
    void schedule(int index);
    void cancel(Slot& slot);
    void deliver(quint64 token, std::shared_ptr<const UncertaintyResult> result);

    ScenarioDocument* m_document;
    std::vector<Slot> m_slots; ///< one per scenario, in document order
    UncertaintyOptions m_options;
    bool m_enabled = true;
    quint64 m_nextToken = 1;
    QThreadPool m_pool;
};

} // namespace aicarbon
