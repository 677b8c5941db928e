// The laboratory role (issue 15): the lab laptop's users enter results, print and carry
// bundles; they never record care, order, prescribe or manage anything. The core holds them
// to it, so the GUI and the CLI cannot let them through.
#include "Database.h"
#include "Migrator.h"
#include "TestSupport.h"
#include "patients/PatientService.h"
#include "records/RecordStore.h"
#include "users/UserService.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace wp;

namespace {

const QList<Permission> everyPermission{
    Permission::ManageUsers, Permission::ConfigureSite,  Permission::EditPatients,     Permission::RecordCare,
    Permission::Prescribe,   Permission::SetNews2Scale2, Permission::ManageTheatres,   Permission::ImportData,
    Permission::ExportData,  Permission::Backup,         Permission::Restore,          Permission::Print,
    Permission::OrderTests,  Permission::RecordResults,  Permission::AcknowledgeAlerts};

/// What each role may do, one letter per permission in everyPermission's order ('x' allowed).
/// Written out in full so that a change to any role shows here as a deliberate edit.
QString expectedRights(Role role)
{
    switch (role) {
    case Role::Nurse:
        return QStringLiteral("..xx...xxx.xxxx");
    case Role::Doctor:
        return QStringLiteral("..xxxx..xx.xxxx");
    case Role::TheatreManager:
        return QStringLiteral("......xxxx.x...");
    case Role::Administrator:
        return QStringLiteral("xxxx..xxxxxx...");
    case Role::Laboratory:
        return QStringLiteral(".......xxx.x.x.");
    }
    return {};
}

QString rights(Role role)
{
    QString letters;
    for (Permission p : everyPermission) {
        letters += Roles::allows(role, p) ? QLatin1Char('x') : QLatin1Char('.');
    }
    return letters;
}

/// French for the duration of a test, as `whiteplan` loads it.
struct French
{
    QTranslator translator;
    QLocale previous;

    French()
    {
        REQUIRE(translator.load(QStringLiteral(":/i18n/whiteplan_fr.qm")));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    }
    ~French()
    {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(previous);
    }
};

} // namespace

TEST_CASE("Each role's rights, the laboratory's included, are the table the issue gives", "[roles][issue15]")
{
    REQUIRE(Roles::all().size() == 5);
    for (Role role : Roles::all()) {
        INFO(Roles::code(role).toStdString());
        CHECK(rights(role) == expectedRights(role));
        // The database code goes back to the same role.
        CHECK(Roles::fromCode(Roles::code(role)) == role);
        CHECK_FALSE(Roles::label(role).isEmpty());
    }
    CHECK(Roles::code(Role::Laboratory) == QStringLiteral("laboratory"));
    CHECK(Roles::label(Role::Laboratory) == QStringLiteral("Laboratory"));
    CHECK_FALSE(Roles::fromCode(QStringLiteral("Laboratory")).has_value()); // codes are exact
    CHECK_FALSE(Roles::fromCode(QStringLiteral("lab")).has_value());
    for (Permission p : everyPermission) {
        CHECK_FALSE(Roles::describe(p).isEmpty());
    }
}

