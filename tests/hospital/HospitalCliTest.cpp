// Issue 16: `whiteplan-cli hospital census|find|transfers|sitrep`, end to end through the built
// binary, on the emergency laptop's data directory holding the demo laptop's records. The CLI
// reads the system clock: the laptops wrote three hours ago, so the demo's wards are stale.

#include "HospitalFixture.h"
#include "csv/CsvReader.h"

#include <QFileInfo>

using namespace wp;
using namespace wp::test;

namespace {

struct CliHospital
{
    HospitalFixture f{QDateTime::currentDateTimeUtc().addSecs(-3 * 3600)};
    QString dir;

    CliHospital()
    {
        dir = f.urgDir.path();
        // Closed as after a day's work (read commands would also run beside it).
        f.urg.reset();
    }

    CliResult run(QStringList args) const
    {
        args << QStringLiteral("--data-dir") << dir;
        return runCli(args);
    }
};

/// The CSV rows of `text` (header first).
QList<QStringList> rows(const QString& text)
{
    auto parsed = CsvReader::fromData(text.toUtf8(), QStringLiteral("output.csv"));
    INFO(parsed.errorMessage().toStdString());
    REQUIRE(parsed.ok());
    QList<QStringList> table{parsed->header()};
    for (const auto& record : parsed->records()) {
        table << record.fields;
    }
    return table;
}

QStringList rowOf(const QList<QStringList>& table, int column, const QString& key)
{
    for (const QStringList& r : table) {
        if (r.value(column) == key) {
            return r;
        }
    }
    FAIL("no row " << key.toStdString());
    return {};
}

} // namespace

TEST_CASE("cli: census lists every ward with free beds and marks the other laptop's wards stale",
          "[issue16][cli]")
{
    CliHospital h;
    auto csv = h.run({QStringLiteral("hospital"), QStringLiteral("census"), QStringLiteral("--format"),
                      QStringLiteral("csv")});
    INFO(csv.err.toStdString());
    REQUIRE(csv.exitCode == 0);
    const auto table = rows(csv.out);
    CHECK(table.first() == QStringList{QStringLiteral("ward"), QStringLiteral("name"), QStringLiteral("beds"),
                                       QStringLiteral("occupied"), QStringLiteral("free"),
                                       QStringLiteral("without_bed"), QStringLiteral("arriving"),
                                       QStringLiteral("leaving"), QStringLiteral("sources"),
                                       QStringLiteral("data_as_of"), QStringLiteral("freshness")});
    REQUIRE(table.size() == 5); // header, CHIR, MED, URG, total
    const QStringList urg = rowOf(table, 0, QStringLiteral("URG"));
    CHECK(urg.mid(2, 6) == QStringList{QStringLiteral("4"), QStringLiteral("1"), QStringLiteral("3"),
                                       QStringLiteral("0"), QStringLiteral("3"), QStringLiteral("2")});
    CHECK(urg.at(10) == QStringLiteral("live"));
    const QStringList med = rowOf(table, 0, QStringLiteral("MED"));
    CHECK(med.at(1) == QStringLiteral("Médecine polyvalente"));
    CHECK(med.at(3) == QString::number(h.f.demoAdmitted(QStringLiteral("MED")) + 1));
    CHECK(med.at(8) == QStringLiteral("DEMO URG"));
    CHECK(med.at(10) == QStringLiteral("stale"));
    CHECK(rowOf(table, 0, QStringLiteral("*")).at(2) == QStringLiteral("46"));

    auto text = h.run({QStringLiteral("hospital"), QStringLiteral("census")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("STALE")));
    CHECK(text.out.contains(QStringLiteral("live (this laptop)")));
    CHECK(text.out.contains(QStringLiteral("Médecine polyvalente")));
}

