#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTimeZone>

#include <algorithm>

std::ostream& operator<<(std::ostream& os, const QString& s)
{
    return os << '"' << s.toStdString() << '"';
}

namespace wp::test {

QString dataFile(const QString& relative)
{
    return QStringLiteral(WHITEPLAN_TEST_DATA) + QLatin1Char('/') + relative;
}

TempDir::TempDir() : m_dir(QDir::tempPath() + QStringLiteral("/whiteplan-test-XXXXXX")) {}

CliResult runCli(const QStringList& arguments, const QProcessEnvironment& env, const QByteArray& input,
                 int timeoutMs)
{
    QProcess process;
    QProcessEnvironment full = QProcessEnvironment::systemEnvironment();
    full.remove(QStringLiteral("WHITEPLAN_PASSWORD"));
    full.remove(QStringLiteral("WHITEPLAN_BUNDLE_PASSPHRASE"));
    full.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    full.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    full.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    full.insert(env);
    process.setProcessEnvironment(full);
    process.start(QStringLiteral(WHITEPLAN_CLI), arguments);
    CliResult result;
    if (!process.waitForStarted(10000)) {
        result.err = QStringLiteral("could not start whiteplan-cli");
        return result;
    }
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("whiteplan-cli timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        f.write(content);
    }
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace wp::test

#include "audit/AuditLog.h"
#include "site/SiteService.h"
#include "users/UserService.h"

#include <catch2/catch.hpp>

namespace wp::test {

QDateTime testEpoch()
{
    return QDateTime(QDate(2026, 11, 28), QTime(8, 0), Qt::UTC);
}

std::unique_ptr<Workspace> initialisedWorkspace(const QString& dir, Clock& clock)
{
    auto ws = Workspace::open(dir, clock);
    REQUIRE(ws.ok());
    SiteSetup setup;
    setup.hospital = QStringLiteral("Test Hospital");
    setup.deviceCode = QStringLiteral("T1");
    setup.wards = {
        {QStringLiteral("MED"),
         QStringLiteral("Medicine"),
         {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}},
        {QStringLiteral("SURG"), QStringLiteral("Surgery"), {QStringLiteral("A"), QStringLiteral("B")}}};
    setup.adminLogin = adminLogin();
    setup.adminName = QStringLiteral("Ada Admin");
    setup.adminPassword = adminPassword();
    auto st = SiteService(**ws).initialise(setup);
    INFO(st.errorMessage().toStdString());
    REQUIRE(st.ok());
    auto admin = UserService(**ws).find(adminLogin());
    REQUIRE(admin.ok());
    (*ws)->setCurrentUser(*admin);
    return std::move(ws).value();
}

void loginAs(Workspace& ws, const QString& login, Role role)
{
    UserService users(ws);
    if (!users.find(login)) {
        auto previous = ws.currentUser();
        auto admin = users.find(adminLogin());
        REQUIRE(admin.ok());
        ws.setCurrentUser(*admin);
        auto created =
            users.create(login, login + QStringLiteral(" Test"), role, login + QStringLiteral("-password"));
        INFO(created.errorMessage().toStdString());
        REQUIRE(created.ok());
    }
    auto user = users.find(login);
    REQUIRE(user.ok());
    ws.setCurrentUser(*user);
}

int auditCount(Workspace& ws, const QString& action)
{
    auto entries = AuditLog(ws).latest(1000);
    REQUIRE(entries.ok());
    return static_cast<int>(std::count_if(entries->cbegin(), entries->cend(),
                                          [&](const AuditEntry& e) { return e.action == action; }));
}

} // namespace wp::test
