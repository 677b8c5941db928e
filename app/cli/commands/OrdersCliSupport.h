#pragma once

#include "Command.h"
#include "patients/Patient.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QHash>

namespace wp::cli {

/// What the orders, results and alerts commands share: reading a date-time option, writing
/// times as the CSV contracts spell them, naming patients, and printing a table as text or CSV.
class OrdersCliSupport
{
    Q_DECLARE_TR_FUNCTIONS(OrdersCliSupport)

public:
    /// `--name` as YYYY-MM-DDTHH:MM (local time); an invalid QDateTime when not given.
    static Result<QDateTime> dateTime(const QCommandLineParser& parser, const QString& name);
    /// A time as YYYY-MM-DDTHH:MM in local time (the results.csv format), empty when invalid.
    static QString time(const QDateTime& t);
    /// Every patient known here by record id, to name the patient of an order or an alert.
    static Result<QHash<QString, Patient>> patientsById(Workspace& ws);
    /// The patient given by `--patient` (downtime number or IPP); unknown is bad input.
    static Result<Patient> patient(Workspace& ws, const QString& typed);
    /// Checks `--ward` against the wards of this laptop (unknown: bad input); empty when not given.
    static Result<QString> ward(Workspace& ws, const QCommandLineParser& parser);
    /// `--format csv|text` (text by default): true for CSV.
    static Result<bool> csvFormat(const QCommandLineParser& parser);
    /// Prints `rows` under `header`: RFC 4180 CSV, or aligned columns for a terminal.
    static void writeTable(CommandIo& io, const QStringList& header, const QList<QStringList>& rows,
                           bool csv);
};

} // namespace wp::cli
