#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace wp {
class Clock;
}

namespace wp::gui {

/// Watches the whole application's keyboard, mouse and touch input and says when
/// nobody has touched it for the idle limit, so that the screen locks itself on a
/// laptop left open at the nurses' station. Time comes from the injectable Clock:
/// tests move a ManualClock and call check() instead of waiting.
class IdleMonitor : public QObject
{
    Q_OBJECT

public:
    explicit IdleMonitor(Clock& clock, QObject* parent = nullptr);
    ~IdleMonitor() override;

    void setIdleLimitSeconds(qint64 seconds) { m_limitSeconds = seconds; }
    qint64 idleLimitSeconds() const { return m_limitSeconds; }
    /// How often the limit is checked; shorter in tests.
    void setCheckInterval(int ms) { m_timer.setInterval(ms); }

    /// Starts counting from now.
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    /// Counts as input (the lock screen calls it after unlocking).
    void touch();

public slots:
    /// Emits idle() once if the limit has passed.
    void check();

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Clock& m_clock;
    QTimer m_timer;
    QDateTime m_lastInput;
    qint64 m_limitSeconds = 5 * 60;
};

} // namespace wp::gui
