#pragma once

#include <QDateTime>

namespace wp {

/// Source of "now" for everything that records or compares times. Tests inject a
/// ManualClock so that timestamps, idle locks and lockout delays are deterministic.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    /// The process-wide system clock.
    static Clock& system();
};

/// A clock that only moves when told to.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_now(std::move(start)) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& t) { m_now = t; }
    void advanceSeconds(qint64 s) { m_now = m_now.addSecs(s); }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

/// How far ahead of this laptop's clock a recorded time (an observation, an admission) may
/// be: two machines' clocks differ by a few minutes, a time beyond that is a typing error.
constexpr qint64 clockToleranceSeconds = 10 * 60;

/// Canonical text form of a timestamp in the database: UTC, milliseconds, `Z`.
QString toStorageTime(const QDateTime& t);
QDateTime fromStorageTime(const QString& s);

} // namespace wp
