#include "IdleMonitor.h"

#include "foundation/Clock.h"

#include <QCoreApplication>
#include <QEvent>

namespace wp::gui {

IdleMonitor::IdleMonitor(Clock& clock, QObject* parent) : QObject(parent), m_clock(clock)
{
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &IdleMonitor::check);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleMonitor::~IdleMonitor()
{
    if (auto* app = QCoreApplication::instance()) {
        app->removeEventFilter(this);
    }
}

void IdleMonitor::start()
{
    touch();
    m_timer.start();
}

void IdleMonitor::stop()
{
    m_timer.stop();
}

void IdleMonitor::touch()
{
    m_lastInput = m_clock.now();
}

void IdleMonitor::check()
{
    if (!m_timer.isActive()) {
        return;
    }
    if (m_lastInput.secsTo(m_clock.now()) >= m_limitSeconds) {
        // Stopped first: the lock screen restarts the monitor once someone has logged in again.
        stop();
        emit idle();
    }
}

bool IdleMonitor::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        touch();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace wp::gui
