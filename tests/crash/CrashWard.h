#pragma once

// The data directories the crash tests start from, each prepared once and copied for every cut.

#include "CrashHarness.h"

#include "clinical/forms/FormRegistry.h"

#include <QJsonObject>

#include <memory>

namespace wp::test {

/// A laptop with the ward's census (tests/data/ward/census.csv) and one observation.
struct CrashWard
{
    CrashWard();

    TempDir tmp;
    QString dir; // the prepared data directory, closed
    QString patientId;
    QString observationId; // the observation recorded in it

    /// Opens a copy the way each command does, the administrator logged in.
    static Result<std::unique_ptr<Workspace>> open(const QString& dir, Clock& clock);
    /// An observation of a patient who is well.
    static QJsonObject observation(int pulse);
    /// A form registry with the built-in forms.
    static const clinical::FormRegistry& forms();

    static int count(const QString& dir, const QString& sql);
    static int observations(const QString& dir);
    static int patients(const QString& dir);
    static int versions(const QString& dir);
};

/// The check "before, after or either" on a count.
void checkCount(const char* what, int now, int before, int after, Expect expect);

} // namespace wp::test
