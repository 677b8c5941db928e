#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace wp::hospital {

/// One movement of a patient as the hospital-wide views show it: where from, where to,
/// when, and which laptop recorded it.
struct HospitalMovement
{
    enum class Type { Admission, Move, TransferOut, Discharge, Death };

    Type type = Type::Admission;
    QString recordId;
    QString patientId;
    QString patientName;    ///< "DUPONT (MARTIN) Jeanne"
    QString downtimeNumber; ///< of the patient
    QDateTime at;           ///< when it happened
    QDateTime recordedAt;   ///< when it was recorded
    QString recordedBy;
    QString device; ///< the laptop that recorded it
    QString fromWard;
    QString fromBed;
    QString toWard; ///< empty when the patient left the hospital
    QString toBed;
    QString destination; ///< transfer out: the receiving hospital
    QString samuNumber;  ///< transfer out: SAMU regulation number
    QString transport;
    QString reason;
    /// Transfer out: "transfer form", "transfer letter printed 14:02"… (what went with the patient).
    QStringList documents;

    /// True for a move into or out of `ward` (a change of bed inside it is neither).
    bool arrivesIn(const QString& ward) const { return toWard == ward && fromWard != ward; }
    bool leaves(const QString& ward) const { return fromWard == ward && toWard != ward; }
    /// A move that changes ward or hospital (what the transfer register lists).
    bool changesWard() const { return type != Type::Move || fromWard != toWard; }

    /// "admission", "move", "transfer_out", "discharge", "death" (CSV).
    static QString typeCode(Type type);
    /// Translated label.
    static QString typeLabel(Type type);
};

} // namespace wp::hospital