TEST_CASE("cli: find says where a patient is, which laptop said so and how old it is", "[issue16][cli]")
{
    CliHospital h;
    auto found = h.run({QStringLiteral("hospital"), QStringLiteral("find"), QStringLiteral("quillivic"),
                        QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(found.err.toStdString());
    REQUIRE(found.exitCode == 0);
    const auto table = rows(found.out);
    REQUIRE(table.size() == 2);
    const QStringList jean = table.at(1);
    CHECK(jean.at(0) == h.f.jean.downtimeNumber);
    CHECK(jean.at(7) == QStringLiteral("transferred"));
    CHECK(jean.at(10).startsWith(QStringLiteral("transferred to CHU de Rennes (SAMU 35-0042)")));
    CHECK(jean.at(11) == QStringLiteral("URG"));
    CHECK(jean.at(14) == QStringLiteral("live"));

    // Two words, one of them a birth date, accents left out: the demo's patients are stale.
    auto demoPatients = PatientService(*h.f.demo).list(QStringLiteral("MED"));
    REQUIRE(demoPatients.ok());
    const Patient p = demoPatients->first();
    auto demo = h.run({QStringLiteral("hospital"), QStringLiteral("find"), p.downtimeNumber});
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains(QStringLiteral("DEMO")));
    CHECK(demo.out.contains(QStringLiteral("STALE")));
    CHECK(demo.out.contains(QStringLiteral("1 patient")));

    auto text = h.run({QStringLiteral("hospital"), QStringLiteral("find"), QStringLiteral("heloise"),
                       QStringLiteral("12/03/1950")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("KERHERVÉ Héloïse")));
    CHECK(text.out.contains(QStringLiteral("URG, bed U1")));

    auto none = h.run({QStringLiteral("hospital"), QStringLiteral("find"), QStringLiteral("zzyzx")});
    REQUIRE(none.exitCode == 0);
    CHECK(none.out.contains(QStringLiteral("No patient matches")));

    auto empty = h.run({QStringLiteral("hospital"), QStringLiteral("find")});
    CHECK(empty.exitCode == 2);
    CHECK(empty.err.contains(QStringLiteral("QUERY")));
    auto badFormat = h.run({QStringLiteral("hospital"), QStringLiteral("find"), QStringLiteral("x"),
                            QStringLiteral("--format"), QStringLiteral("xml")});
    CHECK(badFormat.exitCode == 2);
    auto missing = runCli({QStringLiteral("hospital"), QStringLiteral("census"), QStringLiteral("--data-dir"),
                           h.f.files.file(QStringLiteral("nowhere"))});
    CHECK(missing.exitCode == 2);
}

TEST_CASE("cli: transfers and sitrep give the register and the crisis cell's figures", "[issue16][cli]")
{
    CliHospital h;
    auto transfers =
        h.run({QStringLiteral("hospital"), QStringLiteral("transfers"), QStringLiteral("--hours"),
               QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(transfers.err.toStdString());
    REQUIRE(transfers.exitCode == 0);
    // Within the last hour of the CLI's clock: nothing (the laptops wrote three hours ago).
    CHECK(rows(transfers.out).size() == 1);
    auto all = h.run({QStringLiteral("hospital"), QStringLiteral("transfers"), QStringLiteral("--format"),
                      QStringLiteral("csv")});
    REQUIRE(all.exitCode == 0);
    const auto table = rows(all.out);
    const QStringList out = rowOf(table, 1, QStringLiteral("transfer_out"));
    CHECK(out.at(2) == h.f.jean.downtimeNumber);
    CHECK(out.at(4) == QStringLiteral("URG/U2"));
    CHECK(out.at(5) == QStringLiteral("CHU de Rennes"));
    CHECK(out.at(6) == QStringLiteral("35-0042"));
    CHECK(out.at(8) == QStringLiteral("transfer form"));
    const QStringList move = rowOf(table, 1, QStringLiteral("move"));
    CHECK(move.at(4) == QStringLiteral("URG/U3"));
    CHECK(move.at(5) == QStringLiteral("MED/%1").arg(h.f.yvetteBed));

    auto sitrep = h.run({QStringLiteral("hospital"), QStringLiteral("sitrep"), QStringLiteral("--hours"),
                         QStringLiteral("6"), QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(sitrep.exitCode == 0);
    const auto figures = rows(sitrep.out);
    const auto value = [&](const QString& figure, const QString& ward, const QString& detail = {}) {
        for (const QStringList& r : figures) {
            if (r.at(0) == figure && r.at(1) == ward && r.at(2) == detail) {
                return r;
            }
        }
        FAIL("no figure " << figure.toStdString() << " " << ward.toStdString());
        return QStringList();
    };
    CHECK(value(QStringLiteral("news2_7_or_more"), QStringLiteral("URG")).at(3) == QStringLiteral("1"));
    CHECK(value(QStringLiteral("pending_transfers"), QStringLiteral("URG")).at(3) == QStringLiteral("1"));
    CHECK(value(QStringLiteral("free_beds"), QStringLiteral("URG")).at(3) == QStringLiteral("3"));
    CHECK(value(QStringLiteral("patients"), QStringLiteral("MED")).at(5) == QStringLiteral("stale"));
    CHECK(value(QStringLiteral("transfers_out_to"), QStringLiteral("*"), QStringLiteral("CHU de Rennes"))
              .at(3) == QStringLiteral("1"));
    CHECK(value(QStringLiteral("laptop_records"), QStringLiteral("*"), QStringLiteral("URG")).at(5) ==
          QStringLiteral("live"));
    CHECK(value(QStringLiteral("laptop_records"), QStringLiteral("*"), QStringLiteral("DEMO")).at(5) ==
          QStringLiteral("stale"));

    auto text = h.run({QStringLiteral("hospital"), QStringLiteral("sitrep")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("transferred to CHU de Rennes: 1")));
    CHECK(text.out.contains(QStringLiteral("Newest record held from each laptop")));

    // The printed report carries the same figures (PDF, as the crisis unit gets it).
    auto pdf = runCli({QStringLiteral("print"), QStringLiteral("sitrep"), QStringLiteral("--out"),
                       h.f.files.file(QStringLiteral("sitrep.pdf")), QStringLiteral("--data-dir"), h.dir,
                       QStringLiteral("--user"), adminLogin()},
                      [] {
                          QProcessEnvironment env;
                          env.insert(QStringLiteral("WHITEPLAN_PASSWORD"), adminPassword());
                          return env;
                      }());
    INFO(pdf.err.toStdString());
    CHECK(pdf.exitCode == 0);
    CHECK(QFileInfo(h.f.files.file(QStringLiteral("sitrep.pdf"))).size() > 1000);
}
