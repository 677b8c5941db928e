#pragma once

#include "clinical/News2Result.h"
#include "patients/Patient.h"
#include "theatreplan/PlannedSurgery.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace wp {

/// A scheduled dose of a prescription line that is due and not yet recorded.
struct DueDose
{
    QString prescriptionId; ///< record id of the prescription entry
    QString drug;
    QDateTime dueAt;
};

/// The laboratory column of a board line: orders still waiting for results and the alerts
/// (critical results, NEWS2 escalations) nobody has acknowledged yet.
struct WardLabSummary
{
    int pendingOrders = 0; ///< open orders (not resulted, acknowledged or cancelled)
    int overdueOrders = 0; ///< open orders past their expected result time
    int openAlerts = 0;
    /// The oldest open alert: the one that has waited longest for an answer.
    QString oldestAlertId;
    QString oldestAlertSummary;
    QDateTime oldestAlertAt;
};

/// One line of the ward board: a bed and, when occupied, what the nurse must see at a glance.
struct WardBoardRow
{
    QString wardCode;
    QString bedLabel;
    std::optional<Patient> patient;

    /// Allergies as recorded ("none" = no known allergy; empty = not recorded).
    bool hasAllergy() const;

    /// Latest observation set (not entered in error), if any.
    QDateTime lastObservationAt;
    std::optional<int> news2Total;
    clinical::News2Risk news2Risk = clinical::News2Risk::Incomplete;
    /// When the next set is due; invalid when there is no complete set to plan from.
    QDateTime observationsDueAt;
    bool observationsOverdue = false;
    /// NEWS2 7 or more: the patient is under continuous monitoring. The board says so rather
    /// than "overdue"; observationsDueAt is then when a set must at least be charted again.
    bool continuousMonitoring = false;

    /// Scheduled doses past their time (plus the grace period) with no administration recorded.
    QList<DueDose> overdueDoses;
    /// The next scheduled dose not yet recorded (due within the next 24 h, or due within
    /// the grace period just past); nullopt when none.
    std::optional<DueDose> nextDose;
    /// Prescription lines still running (scheduled or as needed).
    int activePrescriptions = 0;

    /// A transfer recorded on the transfer form whose departure is still ahead.
    QDateTime plannedTransferAt;
    QString plannedTransferTo;
    QString plannedTransferSamu;      ///< SAMU regulation number, to prefill the transfer-out movement
    QString plannedTransferTransport; ///< transport option code of the transfer form (smur, ambulance...)

    /// The patient's next operation on the theatre schedule (today or later, or waiting for a
    /// new date), with what the white plan changed; nullopt when none is planned.
    std::optional<theatre::PlannedSurgery> plannedSurgery;

    /// Pending orders and open alerts of the patient.
    WardLabSummary lab;
};

/// Ward-level counters for the white plan.
struct WardCounters
{
    int beds = 0;
    int occupied = 0;
    /// Patients admitted in the last 24 hours who are still on the ward.
    int admissionsLast24h = 0;
    /// Maximum new admissions per 24 h set by an administrator; nullopt when not limited.
    std::optional<int> admissionsLimit;

    bool admissionsLimited() const { return admissionsLimit.has_value(); }
    bool limitReached() const { return admissionsLimit && admissionsLast24h >= *admissionsLimit; }
};

} // namespace wp
