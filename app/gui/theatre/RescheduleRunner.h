#pragma once

#include "theatre/Planner.h"

#include <QObject>

#include <atomic>

class QThread;

namespace wp::gui {

/// Runs the rescheduling engine in a worker thread so the window stays responsive; progress
/// comes back as queued signals, cancel stops the engine early (it then returns the best
/// plan found so far, which the page discards).
class RescheduleRunner : public QObject
{
    Q_OBJECT

public:
    explicit RescheduleRunner(QObject* parent = nullptr);
    ~RescheduleRunner() override;

    /// Starts a run on a copy of `instance`; ignored while one is running.
    bool start(const theatre::Instance& instance, theatre::PlannerOptions options = {});
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    /// The last finished run.
    const theatre::PlannerResult& result() const { return m_result; }

signals:
    void progress(int percent, const QString& phase);
    /// Emitted in the GUI thread once the worker is done (cancelled or not).
    void finished(bool cancelled);

private:
    void onThreadFinished();

    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    theatre::PlannerResult m_result;
};

} // namespace wp::gui
