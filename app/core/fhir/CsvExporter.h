#pragma once

#include "BackEntryData.h"
#include "TheatreChange.h"

#include <QCoreApplication>

namespace wp::fhir {

/// One CSV file per kind of record (patients.csv, observation.csv, nursing_note.csv…),
/// RFC 4180, UTF-8, for the people entering data by hand and for spreadsheets. Each row
/// carries the patient's identity, both times, the author and the laptop; the record's
/// fields follow in columns named after their keys. Operations moved or postponed during
/// the downtime go to appointments.csv, one row per case, as the FHIR Appointments.
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)

public:
    /// Returns the files written.
    static Result<QStringList> write(const QString& directory, const QList<PatientRecords>& patients,
                                     const QList<TheatreChange>& theatre = {});
    static QString quote(const QString& field);
};

} // namespace wp::fhir
