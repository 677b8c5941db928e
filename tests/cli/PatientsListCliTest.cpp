#include "Database.h"
#include "TestSupport.h"
#include "csv/CsvReader.h"
#include "workspace/Workspace.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>

using namespace wp;

namespace {

/// The demo hospital made by the CLI, as a script would start from it.
struct DemoHospital
{
    DemoHospital()
    {
        auto r = test::runCli({QStringLiteral("demo"), QStringLiteral("--data-dir"), tmp.path()});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    test::CliResult list(const QStringList& extra) const
    {
        return test::runCli(QStringList{QStringLiteral("patients"), QStringLiteral("list"),
                                        QStringLiteral("--data-dir"), tmp.path()} +
                            extra);
    }
    db::Database database() const
    {
        auto db = db::Database::open(QDir(tmp.path()).filePath(Workspace::databaseFileName()),
                                     db::Database::Mode::ReadOnly);
        REQUIRE(db.ok());
        return std::move(db).value();
    }
    int count(const QString& sql) const { return database().scalar(sql).value().toInt(); }
    test::TempDir tmp;
};

const QStringList columns{QStringLiteral("downtime_number"),
                          QStringLiteral("ipp"),
                          QStringLiteral("ins"),
                          QStringLiteral("birth_name"),
                          QStringLiteral("used_name"),
                          QStringLiteral("first_names"),
                          QStringLiteral("birth_date"),
                          QStringLiteral("sex"),
                          QStringLiteral("ward"),
                          QStringLiteral("bed"),
                          QStringLiteral("identity_status")};

} // namespace

TEST_CASE("cli: patients list --format csv gives every demo patient with the database's fields")
{
    DemoHospital h;
    auto r = h.list({QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    auto csv = CsvReader::fromData(r.out.toUtf8(), QStringLiteral("list"));
    REQUIRE(csv.ok());
    CHECK(csv->header() == columns);
    const int patients = h.count(QStringLiteral("SELECT count(*) FROM patient"));
    REQUIRE(patients > 30);
    REQUIRE(static_cast<int>(csv->records().size()) == patients);

    // Every row is the patient's own row in the database, field for field.
    auto db = h.database();
    auto stmt = db.prepare(
        QStringLiteral("SELECT ipp, ins, birth_name, used_name, first_names, birth_date, sex, ward_code, "
                       "bed_label, identity_status FROM patient WHERE downtime_number = ?1"));
    REQUIRE(stmt.ok());
    QStringList seen;
    for (const auto& record : csv->records()) {
        const QString number = csv->value(record, QStringLiteral("downtime_number"));
        seen << number;
        stmt->reset();
        stmt->bind(1, number);
        auto row = stmt->step();
        REQUIRE(row.ok());
        REQUIRE(*row);
        for (int c = 0; c < 10; ++c) {
            INFO(number << " " << columns[c + 1]);
            CHECK(csv->value(record, columns[c + 1]) == stmt->text(c));
        }
    }
    seen.removeDuplicates();
    CHECK(seen.size() == patients);
}

TEST_CASE("cli: patients list --ward keeps one ward (any case), beds in numeric order")
{
    DemoHospital h;
    auto r = h.list({QStringLiteral("--ward"), QStringLiteral("chir"), QStringLiteral("--format"),
                     QStringLiteral("csv")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    auto csv = CsvReader::fromData(r.out.toUtf8(), QStringLiteral("list"));
    REQUIRE(csv.ok());
    REQUIRE(static_cast<int>(csv->records().size()) ==
            h.count(QStringLiteral("SELECT count(*) FROM patient WHERE ward_code = 'CHIR'")));
    REQUIRE(csv->records().size() > 10U);
    int previousBed = 0;
    for (const auto& record : csv->records()) {
        CHECK(csv->value(record, QStringLiteral("ward")) == QStringLiteral("CHIR"));
        const int bed = csv->value(record, QStringLiteral("bed")).toInt();
        CHECK(bed > previousBed);
        previousBed = bed;
    }
}

TEST_CASE("cli: patients list as text: a header, aligned columns and a count")
{
    DemoHospital h;
    auto r = h.list({QStringLiteral("--ward"), QStringLiteral("MED")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const int patients = h.count(QStringLiteral("SELECT count(*) FROM patient WHERE ward_code = 'MED'"));
    REQUIRE(lines.size() == patients + 2);
    CHECK(lines.takeLast() == QStringLiteral("%1 patient(s)").arg(patients));
    const QString header = lines.first();
    CHECK(header.startsWith(QStringLiteral("downtime_number ")));
    // Each column starts at the same place on every line; the birth name and the birth date
    // are never empty in the demo, so a value starts exactly under their headings.
    for (const char* column : {"birth_name", "birth_date", "ward"}) {
        const int at = static_cast<int>(header.indexOf(QString::fromLatin1(column)));
        REQUIRE(at > 0);
        for (const QString& line : lines) {
            INFO(column << ": " << line);
            CHECK(line.at(at - 1) == QLatin1Char(' '));
            CHECK(line.at(at) != QLatin1Char(' '));
        }
    }
    CHECK(lines.at(1).contains(QStringLiteral("MED")));
}

TEST_CASE("cli: patients list refuses an unknown ward or format (status 2) and creates no data directory")
{
    DemoHospital h;
    auto ward = h.list({QStringLiteral("--ward"), QStringLiteral("ICU")});
    CHECK(ward.exitCode == 2);
    CHECK(ward.err.contains(QStringLiteral("ICU")));
    CHECK(ward.out.isEmpty());
    auto format = h.list({QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(format.exitCode == 2);
    auto empty = h.list({QStringLiteral("--ward"), QString()});
    CHECK(empty.exitCode == 2);

    const QString missing = QDir(h.tmp.path()).filePath(QStringLiteral("nowhere"));
    auto none = test::runCli(
        {QStringLiteral("patients"), QStringLiteral("list"), QStringLiteral("--data-dir"), missing});
    CHECK(none.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(missing));
}
