#include "CrashWard.h"

#include "entries/FormEntryService.h"
#include "users/UserService.h"
#include "wardcsv/CensusImporter.h"

#include <catch2/catch.hpp>

namespace wp::test {

CrashWard::CrashWard() : dir(tmp.file(QStringLiteral("prepared")))
{
    ManualClock clock(testEpoch());
    auto ws = initialisedWorkspace(dir, clock);
    auto census = CensusImporter(*ws).importFile(dataFile(QStringLiteral("ward/census.csv")));
    INFO(census.errorMessage().toStdString());
    REQUIRE(census.ok());
    patientId =
        ws->db().scalar(QStringLiteral("SELECT id FROM patient WHERE ipp = '80001234'")).value().toString();
    REQUIRE_FALSE(patientId.isEmpty());
    auto saved =
        FormEntryService(*ws, forms())
            .save(QStringLiteral("observation"), patientId, observation(82), clock.now().addSecs(-3600));
    INFO(saved.errorMessage().toStdString());
    REQUIRE(saved.ok());
    observationId = saved->record.recordId;
}

Result<std::unique_ptr<Workspace>> CrashWard::open(const QString& dir, Clock& clock)
{
    auto ws = Workspace::open(dir, clock, Workspace::Check::Full, Workspace::Access::Write);
    if (!ws) {
        return ws.error();
    }
    auto admin = UserService(**ws).find(adminLogin());
    if (!admin) {
        return admin.error();
    }
    (*ws)->setCurrentUser(*admin);
    return ws;
}

QJsonObject CrashWard::observation(int pulse)
{
    return {{QStringLiteral("resp_rate"), 16},
            {QStringLiteral("spo2"), 96},
            {QStringLiteral("spo2_scale"), QStringLiteral("1")},
            {QStringLiteral("oxygen"), QStringLiteral("air")},
            {QStringLiteral("systolic_bp"), 128},
            {QStringLiteral("diastolic_bp"), 76},
            {QStringLiteral("pulse"), pulse},
            {QStringLiteral("consciousness"), QStringLiteral("A")},
            {QStringLiteral("temperature"), 37.1}};
}

const clinical::FormRegistry& CrashWard::forms()
{
    static const clinical::FormRegistry registry = [] {
        clinical::FormRegistry r;
        r.reload();
        return r;
    }();
    return registry;
}

int CrashWard::count(const QString& dir, const QString& sql)
{
    return peek(dir, sql).toInt();
}

int CrashWard::observations(const QString& dir)
{
    return count(dir, QStringLiteral("SELECT count(*) FROM record_version WHERE kind = 'observation'"));
}

int CrashWard::patients(const QString& dir)
{
    return count(dir, QStringLiteral("SELECT count(*) FROM patient"));
}

int CrashWard::versions(const QString& dir)
{
    return count(dir, QStringLiteral("SELECT count(*) FROM record_version"));
}

void checkCount(const char* what, int now, int before, int after, Expect expect)
{
    INFO(what << ": " << now << " (before " << before << ", after " << after << ")");
    switch (expect) {
    case Expect::Before:
        CHECK(now == before);
        break;
    case Expect::After:
        CHECK(now == after);
        break;
    case Expect::Either:
        CHECK((now == before || now == after));
        break;
    }
}

} // namespace wp::test
