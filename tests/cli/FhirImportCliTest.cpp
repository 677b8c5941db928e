#include "CliRun.h"
#include "Database.h"
#include "TestSupport.h"
#include "csv/CsvReader.h"
#include "fhir/FhirSettings.h"
#include "users/UserService.h"
#include "workspace/Workspace.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QRegularExpression>

// End to end tests of `whiteplan-cli import fhir` (issue #14): the CLI is run as a process on a
// laptop made with `init`, and the database is read back through the storage layer.

using namespace wp;

namespace {

QString fixture(const QString& name)
{
    return test::dataFile(QStringLiteral("fhir-import/") + name);
}

/// Every row of every table of a database, each cell as its bytes in hex (NULL apart), in a
/// text that is equal for two databases exactly when their content is. Audit entries of logins
/// are left out: every CLI run logs its user in, which is not a write of the import.
QString everyTable(const QString& dir)
{
    auto db =
        db::Database::open(QDir(dir).filePath(Workspace::databaseFileName()), db::Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    auto tables =
        db->prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    REQUIRE(tables.ok());
    QStringList names;
    while (*tables->step()) {
        names << tables->text(0);
    }
    REQUIRE(names.contains(QStringLiteral("record_version")));
    QString out;
    for (const QString& table : std::as_const(names)) {
        const QString where =
            table == QLatin1String("audit_entry") ? QStringLiteral(" WHERE action <> 'login'") : QString();
        auto rows = db->prepare(QStringLiteral("SELECT * FROM \"%1\"%2").arg(table, where));
        REQUIRE(rows.ok());
        out += QStringLiteral("== %1\n").arg(table);
        while (true) {
            auto row = rows->step();
            REQUIRE(row.ok());
            if (!*row) {
                break;
            }
            QStringList cells;
            for (int i = 0; i < rows->columnCount(); ++i) {
                cells << (rows->isNull(i) ? QStringLiteral("NULL")
                                          : QString::fromLatin1(rows->blob(i).toHex()));
            }
            out += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return out;
}

/// A fresh laptop made with `init` (wards MED and CHIR), as a hospital would start one.
class Laptop
{
public:
    Laptop()
    {
        auto r = test::runCli(test::initArgs(tmp.path())
                                  << QStringLiteral("--ward") << QStringLiteral("CHIR:Chirurgie:4"),
                              test::cliSecrets(test::cliAdminPassword()));
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    /// The IPP system the hospital's fixtures use, set as the administrator does in the settings.
    void useHospitalIppSystem() const
    {
        auto ws = Workspace::open(tmp.path());
        REQUIRE(ws.ok());
        auto boss = UserService(**ws).authenticate(QStringLiteral("boss"), QStringLiteral("boss-password"));
        REQUIRE(boss.ok());
        (*ws)->setCurrentUser(*boss);
        auto st = fhir::FhirSettings(**ws).setIppSystem(QStringLiteral("http://hopital.example/ipp"));
        INFO(st.errorMessage().toStdString());
        REQUIRE(st.ok());
    }
    test::CliResult importFhir(const QStringList& args) const
    {
        return test::runCli(QStringList{QStringLiteral("import"), QStringLiteral("fhir")} + args +
                                test::asUser(tmp.path()),
                            test::cliSecrets(test::cliAdminPassword()));
    }
    /// `patients list --format csv` as "birth_name|first_names|birth_date|ipp|ins", sorted.
    QStringList listed() const
    {
        auto r =
            test::runCli({QStringLiteral("patients"), QStringLiteral("list"), QStringLiteral("--data-dir"),
                          tmp.path(), QStringLiteral("--format"), QStringLiteral("csv")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        auto csv = CsvReader::fromData(r.out.toUtf8(), QStringLiteral("list"));
        REQUIRE(csv.ok());
        QStringList out;
        for (const auto& record : csv->records()) {
            QStringList cells;
            for (const char* column : {"birth_name", "first_names", "birth_date", "ipp", "ins"}) {
                cells << csv->value(record, QLatin1String(column));
            }
            out << cells.join(QLatin1Char('|'));
        }
        out.sort();
        return out;
    }
    QString dump() const { return everyTable(tmp.path()); }
    test::TempDir tmp;
};

/// Rows of a query on a data directory's database, cells joined by '|'.
QStringList rows(const QString& dir, const QString& sql)
{
    auto db =
        db::Database::open(QDir(dir).filePath(Workspace::databaseFileName()), db::Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    auto stmt = db->prepare(sql);
    REQUIRE(stmt.ok());
    QStringList out;
    while (true) {
        auto row = stmt->step();
        REQUIRE(row.ok());
        if (!*row) {
            break;
        }
        QStringList cells;
        for (int i = 0; i < stmt->columnCount(); ++i) {
            cells << stmt->text(i);
        }
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

/// The summary without its first word, so that a dry run ("Would import: …") and an import
/// ("Imported: …") can be compared line for line.
QString summaryBody(const QString& out)
{
    QString s = out;
    s.replace(
        QRegularExpression(QStringLiteral("^(Would import|Imported): "), QRegularExpression::MultilineOption),
        QStringLiteral("IMPORT: "));
    return s;
}

} // namespace

TEST_CASE("cli: import fhir of an IPS document: the summary counts, patients list shows the patient, twice "
          "changes nothing")
{
    Laptop l;
    l.useHospitalIppSystem();
    auto r = l.importFhir({fixture(QStringLiteral("ips-document.json"))});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Hospital record as of 2026-12-03")));
    CHECK(r.out.contains(
        QStringLiteral("Imported: 1 patient(s) (1 new, 0 matched), 2 allergy(ies), 1 problem(s), "
                       "1 medication(s) to confirm, 1 chart observation(s), 1 result(s), "
                       "1 alert(s), 1 procedure(s), 1 immunization(s), 1 code status(es).")));
    CHECK(
        r.out.contains(QStringLiteral("Not imported: 1 AllergyIntolerance (inactive), 1 Composition, 1 "
                                      "Condition (resolved), 1 Coverage, 1 MedicationStatement (stopped).")));
    CHECK(l.listed() ==
          QStringList{QStringLiteral("MARTIN|Marie Louise|1969-05-12|IPP001234|269054958815780")});
    CHECK(rows(l.tmp.path(), QStringLiteral("SELECT count(*) FROM record_version WHERE kind = "
                                            "'hospital_medication'")) == QStringList{QStringLiteral("1")});

    const QString before = l.dump();
    auto again = l.importFhir({fixture(QStringLiteral("ips-document.json"))});
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("Imported: 1 patient(s) (0 new, 1 matched).")));
    CHECK(again.out.contains(QStringLiteral("Already present: 2 allergy(ies), 1 problem(s)")));
    CHECK(l.dump() == before);
    CHECK(l.listed().size() == 1);
}

TEST_CASE("cli: import fhir of a Bulk Data NDJSON folder: the summary counts, patients list, twice changes "
          "nothing")
{
    Laptop l;
    l.useHospitalIppSystem();
    const QStringList args{fixture(QStringLiteral("bulk")), QStringLiteral("--ward"), QStringLiteral("MED")};
    auto r = l.importFhir(args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Hospital record as of 2026-12-05")));
    CHECK(
        r.out.contains(QStringLiteral("Imported: 1 patient(s) (1 new, 0 matched), 1 chart observation(s).")));
    // ROUX Anne's INS has a wrong key in the fixture: she is refused, her items with her.
    CHECK(r.out.contains(QStringLiteral("1 Patient (identity incomplete)")));
    CHECK(r.out.contains(QStringLiteral("1 MedicationRequest (patient not imported)")));
    CHECK(r.err.contains(QStringLiteral("ROUX Anne")));
    CHECK(l.listed() == QStringList{QStringLiteral("PETIT|Jean|1941-11-02|IPP0001|")});
    CHECK(rows(l.tmp.path(), QStringLiteral("SELECT ward_code FROM patient")) ==
          QStringList{QStringLiteral("MED")});

    const QString before = l.dump();
    auto again = l.importFhir(args);
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("Imported: 1 patient(s) (0 new, 1 matched).")));
    CHECK(again.out.contains(QStringLiteral("Already present: 1 chart observation(s).")));
    CHECK(l.dump() == before);
}

TEST_CASE("cli: the demo hospital exported as FHIR and imported on a fresh laptop keeps patients and "
          "allergies")
{
    test::TempDir demo;
    auto made = test::runCli({QStringLiteral("demo"), QStringLiteral("--data-dir"), demo.path()});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QString bundle = demo.file(QStringLiteral("demo-fhir.json"));
    auto exported = test::runCli({QStringLiteral("export"), QStringLiteral("fhir"),
                                  QStringLiteral("--data-dir"), demo.path(), QStringLiteral("--user"),
                                  QStringLiteral("admin"), QStringLiteral("--out"), bundle},
                                 test::cliSecrets(QStringLiteral("demo-admin")));
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    // The export writes IPPs in WhitePlan's default IPP system, which a fresh laptop reads as IPP.
    Laptop fresh;
    auto imported = fresh.importFhir({bundle});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const int patients = rows(demo.path(), QStringLiteral("SELECT count(*) FROM patient")).value(0).toInt();
    REQUIRE(patients > 30);
    CHECK(imported.out.contains(
        QStringLiteral("Imported: %1 patient(s) (%1 new, 0 matched), %1 allergy(ies)").arg(patients)));

    const QString identities = QStringLiteral(
        "SELECT birth_name, coalesce(used_name, ''), first_names, birth_date, sex, coalesce(ipp, '') "
        "FROM patient ORDER BY 1, 2, 3, 4, 6");
    CHECK(rows(fresh.tmp.path(), identities) == rows(demo.path(), identities));
    const QString allergies =
        QStringLiteral("SELECT birth_name, first_names, birth_date, coalesce(allergies, '') FROM patient "
                       "ORDER BY 1, 2, 3, 4");
    CHECK(rows(fresh.tmp.path(), allergies) == rows(demo.path(), allergies));
    // Beds came back as "MED 101", a display the import could not split, before the export
    // wrote "WARD/BED".
    const QString beds = QStringLiteral(
        "SELECT birth_name, first_names, birth_date, coalesce(ward_code, ''), coalesce(bed_label, '') "
        "FROM patient ORDER BY 1, 2, 3, 4, 5");
    CHECK(rows(fresh.tmp.path(), beds) == rows(demo.path(), beds));
    CHECK_FALSE(imported.err.contains(QStringLiteral("registered without a bed")));
    // Every NEWS2 score comes back as a result with its value: scores without a resource id and
    // the same value at another time were once taken for one result "already present", and
    // valueInteger was read as no value.
    CHECK_FALSE(imported.out.contains(QStringLiteral("Already present")));
    const QString charted =
        QStringLiteral("SELECT count(*) FROM record_version WHERE kind = 'hospital_vital_signs'");
    const QString scores = QStringLiteral("SELECT count(*) FROM record_version WHERE kind = "
                                          "'hospital_result' AND json_extract(data, '$.text') = "
                                          "'NEWS2' AND json_extract(data, '$.value') <> ''");
    REQUIRE(rows(fresh.tmp.path(), charted).value(0).toInt() > 100);
    CHECK(rows(fresh.tmp.path(), scores) == rows(fresh.tmp.path(), charted));
    // And the same export again changes nothing.
    const QString before = fresh.dump();
    auto again = fresh.importFhir({bundle});
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("(0 new, %1 matched)").arg(patients)));
    CHECK(fresh.dump() == before);
    // Not carried: the downtime number (the fresh laptop gives its own), nursing notes
    // (DocumentReference), appointments and the Provenance resources, all listed as not
    // imported; the demo's observations come back as chart observations and results, not
    // compared here.
    CHECK(imported.out.contains(QStringLiteral("DocumentReference")));
    CHECK(imported.out.contains(QStringLiteral("Provenance")));
}

TEST_CASE("cli: import fhir puts a patient who moved in the bed he holds, not the one he left")
{
    Laptop l;
    l.useHospitalIppSystem();
    auto r = l.importFhir({fixture(QStringLiteral("moved-patient.json"))});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(rows(l.tmp.path(), QStringLiteral("SELECT ipp, ward_code, bed_label FROM patient")) ==
          QStringList{QStringLiteral("IPP777|MED|7")});
}

TEST_CASE("cli: a refused FHIR import exits with bad input, names file and place, and writes nothing")
{
    Laptop l;
    const QString before = l.dump();
    struct Case
    {
        const char* file;
        const char* where;
    };
    for (const Case& c :
         {Case{"broken/malformed.json", ", line 8, column 10: malformed JSON"},
          Case{"broken/unresolved.json", ", line 21, entry[1].resource.subject.reference: "},
          Case{"broken/no-resource-type.json", ", line 14, entry[1].resource: "},
          Case{"broken/wrong-birthdate.json", ", line 16, entry[0].resource.birthDate: "},
          Case{"broken/bad-ndjson", "/Observation.ndjson, line 3, column 42: malformed JSON"}}) {
        const QString path = fixture(QLatin1String(c.file));
        auto r = l.importFhir({path});
        INFO(c.file << ": " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(path + QLatin1String(c.where)));
        CHECK(r.out.isEmpty());
    }
    // A readable import given together with a broken one: all or nothing.
    auto mixed = l.importFhir(
        {fixture(QStringLiteral("ips-document.json")), fixture(QStringLiteral("broken/unresolved.json"))});
    CHECK(mixed.exitCode == 2);
    CHECK(l.dump() == before);
    CHECK(l.listed().isEmpty());
}

TEST_CASE("cli: import fhir --dry-run prints the import's summary and writes nothing")
{
    Laptop dry;
    dry.useHospitalIppSystem();
    const QString before = dry.dump();
    for (const QString& source : {QStringLiteral("ips-document.json"), QStringLiteral("bulk")}) {
        auto preview = dry.importFhir({fixture(source), QStringLiteral("--dry-run")});
        INFO(preview.err.toStdString());
        REQUIRE(preview.exitCode == 0);
        CHECK(preview.out.contains(QStringLiteral("Would import: 1 patient(s) (1 new, 0 matched)")));
        CHECK(dry.dump() == before);
        CHECK(dry.listed().isEmpty());

        // The real import on the same laptop says the same, line for line.
        Laptop real;
        real.useHospitalIppSystem();
        const QString empty = real.dump();
        auto done = real.importFhir({fixture(source)});
        INFO(done.err.toStdString());
        REQUIRE(done.exitCode == 0);
        CHECK(summaryBody(preview.out) == summaryBody(done.out));
        CHECK(preview.err == done.err);
        CHECK(real.listed().size() == 1);
        CHECK(real.dump() != empty); // the comparison above sees an import's writes
    }
}

TEST_CASE("cli: import fhir of a missing path or of JSON that is not FHIR: a clear refusal, nothing written")
{
    Laptop l;
    const QString before = l.dump();
    const QString missing = l.tmp.file(QStringLiteral("no-such-export.json"));
    auto r = l.importFhir({missing});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(missing + QStringLiteral(" does not exist.")));

    const QString notFhir = fixture(QStringLiteral("broken/not-fhir.json"));
    auto n = l.importFhir({notFhir});
    CHECK(n.exitCode == 2);
    CHECK(n.err.contains(notFhir +
                         QStringLiteral(", line 1, resourceType: the resource has no resourceType: it "
                                        "is not a FHIR R4 resource.")));
    CHECK(n.out.isEmpty());
    CHECK(l.dump() == before);
}
