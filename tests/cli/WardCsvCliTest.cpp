#include "CliRun.h"
#include "Database.h"
#include "TestSupport.h"
#include "clinical/forms/FormRegistry.h"
#include "csv/CsvReader.h"
#include "entries/FormEntryService.h"
#include "patients/PatientService.h"
#include "users/UserService.h"
#include "workspace/Workspace.h"

#include <catch2/catch.hpp>

#include <QDir>

#include <algorithm>

using namespace wp;

namespace {

class Hospital
{
public:
    Hospital()
    {
        auto r = test::runCli(test::initArgs(tmp.path()), test::cliSecrets(test::cliAdminPassword()));
        REQUIRE(r.exitCode == 0);
    }
    test::CliResult run(const QStringList& args) const
    {
        return test::runCli(args + test::asUser(tmp.path()), test::cliSecrets(test::cliAdminPassword()));
    }
    test::CliResult importCensus(const QString& fixture) const
    {
        return run({QStringLiteral("patients"), QStringLiteral("import"),
                    test::dataFile(QStringLiteral("ward/") + fixture)});
    }
    test::CliResult importObservations(const QString& fixture) const
    {
        return run({QStringLiteral("observations"), QStringLiteral("import"),
                    test::dataFile(QStringLiteral("ward/") + fixture)});
    }
    test::CliResult exportObservations(const QStringList& extra = {}) const
    {
        return test::runCli(QStringList{QStringLiteral("observations"), QStringLiteral("export"),
                                        QStringLiteral("--format"), QStringLiteral("csv"),
                                        QStringLiteral("--data-dir"), tmp.path()} +
                            extra);
    }
    int count(const QString& sql) const
    {
        auto db = db::Database::open(QDir(tmp.path()).filePath(Workspace::databaseFileName()),
                                     db::Database::Mode::ReadOnly);
        REQUIRE(db.ok());
        return db->scalar(sql).value().toInt();
    }
    test::TempDir tmp;
};

} // namespace

TEST_CASE("cli: the census import registers patients, creates wards and beds, and is idempotent")
{
    Hospital h;
    auto r = h.importCensus(QStringLiteral("census.csv"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Imported 4 patient(s); 0 already present")));
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM patient")) == 4);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM patient WHERE status = 'admitted'")) == 3);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM ward WHERE code = 'CARDIO'")) == 1);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM patient WHERE allergies = 'none'")) == 1);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM patient WHERE downtime_number LIKE 'URG1-%'")) == 4);
    // Rows whose IPP is known change nothing: importing again is harmless.
    auto again = h.importCensus(QStringLiteral("census-with-ipps.csv"));
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("Imported 0 patient(s); 3 already present")));
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM patient")) == 4);
    // A patient without IPP cannot be recognised: the occupied bed stops a silent duplicate.
    auto whole = h.importCensus(QStringLiteral("census.csv"));
    CHECK(whole.exitCode == 2);
    CHECK(whole.err.contains(QStringLiteral("line 4, column bed")));
    CHECK(whole.err.contains(QStringLiteral("ROSSI")));
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM patient")) == 4);

    // Same birth date, same name but for case and accents: imported, never merged, and flagged.
    auto similar = h.importCensus(QStringLiteral("census-likely-duplicate.csv"));
    REQUIRE(similar.exitCode == 0);
    CHECK(similar.err.contains(QStringLiteral("may be the same person")));
    CHECK(similar.err.contains(QStringLiteral("URG1-000001")));
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM patient")) == 5);
}

TEST_CASE("cli: a bad census row aborts the whole import, naming file, line and column")
{
    using Case = std::tuple<const char*, int, const char*>;
    const auto [fixture, line, column] = GENERATE(
        Case{"census-duplicate-ipp.csv", 3, "ipp"}, Case{"census-bad-date.csv", 2, "birth_date"},
        Case{"census-bad-sex.csv", 3, "sex"}, Case{"census-bad-ins.csv", 2, "ins"},
        Case{"census-unknown-column.csv", 1, "wrad"}, Case{"census-missing-column.csv", 1, "first_names"},
        Case{"census-bed-twice.csv", 3, "bed"}, Case{"census-bed-without-ward.csv", 2, "bed"},
        Case{"census-nul.csv", 2, "reason"}, Case{"census-bidi.csv", 2, "allergies"},
        Case{"census-long-name.csv", 2, "birth_name"}, Case{"census-admitted-future.csv", 2, "admitted_at"});
    Hospital h;
    auto r = h.importCensus(QString::fromLatin1(fixture));
    INFO(fixture << ": " << r.err.toStdString());
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QString::fromLatin1(fixture)));
    CHECK(r.err.contains(QStringLiteral("line %1").arg(line)));
    CHECK(r.err.contains(QString::fromLatin1(column)));
    // The refusal itself carries no raw NUL or direction override to the terminal.
    CHECK_FALSE(r.err.contains(QChar(0)));
    CHECK_FALSE(r.err.contains(QChar(0x202e)));
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM patient")) == 0);
}

