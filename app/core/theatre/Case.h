#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace wp::theatre {

/// One operation waiting for a slot, from cases.csv.
struct Case
{
    QString id;
    QString patient;
    QString surgeon;
    QString specialty;
    QString procedure;
    int duration = 0; ///< minutes, > 0
    int priority = 4; ///< 1 to 4 for P1 to P4
    QDate listed;
    std::optional<QDate> earliest;
    QDate deadline;           ///< as given, or listed + 3 / 30 / 90 / 365 days
    int originalSession = -1; ///< index in Instance::sessions, or -1
    bool locked = false;
    int line = 0; ///< line in cases.csv, for messages

    int patientIndex = -1; ///< dense indices filled by Instance::finalize()
    int surgeonIndex = -1;
};

} // namespace wp::theatre
