#pragma once

#include "Plan.h"
#include "Result.h"

#include <QCoreApplication>

namespace wp::theatre {

/// plan.csv (`case_id,session_id,start`) reading and writing.
class PlanFile
{
    Q_DECLARE_TR_FUNCTIONS(PlanFile)

public:
    /// Reads a plan; malformed files (columns, times, a start without a session or the
    /// reverse) are InvalidInput errors naming file, line and column. Ids are not checked
    /// here: unknown or repeated ids are constraint violations for PlanChecker.
    static Result<Plan> read(const QString& path);
    static Result<Plan> fromData(const QByteArray& data, const QString& fileName);
    static QByteArray toCsv(const Plan& plan);
    /// Writes atomically: the file appears complete or not at all.
    static Status write(const Plan& plan, const QString& path);
    static QString formatTime(int minutes);
};

} // namespace wp::theatre
