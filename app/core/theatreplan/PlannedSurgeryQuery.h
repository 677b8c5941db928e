#pragma once

#include "PlannedSurgery.h"
#include "patients/Patient.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace wp::theatre {

/// Read-only view of the theatre schedule for the wards: the operations planned for a
/// registered patient. A case belongs to the patient it was linked to at import, or whose
/// IPP or downtime number is the case's patient reference (so an IPP added to the identity
/// later still finds the case).
class PlannedSurgeryQuery
{
    Q_DECLARE_TR_FUNCTIONS(PlannedSurgeryQuery)

public:
    explicit PlannedSurgeryQuery(Workspace& ws) : m_ws(ws) {}

    /// Every case of the patient still ahead (booked on `today` or later, or waiting for a
    /// slot), soonest first; cases without a date come last.
    Result<QList<PlannedSurgery>> forPatient(const Patient& patient, const QDate& today);
    /// The first of forPatient(), or nullopt when nothing is planned.
    Result<std::optional<PlannedSurgery>> next(const Patient& patient, const QDate& today);

    /// What became of a booking: compares the current session day with the day the patient
    /// was told about (plain values, tested without a database).
    static PlannedSurgery::Change changeOf(const QString& originalSession, const QDate& originalDate,
                                           const QString& bookedSession, const QDate& bookedDate);

    /// "moved (was 07/12)", "postponed (was 07/12)", "no date (was 07/12)"…; empty for Change::None.
    static QString changeLabel(const PlannedSurgery& surgery);
    /// One line for the board and the handover sheet: "07/12 08:00, T1: Cholecystectomy", then
    /// the change (and with `withReason`, the theatre manager's reason) when the white plan moved it.
    static QString describe(const PlannedSurgery& surgery, bool withReason = false);

private:
    Workspace& m_ws;
};

} // namespace wp::theatre