TEST_CASE("cli: a malformed CSV is refused with its line")
{
    Hospital h;
    auto r = h.importCensus(QStringLiteral("census-bad-quote.csv"));
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("line 2")));
}

TEST_CASE("cli: observations import, then export with NEWS2 in the contract's columns")
{
    Hospital h;
    REQUIRE(h.importCensus(QStringLiteral("census.csv")).exitCode == 0);
    auto r = h.importObservations(QStringLiteral("observations.csv"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Imported 3 observation(s)")));

    auto out = h.exportObservations();
    INFO(out.err.toStdString());
    REQUIRE(out.exitCode == 0);
    auto csv = CsvReader::fromData(out.out.toUtf8(), QStringLiteral("export"));
    REQUIRE(csv.ok());
    CHECK(csv->header() ==
          QStringList{QStringLiteral("patient"), QStringLiteral("ipp"), QStringLiteral("taken_at"),
                      QStringLiteral("resp_rate"), QStringLiteral("spo2"), QStringLiteral("spo2_scale"),
                      QStringLiteral("oxygen"), QStringLiteral("systolic_bp"), QStringLiteral("diastolic_bp"),
                      QStringLiteral("pulse"), QStringLiteral("consciousness"), QStringLiteral("temperature"),
                      QStringLiteral("news2"), QStringLiteral("risk")});
    REQUIRE(csv->records().size() == 3);
    const auto& first = csv->records()[0];
    CHECK(csv->value(first, QStringLiteral("ipp")) == QStringLiteral("80001234"));
    CHECK(csv->value(first, QStringLiteral("taken_at")) == QStringLiteral("2026-11-27T10:00"));
    CHECK(csv->value(first, QStringLiteral("temperature")) == QStringLiteral("37.1"));
    // 18/min 0, SpO2 95 -> 1, air 0, 120 0, 80 0, A 0, 37.1 0.
    CHECK(csv->value(first, QStringLiteral("news2")) == QStringLiteral("1"));
    CHECK(csv->value(first, QStringLiteral("risk")) == QStringLiteral("low"));
    const auto& second = csv->records()[1];
    // 22 -> 2, 93 -> 2, oxygen 2, 105 -> 1, 105 -> 1, A 0, 38.3 -> 1: total 9, high.
    CHECK(csv->value(second, QStringLiteral("news2")) == QStringLiteral("9"));
    CHECK(csv->value(second, QStringLiteral("risk")) == QStringLiteral("high"));
    const auto& third = csv->records()[2];
    CHECK(csv->value(third, QStringLiteral("news2")).isEmpty());
    CHECK(csv->value(third, QStringLiteral("risk")) == QStringLiteral("incomplete"));

    auto one = h.exportObservations({QStringLiteral("--patient"), QStringLiteral("80001235")});
    REQUIRE(one.exitCode == 0);
    CHECK(one.out.count(QLatin1Char('\n')) == 2);
}

TEST_CASE("cli: a bad observation row aborts the whole import, naming file, line and column")
{
    using Case = std::tuple<const char*, int, const char*>;
    const auto [fixture, line, column] = GENERATE(Case{"observations-spo2-over-100.csv", 3, "spo2"},
                                                  Case{"observations-negative-rate.csv", 2, "resp_rate"},
                                                  Case{"observations-bad-temperature.csv", 2, "temperature"},
                                                  Case{"observations-unknown-patient.csv", 2, "patient"},
                                                  Case{"observations-bad-time.csv", 2, "taken_at"},
                                                  Case{"observations-unknown-column.csv", 1, "heart_rate"},
                                                  Case{"observations-wrap.csv", 3, "resp_rate"},
                                                  Case{"observations-future.csv", 2, "taken_at"});
    Hospital h;
    REQUIRE(h.importCensus(QStringLiteral("census.csv")).exitCode == 0);
    auto r = h.importObservations(QString::fromLatin1(fixture));
    INFO(fixture << ": " << r.err.toStdString());
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QString::fromLatin1(fixture)));
    CHECK(r.err.contains(QStringLiteral("line %1").arg(line)));
    CHECK(r.err.contains(QString::fromLatin1(column)));
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM record_version WHERE kind = 'observation'")) == 0);
}

TEST_CASE("cli: an endless input (/dev/zero) is refused at once with its line, nothing written")
{
    Hospital h;
    auto r = h.run({QStringLiteral("patients"), QStringLiteral("import"), QStringLiteral("/dev/zero")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("/dev/zero, line 1")));
    auto o = h.run({QStringLiteral("observations"), QStringLiteral("import"), QStringLiteral("/dev/zero")});
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(QStringLiteral("/dev/zero, line 1")));
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM patient")) == 0);
}

