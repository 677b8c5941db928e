#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace wp::theatre {

/// An operation waiting for a slot, as the workspace stores it: the contract's cases.csv
/// fields, the link to a registered patient, the current booking and the lock.
struct ScheduleCase
{
    QString id;
    QString patientRef;            ///< patient_id of the contract (usually the IPP)
    QString patientRecordId;       ///< registered patient with that IPP, if any
    QString patientName;           ///< display name of the registered patient, if linked
    QDate patientBirthDate;        ///< of the registered patient, if linked
    QString patientIpp;            ///< of the registered patient, if linked and known
    QString patientDowntimeNumber; ///< of the registered patient, if linked
    QString phone;
    QString surgeon;
    QString specialty;
    QString procedure;
    int duration = 0;
    int priority = 4;
    QDate listed;
    std::optional<QDate> earliest;
    std::optional<QDate> explicitDeadline; ///< only when it differs from the priority's default
    QString originalSession;               ///< booking the patient was told about, if any
    QString bookedSession;                 ///< the current plan; empty: needs a slot
    int bookedStart = -1;
    bool locked = false;
    QString lastPostponementReason;

    /// listed + 3 / 30 / 90 / 365 days for P1 / P2 / P3 / P4.
    static QDate defaultDeadline(const QDate& listed, int priority);
    QDate deadline() const { return explicitDeadline.value_or(defaultDeadline(listed, priority)); }
    /// The patient's name when linked, else the reference from the schedule.
    QString patientLabel() const { return patientName.isEmpty() ? patientRef : patientName; }
};

} // namespace wp::theatre
