#include "CrashScenarios.h"

#include "BackupFile.h"
#include "Database.h"
#include "Migrator.h"
#include "backup/BackupService.h"
#include "entries/FormEntryService.h"
#include "exchange/ExchangeExporter.h"
#include "exchange/ExchangeImporter.h"
#include "site/SiteIdentity.h"
#include "site/SiteService.h"
#include "users/UserService.h"
#include "wardcsv/CensusImporter.h"
#include "wardcsv/ObservationCsv.h"

#include <catch2/catch.hpp>

#include <QDir>

namespace wp::test::scenarios {

namespace {

QByteArray passphrase()
{
    return QByteArrayLiteral("correct horse battery staple");
}

// Runs `op` on the workspace of `dir`, opened as a command opens it; false with the message
// when opening or the operation failed.
template<typename Op> bool withWorkspace(const QString& dir, QString& error, Op op)
{
    ManualClock clock(testEpoch());
    auto ws = CrashWard::open(dir, clock);
    if (!ws) {
        error = ws.errorMessage();
        return false;
    }
    Status st = op(**ws);
    error = st.errorMessage();
    return st.ok();
}

template<typename T> Status status(const Result<T>& r)
{
    return r.ok() ? Status() : Status(r.error());
}

int rotatedBackups(const QString& dir)
{
    return static_cast<int>(db::BackupFile::rotated(QDir(dir).filePath(QStringLiteral("backups"))).size());
}

} // namespace

CrashScenario saveObservation(const CrashWard& ward)
{
    const int before = CrashWard::observations(ward.dir);
    const QString patient = ward.patientId;
    return {QStringLiteral("save an observation"),
            [patient](const QString& dir, QString& error) {
                return withWorkspace(dir, error, [&](Workspace& ws) {
                    return status(FormEntryService(ws, CrashWard::forms())
                                      .save(QStringLiteral("observation"), patient,
                                            CrashWard::observation(91), ws.clock().now()));
                });
            },
            [before](const QString& dir, Expect expect) {
                checkCount("observations", CrashWard::observations(dir), before, before + 1, expect);
            }};
}

CrashScenario amendObservation(const CrashWard& ward)
{
    const QString record = ward.observationId;
    return {QStringLiteral("amend an observation"),
            [record](const QString& dir, QString& error) {
                return withWorkspace(dir, error, [&](Workspace& ws) {
                    return status(FormEntryService(ws, CrashWard::forms())
                                      .amend(record, CrashWard::observation(64),
                                             QStringLiteral("wrong patient's pulse")));
                });
            },
            [record](const QString& dir, Expect expect) {
                const int versions = CrashWard::count(
                    dir,
                    QStringLiteral("SELECT count(*) FROM record_version WHERE record_id = '%1'").arg(record));
                checkCount("versions of the amended record", versions, 1, 2, expect);
                // The current version is whole: the old pulse or the new one, never anything else.
                const int pulse = CrashWard::count(
                    dir, QStringLiteral(
                             "SELECT json_extract(data, '$.pulse') FROM record_version WHERE record_id = "
                             "'%1' ORDER BY version DESC LIMIT 1")
                             .arg(record));
                checkCount("current pulse", pulse, 82, 64, versions == 2 ? Expect::After : Expect::Before);
            }};
}

CrashScenario censusImport(const CrashWard& ward)
{
    const int before = CrashWard::patients(ward.dir);
    return {QStringLiteral("census import (3 rows)"),
            [](const QString& dir, QString& error) {
                return withWorkspace(dir, error, [&](Workspace& ws) {
                    const QByteArray csv = "birth_name,first_names,birth_date,sex,ward,bed\n"
                                           "Garnier,Louise,1948-02-03,F,MED,3\n"
                                           "Roux,Henri,1951-06-07,M,MED,4\n"
                                           "Faure,Jeanne,1939-11-12,F,SURG,A\n";
                    return status(CensusImporter(ws).importData(csv, QStringLiteral("census.csv")));
                });
            },
            [before](const QString& dir, Expect expect) {
                checkCount("patients", CrashWard::patients(dir), before, before + 3, expect);
            }};
}

CrashScenario observationImport(const CrashWard& ward)
{
    const int before = CrashWard::observations(ward.dir);
    return {QStringLiteral("observation import (3 rows)"),
            [](const QString& dir, QString& error) {
                return withWorkspace(dir, error, [&](Workspace& ws) {
                    return status(ObservationCsv(ws, CrashWard::forms())
                                      .importFile(dataFile(QStringLiteral("ward/observations.csv"))));
                });
            },
            [before](const QString& dir, Expect expect) {
                checkCount("observations", CrashWard::observations(dir), before, before + 3, expect);
            }};
}

QString makeBundle(const CrashWard& ward, const QString& folder)
{
    ManualClock clock(testEpoch().addSecs(-1800));
    auto wardDb = db::Database::open(QDir(ward.dir).filePath(Workspace::databaseFileName()),
                                     db::Database::Mode::ReadOnly);
    REQUIRE(wardDb.ok());
    auto identity = SiteIdentity::of(*wardDb);
    REQUIRE(identity.ok());
    auto opened = Workspace::open(QDir(folder).filePath(QStringLiteral("t2")), clock);
    REQUIRE(opened.ok());
    Workspace& ws = **opened;
    SiteSetup setup;
    setup.hospital = identity->hospitalName;
    setup.hospitalId = identity->hospitalId;
    setup.deviceCode = QStringLiteral("T2");
    setup.wards = {
        {QStringLiteral("MED"), QStringLiteral("Medicine"), {QStringLiteral("1"), QStringLiteral("2")}}};
    setup.adminLogin = QStringLiteral("admin2");
    setup.adminName = QStringLiteral("Second Admin");
    setup.adminPassword = adminPassword();
    auto st = SiteService(ws).initialise(setup);
    INFO(st.errorMessage().toStdString());
    REQUIRE(st.ok());
    ws.setCurrentUser(*UserService(ws).find(QStringLiteral("admin2")));
    auto census = CensusImporter(ws).importData("birth_name,first_names,birth_date,sex,ipp\n"
                                                "Morel,Claire,1962-04-05,F,90000001\n"
                                                "Blanc,Yves,1958-09-10,M,90000002\n",
                                                QStringLiteral("t2.csv"));
    REQUIRE(census.ok());
    const QString patient =
        ws.db().scalar(QStringLiteral("SELECT id FROM patient WHERE ipp = '90000001'")).value().toString();
    for (int i = 0; i < 3; ++i) {
        REQUIRE(FormEntryService(ws, CrashWard::forms())
                    .save(QStringLiteral("observation"), patient, CrashWard::observation(70 + i),
                          clock.now().addSecs(-600 * (i + 1)))
                    .ok());
    }
    exchange::ExportOptions options;
    options.kdf = exchange::KdfParams::fastForTests();
    const QString file = QDir(folder).filePath(QStringLiteral("t2.wpb"));
    auto exported = exchange::ExchangeExporter(ws).exportTo(file, passphrase(), options);
    INFO(exported.errorMessage().toStdString());
    REQUIRE(exported.ok());
    return file;
}

CrashScenario bundleImport(const CrashWard& ward, const QString& bundle)
{
    const int patients = CrashWard::patients(ward.dir);
    const int versions = CrashWard::versions(ward.dir);
    // What the whole import adds, from one uninterrupted import of a scratch copy.
    int versionsAfter = 0;
    {
        TempDir scratch;
        copyDirectory(ward.dir, scratch.file(QStringLiteral("d")));
        ManualClock clock(testEpoch());
        auto ws = CrashWard::open(scratch.file(QStringLiteral("d")), clock);
        REQUIRE(ws.ok());
        REQUIRE(exchange::ExchangeImporter(**ws).importFile(bundle, passphrase()).ok());
        versionsAfter =
            (*ws)->db().scalar(QStringLiteral("SELECT count(*) FROM record_version")).value().toInt();
    }
    REQUIRE(versionsAfter >= versions + 5);
    return {QStringLiteral("bundle import (2 patients, 3 observations)"),
            [bundle](const QString& dir, QString& error) {
                return withWorkspace(dir, error, [&](Workspace& ws) {
                    return status(exchange::ExchangeImporter(ws).importFile(bundle, passphrase()));
                });
            },
            [patients, versions, versionsAfter](const QString& dir, Expect expect) {
                const int nowPatients = CrashWard::patients(dir);
                checkCount("patients", nowPatients, patients, patients + 2, expect);
                // All or nothing: the records came with their patients or not at all.
                checkCount("record versions", CrashWard::versions(dir), versions, versionsAfter,
                           nowPatients == patients ? Expect::Before : Expect::After);
            }};
}

QString makeBackup(CrashWard& ward)
{
    ManualClock clock(testEpoch().addSecs(-900));
    auto ws = CrashWard::open(ward.dir, clock);
    REQUIRE(ws.ok());
    auto backup = BackupService(**ws).rotate(true);
    REQUIRE(backup.ok());
    REQUIRE(FormEntryService(**ws, CrashWard::forms())
                .save(QStringLiteral("observation"), ward.patientId, CrashWard::observation(77), clock.now())
                .ok());
    return *backup;
}

CrashScenario restore(const CrashWard& ward, const QString& backup)
{
    const QString backupName = QFileInfo(backup).fileName();
    const int current = CrashWard::observations(ward.dir);
    return {QStringLiteral("restore a backup, then the first start on it"),
            [backupName](const QString& dir, QString& error) {
                ManualClock clock(testEpoch());
                auto kept = Workspace::restore(
                    dir, QDir(dir).filePath(QStringLiteral("backups/") + backupName), clock);
                if (!kept) {
                    error = kept.errorMessage();
                    return false;
                }
                // The first start on the restored database writes (its WAL is switched on).
                return withWorkspace(dir, error, [](Workspace&) { return Status(); });
            },
            [current](const QString& dir, Expect expect) {
                // The backup holds one observation fewer than the database it replaces.
                checkCount("observations", CrashWard::observations(dir), current, current - 1, expect);
            }};
}

CrashScenario automaticBackup(const CrashWard& ward)
{
    const int before = rotatedBackups(ward.dir);
    return {QStringLiteral("automatic backup"),
            [](const QString& dir, QString& error) {
                return withWorkspace(dir, error,
                                     [&](Workspace& ws) { return status(BackupService(ws).rotate(true)); });
            },
            [before](const QString& dir, Expect expect) {
                checkCount("backups", rotatedBackups(dir), before, before + 1, expect);
                // Whatever carries a backup's name is a whole backup.
                for (const QFileInfo& file :
                     db::BackupFile::rotated(QDir(dir).filePath(QStringLiteral("backups")))) {
                    INFO(file.fileName().toStdString());
                    CHECK(db::BackupFile::validate(file.absoluteFilePath()).ok());
                }
            }};
}

void makeOldDatabase(const QString& dir)
{
    QDir().mkpath(dir);
    auto db = db::Database::open(QDir(dir).filePath(Workspace::databaseFileName()),
                                 db::Database::Mode::ReadWriteCreate);
    REQUIRE(db.ok());
    const auto builtin = db::Migrator::builtin();
    REQUIRE(builtin.ok());
    QList<db::Migration> old;
    for (const auto& m : *builtin) {
        if (m.version <= 6) {
            old << m;
        }
    }
    REQUIRE(db::Migrator(old).migrate(*db).ok());
    REQUIRE(
        db->exec(QStringLiteral("INSERT INTO app_user(id, login, full_name, role, password_hash, created_at, "
                                "created_by) VALUES ('u1', 'claire', 'Claire', 'nurse', 'hash', "
                                "'2026-11-28T08:00:00.000Z', 'admin');"))
            .ok());
}

CrashScenario migration()
{
    return {QStringLiteral("upgrade from schema 6"),
            [](const QString& dir, QString& error) {
                ManualClock clock(testEpoch());
                auto ws = Workspace::open(dir, clock, Workspace::Check::Full, Workspace::Access::Write);
                error = ws.errorMessage();
                return ws.ok();
            },
            [](const QString& dir, Expect expect) {
                // Each migration is one transaction: any version from 6 to the latest is whole.
                const int version = CrashWard::count(dir, QStringLiteral("PRAGMA user_version"));
                const int latest = db::Migrator::latestVersion();
                INFO("schema version " << version);
                if (expect == Expect::After) {
                    CHECK(version == latest);
                } else if (expect == Expect::Before) {
                    CHECK(version == 6);
                } else {
                    CHECK((version >= 6 && version <= latest));
                }
                CHECK(CrashWard::count(dir, QStringLiteral("SELECT count(*) FROM app_user")) == 1);
            }};
}

} // namespace wp::test::scenarios