TEST_CASE(
    "cli: an IPP arriving with another identity is flagged, and observations re-imported are not doubled")
{
    Hospital h;
    REQUIRE(h.importCensus(QStringLiteral("census-ipp-trimmed.csv")).exitCode == 0);
    auto r = h.importCensus(QStringLiteral("census-ipp-other-identity.csv"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Imported 0 patient(s); 1 already present")));
    CHECK(r.err.contains(QStringLiteral("identities differ")));
    CHECK(r.err.contains(QStringLiteral("1 row(s) carry an IPP already given to a different identity")));

    REQUIRE(h.importCensus(QStringLiteral("census.csv")).exitCode == 0);
    REQUIRE(h.importObservations(QStringLiteral("observations.csv")).exitCode == 0);
    auto again = h.importObservations(QStringLiteral("observations.csv"));
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("Imported 0 observation(s); 3 already present")));
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM record_version WHERE kind = 'observation'")) == 3);
}

TEST_CASE("cli: a scale-2 observation imports, scores on scale 2, and leaves the patient's scale to a doctor")
{
    Hospital h;
    REQUIRE(h.importCensus(QStringLiteral("census.csv")).exitCode == 0);
    auto r = h.importObservations(QStringLiteral("observations-scale2.csv"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Imported 4 observation(s)")));

    auto out = h.exportObservations({QStringLiteral("--patient"), QStringLiteral("80001235")});
    INFO(out.err.toStdString());
    REQUIRE(out.exitCode == 0);
    auto csv = CsvReader::fromData(out.out.toUtf8(), QStringLiteral("export"));
    REQUIRE(csv.ok());
    REQUIRE(csv->records().size() == 3);
    const auto value = [&](int row, const char* column) {
        return csv->value(csv->records()[row], QString::fromLatin1(column));
    };
    for (int row = 0; row < 3; ++row) {
        CHECK(value(row, "spo2_scale") == QStringLiteral("2"));
    }
    // Scale 2 table: 89 % on oxygen scores 0 (scale 1 would give 3), plus oxygen 2: total 2.
    CHECK(value(0, "news2") == QStringLiteral("2"));
    CHECK(value(0, "risk") == QStringLiteral("low"));
    // 97 % on oxygen is over-oxygenation on scale 2: 3 (scale 1: 0), plus oxygen 2: total 5.
    CHECK(value(1, "news2") == QStringLiteral("5"));
    CHECK(value(1, "risk") == QStringLiteral("medium"));
    // 86 % on air scores 1 on scale 2 (scale 1: 3, a single red score).
    CHECK(value(2, "news2") == QStringLiteral("1"));
    CHECK(value(2, "risk") == QStringLiteral("low"));

    // The import set no scale for the patient: new observations here stay on scale 1 until a
    // doctor decides, and scale 2 typed on screen is still refused.
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM record_version WHERE kind = 'news2_scale'")) == 0);
    auto ws = Workspace::open(h.tmp.path());
    REQUIRE(ws.ok());
    auto boss = UserService(**ws).find(QStringLiteral("boss"));
    REQUIRE(boss.ok());
    (*ws)->setCurrentUser(*boss);
    auto patient = PatientService(**ws).findByNumber(QStringLiteral("80001235"));
    REQUIRE(patient.ok());
    clinical::FormRegistry forms;
    forms.reload();
    FormEntryService entries(**ws, forms);
    CHECK(entries.spo2Scale(patient->id) == 1);
    const QJsonObject typed{{QStringLiteral("resp_rate"), 18},
                            {QStringLiteral("spo2"), 89},
                            {QStringLiteral("spo2_scale"), QStringLiteral("2")},
                            {QStringLiteral("oxygen"), QStringLiteral("oxygen")},
                            {QStringLiteral("systolic_bp"), 120},
                            {QStringLiteral("diastolic_bp"), 70},
                            {QStringLiteral("pulse"), 80},
                            {QStringLiteral("consciousness"), QStringLiteral("A")},
                            {QStringLiteral("temperature"), 37.0}};
    auto onScreen = entries.validate(QStringLiteral("observation"), patient->id, typed);
    REQUIRE(onScreen.ok());
    CHECK_FALSE(onScreen->ok());
    const bool scaleRefused =
        std::any_of(onScreen->issues.begin(), onScreen->issues.end(),
                    [](const auto& i) { return i.field == QLatin1String("spo2_scale") && i.isError(); });
    CHECK(scaleRefused);
    auto saved = entries.save(QStringLiteral("observation"), patient->id, typed);
    CHECK_FALSE(saved.ok());
    // The same values imported pass: the rule guards the doctor's choice, not the source's.
    auto imported = entries.validate(QStringLiteral("observation"), patient->id, typed,
                                     FormEntryService::Origin::Imported);
    REQUIRE(imported.ok());
    CHECK(imported->ok());
}
