#pragma once

#include "Instance.h"
#include "Result.h"

#include <QCoreApplication>

namespace wp::theatre {

/// Reads sessions.csv and cases.csv and validates them against the contract. The first
/// problem found is returned as an InvalidInput error naming the file, line, column and
/// what was expected; a returned Instance is finalized and admits at least one feasible
/// plan (every case unscheduled except the locked ones).
class InstanceReader
{
    Q_DECLARE_TR_FUNCTIONS(InstanceReader)

public:
    static Result<Instance> readFiles(const QString& sessionsPath, const QString& casesPath, int turnover);
    static Result<Instance> fromData(const QByteArray& sessions, const QString& sessionsName,
                                     const QByteArray& cases, const QString& casesName, int turnover);

    /// `YYYY-MM-DD` exactly; an invalid QDate otherwise.
    static QDate parseDate(const QString& text);
    /// `HH:MM` (24 h, two digits each) as minutes after midnight, or -1.
    static int parseTime(const QString& text);
};

} // namespace wp::theatre
