#pragma once

#include "clinical/News2.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace wp::printing {

// Plain values a printout shows, read tolerantly from the records by PatientPrintData.

/// One set of observations with its NEWS2 score.
struct PrintObservation
{
    QDateTime takenAt;
    std::optional<int> respirationRate;
    std::optional<int> spo2;
    int spo2Scale = 1;
    QString oxygen; ///< "air" or "oxygen"; empty when not recorded
    std::optional<int> systolic;
    std::optional<int> diastolic;
    std::optional<int> pulse;
    QString consciousness; ///< A, C, V, P or U
    std::optional<double> temperature;
    clinical::News2Result news2;
};

/// One prescription line.
struct PrintMedication
{
    QString recordId; ///< what an administration's prescription_line names
    QString drug;
    QString dose; ///< with its unit
    QString route;
    QStringList times; ///< "08:00"… for scheduled drugs
    bool asNeeded = false;
    QString indication;
    QDateTime start;
    QDateTime end;
    bool fromHospitalRecord = false; ///< imported, or a prescription confirmed from an import
    bool confirmed = true;           ///< false for an imported line no doctor confirmed yet
};

/// A dose given, held or refused (medication administration record).
struct PrintAdministration
{
    QString prescriptionLine; ///< the line's record id (older records: the drug as written)
    QDateTime scheduledFor;
    QString status; ///< given, held or refused
    QDateTime at;
};

/// A pending task with its owner (I-PASS action list).
struct PrintAction
{
    QString text;
    QString owner;
    QDateTime due;
};

/// What the transfer letter needs, from a transfer form or the transfer movement.
struct PrintTransfer
{
    QString reason;
    QString destination;
    QString destinationWard;
    QString samuNumber;
    QString transport;
    QDateTime departure;
    QString receivingContact;
    QString medicalSummary;
    QString allergies;
    QString treatments;
    QString resistantOrganisms;
    QString devices;
    QString bloodProducts;
    QString contacts;
    bool done = false; ///< the patient has already left (a transfer movement exists)
};

} // namespace wp::printing
