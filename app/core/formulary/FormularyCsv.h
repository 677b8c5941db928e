#pragma once

#include "FormularyDrug.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

namespace wp::medication {

/// Reads the formulary CSV (docs/formulary-csv.md). The whole file is checked before
/// anything is used: the first bad value refuses it as "FILE, line L, column NAME: what was
/// expected", so a half-read formulary can never stand in for the pharmacy's list.
class FormularyCsv
{
    Q_DECLARE_TR_FUNCTIONS(FormularyCsv)

public:
    static QStringList requiredColumns();
    static QStringList optionalColumns();
    /// The route codes a prescription can use (the prescription form's).
    static QStringList routeCodes();
    /// The units dose limits may be written in.
    static QStringList doseUnits();
    /// The prescription units that `per_unit` may convert (one tablet holds…).
    static QStringList countUnits();

    static Result<QList<FormularyDrug>> parseFile(const QString& path);
    /// `fileName` only names the file in messages.
    static Result<QList<FormularyDrug>> parseData(const QByteArray& data, const QString& fileName);
};

} // namespace wp::medication
