#pragma once

#include "theatreplan/ScheduleCase.h"
#include "theatreplan/ScheduleSession.h"

#include <QDateTime>

#include <optional>

namespace wp::fhir {

/// An operation whose booking changed during the downtime: moved to another session,
/// booked from the waiting list, or postponed (no session any more). The hospital's
/// scheduling system still shows the original booking: the clerk re-enters the change.
struct TheatreChange
{
    theatre::ScheduleCase theatreCase;
    std::optional<theatre::ScheduleSession> original; ///< booking the patient was told about, if any
    std::optional<theatre::ScheduleSession> current;  ///< current booking; none: postponed
    QString reason;                                   ///< why it moved or was postponed, in words
    QDateTime changedAt; ///< when the change was recorded on this laptop (audit trail)
    QString changedBy;
    QString device;

    bool postponed() const { return !current.has_value(); }
    /// Start and end of the current booking (local time of the hospital); invalid when postponed.
    QDateTime start() const;
    QDateTime end() const;
};

} // namespace wp::fhir
