#include "RescheduleRunner.h"

#include <QThread>

#include <memory>

namespace wp::gui {

RescheduleRunner::RescheduleRunner(QObject* parent) : QObject(parent) {}

RescheduleRunner::~RescheduleRunner()
{
    if (m_thread != nullptr) {
        // The worker writes into this object: it must be done before we go.
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool RescheduleRunner::start(const theatre::Instance& instance, theatre::PlannerOptions options)
{
    if (m_thread != nullptr) {
        return false;
    }
    m_cancel = false;
    options.cancel = &m_cancel;
    options.progress = [this](int percent, const QString& phase) {
        // Called in the worker thread: hop to the GUI thread through the event queue. The
        // destructor waits for the worker, and pending calls die with this object.
        QMetaObject::invokeMethod(
            this, [this, percent, phase] { emit progress(percent, phase); }, Qt::QueuedConnection);
    };
    auto copy = std::make_shared<theatre::Instance>(instance);
    m_thread = QThread::create([this, copy, options] { m_result = theatre::Planner::solve(*copy, options); });
    connect(m_thread, &QThread::finished, this, &RescheduleRunner::onThreadFinished, Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
    return true;
}

void RescheduleRunner::cancel()
{
    m_cancel = true;
}

void RescheduleRunner::onThreadFinished()
{
    if (m_thread == nullptr) {
        return;
    }
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    emit finished(m_cancel.load());
}

} // namespace wp::gui
