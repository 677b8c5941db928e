#pragma once

#include "foundation/Clock.h"
#include "patients/Patient.h"
#include "workspace/Workspace.h"

#include <memory>

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <ostream>

// Lets Catch2 print QStrings in failed assertions.
std::ostream& operator<<(std::ostream& os, const QString& s);

namespace wp::test {

/// Path of a fixture in tests/data.
QString dataFile(const QString& relative);

/// A temporary directory removed at the end of the test.
class TempDir
{
public:
    TempDir();
    QString path() const { return m_dir.path(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the built whiteplan-cli end to end. `env` is added to a clean environment
/// (WHITEPLAN_PASSWORD and the like); `input` is written to its standard input.
CliResult runCli(const QStringList& arguments, const QProcessEnvironment& env = {},
                 const QByteArray& input = {}, int timeoutMs = 120000);

/// Writes `content` to `path` (UTF-8), creating folders.
void writeFile(const QString& path, const QByteArray& content);
QByteArray readFile(const QString& path);

} // namespace wp::test

namespace wp::test {

/// The admin created by initialisedWorkspace().
inline QString adminLogin()
{
    return QStringLiteral("admin");
}
inline QString adminPassword()
{
    return QStringLiteral("admin-password-1");
}

/// A fixed start time for ManualClocks in tests.
QDateTime testEpoch();

/// A patient with just the traits registration needs.
inline Patient person(const QString& birthName, const QString& firstNames, const QDate& born,
                      const QString& sex = QStringLiteral("F"))
{
    Patient p;
    p.birthName = birthName;
    p.firstNames = firstNames;
    p.birthDate = born;
    p.sex = sex;
    return p;
}

/// Opens `dir` as a workspace set up with a hospital, two wards (MED with beds 1–4,
/// SURG with beds A–B), device code `T1` and the admin above, logged in.
std::unique_ptr<Workspace> initialisedWorkspace(const QString& dir, Clock& clock);

/// Adds a user with `role` (password "<login>-password") and logs them in.
void loginAs(Workspace& ws, const QString& login, Role role);

/// How many of the newest 1,000 audit entries record `action`.
int auditCount(Workspace& ws, const QString& action);

} // namespace wp::test