TEST_CASE("A laboratory user may record results but is refused care, patients and orders, in French too",
          "[roles][issue15]")
{
    test::TempDir tmp;
    ManualClock clock(test::testEpoch());
    auto ws = test::initialisedWorkspace(tmp.path(), clock);
    test::loginAs(*ws, QStringLiteral("labo"), Role::Laboratory);
    REQUIRE(ws->currentUser()->role == Role::Laboratory);

    CHECK(ws->require(Permission::RecordResults).ok());
    CHECK(ws->require(Permission::Print).ok());
    CHECK(ws->require(Permission::ExportData).ok());
    CHECK(ws->require(Permission::ImportData).ok());
    CHECK(ws->require(Permission::Backup).ok());

    auto care = ws->require(Permission::RecordCare);
    REQUIRE_FALSE(care.ok());
    CHECK(care.error().code == Error::Code::PermissionDenied);
    CHECK(care.errorMessage() == QStringLiteral("Your role (Laboratory) does not allow recording care."));
    CHECK_FALSE(ws->require(Permission::OrderTests).ok());
    CHECK_FALSE(ws->require(Permission::AcknowledgeAlerts).ok());

    // The services hold to it: no care record, no new patient, nothing written.
    const int versions =
        ws->db().scalar(QStringLiteral("SELECT count(*) FROM record_version")).value().toInt();
    auto note = RecordStore(*ws).create(QStringLiteral("nursing_note"), QStringLiteral("p1"),
                                        {{QStringLiteral("text"), QStringLiteral("written by the lab")}});
    REQUIRE_FALSE(note.ok());
    CHECK(note.errorMessage().contains(QStringLiteral("recording care")));
    CHECK(ws->db().scalar(QStringLiteral("SELECT count(*) FROM record_version")).value().toInt() == versions);
    auto patient = PatientService(*ws).registerPatient(test::person(
        QStringLiteral("Roux"), QStringLiteral("Marcel"), QDate(1947, 2, 3), QStringLiteral("M")));
    REQUIRE_FALSE(patient.ok());
    CHECK(patient.error().code == Error::Code::PermissionDenied);
    auto user = UserService(*ws).create(QStringLiteral("lab2"), QStringLiteral("Second Lab"),
                                        Role::Laboratory, QStringLiteral("lab2-password"));
    CHECK_FALSE(user.ok());

    SECTION("in French")
    {
        French french;
        CHECK(Roles::label(Role::Laboratory) == QStringLiteral("Laboratoire"));
        CHECK(ws->require(Permission::RecordCare).errorMessage() ==
              QStringLiteral("Votre rôle (Laboratoire) ne permet pas la saisie des soins."));
        CHECK(ws->require(Permission::OrderTests).errorMessage() ==
              QStringLiteral("Votre rôle (Laboratoire) ne permet pas la demande d'examens de biologie et "
                             "d'imagerie."));
    }
}

TEST_CASE("A laptop at schema 7 opens upgraded: its users still log in, and a laboratory user can be added",
          "[roles][migration][issue15]")
{
    test::TempDir tmp;
    {
        ManualClock clock(test::testEpoch());
        auto ws = test::initialisedWorkspace(tmp.path(), clock);
        test::loginAs(*ws, QStringLiteral("nina"), Role::Nurse);
        test::loginAs(*ws, QStringLiteral("bloc"), Role::TheatreManager);
        // Back to schema 7: app_user with the CHECK 0001 gave it, same rows.
        REQUIRE(ws->db()
                    .exec(QStringLiteral(
                        "CREATE TABLE app_user_old (id TEXT PRIMARY KEY, login TEXT NOT NULL UNIQUE COLLATE "
                        "NOCASE, full_name TEXT NOT NULL, role TEXT NOT NULL CHECK (role IN ('nurse', "
                        "'doctor', 'theatre_manager', 'administrator')), password_hash TEXT NOT NULL, active "
                        "INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)), failed_attempts INTEGER NOT "
                        "NULL DEFAULT 0, last_failed_at TEXT, created_at TEXT NOT NULL, created_by TEXT NOT "
                        "NULL) STRICT; INSERT INTO app_user_old SELECT * FROM app_user; DROP TABLE app_user; "
                        "ALTER TABLE app_user_old RENAME TO app_user;"))
                    .ok());
        REQUIRE(ws->db().setUserVersion(7).ok());
    }
    ManualClock clock(test::testEpoch().addSecs(3600));
    auto reopened = Workspace::open(tmp.path(), clock);
    INFO(reopened.errorMessage().toStdString());
    REQUIRE(reopened.ok());
    auto& ws = **reopened;
    CHECK(ws.db().userVersion() == db::Migrator::latestVersion());
    UserService users(ws);
    CHECK(users.count() == 3);
    auto nina = users.authenticate(QStringLiteral("nina"), QStringLiteral("nina-password"));
    REQUIRE(nina.ok());
    CHECK(nina->role == Role::Nurse);
    auto admin = users.authenticate(test::adminLogin(), test::adminPassword());
    REQUIRE(admin.ok());
    ws.setCurrentUser(*admin);
    auto labo = users.create(QStringLiteral("labo"), QStringLiteral("Laure Laborantine"), Role::Laboratory,
                             QStringLiteral("labo-password"));
    INFO(labo.errorMessage().toStdString());
    REQUIRE(labo.ok());
    auto found = users.authenticate(QStringLiteral("labo"), QStringLiteral("labo-password"));
    REQUIRE(found.ok());
    CHECK(found->role == Role::Laboratory);
}
