#include "CliRun.h"
#include "Database.h"
#include "TestSupport.h"
#include "workspace/Workspace.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QPdfDocument>

using namespace wp;

namespace {

class TheatreHospital
{
public:
    TheatreHospital()
    {
        env = test::cliSecrets(test::cliAdminPassword());
        auto r = test::runCli({QStringLiteral("init"), QStringLiteral("--data-dir"), tmp.path(),
                               QStringLiteral("--hospital"), QStringLiteral("CH Test"),
                               QStringLiteral("--device-code"), QStringLiteral("BLOC1"),
                               QStringLiteral("--admin"), QStringLiteral("boss")},
                              env);
        REQUIRE(r.exitCode == 0);
    }
    test::CliResult run(const QStringList& args) const
    {
        return test::runCli(args + test::asUser(tmp.path()), env);
    }
    test::CliResult import(const QString& cases) const
    {
        return run({QStringLiteral("theatre"), QStringLiteral("import"), QStringLiteral("--sessions"),
                    test::dataFile(QStringLiteral("theatreui/sessions.csv")), QStringLiteral("--cases"),
                    test::dataFile(QStringLiteral("theatreui/") + cases)});
    }
    int count(const QString& sql) const
    {
        auto db = db::Database::open(QDir(tmp.path()).filePath(Workspace::databaseFileName()),
                                     db::Database::Mode::ReadOnly);
        REQUIRE(db.ok());
        return db->scalar(sql).value().toInt();
    }
    test::TempDir tmp;
    QProcessEnvironment env;
};

/// The text of every page of a PDF, simplified (QtPdf: table cells come out space-separated).
QString pdfText(const QString& path, int& pages)
{
    QPdfDocument document;
    REQUIRE(document.load(path) == QPdfDocument::Error::None);
    pages = document.pageCount();
    QString text;
    for (int i = 0; i < pages; ++i) {
        text += document.getAllText(i).text() + QLatin1Char('\n');
    }
    return text.simplified();
}

} // namespace

TEST_CASE("cli: theatre import then export gives the contract's plan.csv")
{
    TheatreHospital h;
    auto r = h.import(QStringLiteral("cases.csv"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(
        r.out.contains(QStringLiteral("7 session(s) (1 closed) and 8 case(s): 6 booked, 2 needing a slot")));
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM theatre_case")) == 8);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM theatre_booking")) == 6);
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'theatre.import'")) == 1);

    const QString out = h.tmp.file(QStringLiteral("plan.csv"));
    auto e = h.run({QStringLiteral("theatre"), QStringLiteral("export"), QStringLiteral("--out"), out});
    INFO(e.err.toStdString());
    REQUIRE(e.exitCode == 0);
    const QString plan = QString::fromUtf8(test::readFile(out));
    CHECK(plan.startsWith(QStringLiteral("case_id,session_id,start\n")));
    CHECK(plan.contains(QStringLiteral("C1,S1,08:00\n")));
    CHECK(plan.contains(QStringLiteral("C5,,\n")));

    // The engine's own checker accepts the exported plan.
    auto check =
        test::runCli({QStringLiteral("check-plan"), QStringLiteral("--sessions"),
                      test::dataFile(QStringLiteral("theatreui/sessions.csv")), QStringLiteral("--cases"),
                      test::dataFile(QStringLiteral("theatreui/cases.csv")), QStringLiteral("--plan"), out});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);
}

TEST_CASE("cli: a bad theatre file is refused with file and line, and nothing is imported")
{
    TheatreHospital h;
    auto r = h.import(QStringLiteral("cases-bad.csv"));
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("cases-bad.csv")));
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM theatre_case")) == 0);
    auto missing = h.run({QStringLiteral("theatre"), QStringLiteral("import"), QStringLiteral("--sessions"),
                          test::dataFile(QStringLiteral("theatreui/sessions.csv"))});
    CHECK(missing.exitCode == 2);
}

TEST_CASE("cli: theatre day list, letters and call list are printed without the GUI, and audited")
{
    TheatreHospital h;
    REQUIRE(h.import(QStringLiteral("cases.csv")).exitCode == 0);

    const QString dayList = h.tmp.file(QStringLiteral("daylist.pdf"));
    auto r =
        h.run({QStringLiteral("theatre"), QStringLiteral("print"), QStringLiteral("daylist"),
               QStringLiteral("--date"), QStringLiteral("2026-12-07"), QStringLiteral("--out"), dayList});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("2 page(s) written to")));
    int pages = 0;
    QString text = pdfText(dayList, pages);
    CHECK(pages == 2); // T1 and T2 operate on 7 December
    CHECK(text.contains(QStringLiteral("08:00 C1 P1 Cholecystectomy DRMARTIN 90")));
    CHECK(text.contains(QStringLiteral("C2")));
    CHECK(text.contains(QStringLiteral("CH Test")));
    CHECK_FALSE(text.contains(QStringLiteral("C3"))); // 8 December

    // C8's session (S7) is closed: its patient gets a letter and is on the call list.
    const QString letters = h.tmp.file(QStringLiteral("letters.pdf"));
    r = h.run({QStringLiteral("theatre"), QStringLiteral("print"), QStringLiteral("letters"),
               QStringLiteral("--out"), letters});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    text = pdfText(letters, pages);
    CHECK(pages >= 1);
    CHECK(text.contains(QStringLiteral("P8")));
    CHECK(text.contains(QStringLiteral("Gastrectomy")));

    const QString calls = h.tmp.file(QStringLiteral("calls.pdf"));
    r = h.run({QStringLiteral("theatre"), QStringLiteral("print"), QStringLiteral("calllist"),
               QStringLiteral("--out"), calls});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    text = pdfText(calls, pages);
    CHECK(text.contains(QStringLiteral("Patients to call")));
    CHECK(text.contains(QStringLiteral("C8")));
    CHECK(text.contains(QStringLiteral("postponed: to be called")));

    CHECK(h.count(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'print.theatre-daylist' "
                                 "AND object_id = '2026-12-07'")) == 1);
    CHECK(h.count(QStringLiteral(
              "SELECT count(*) FROM audit_entry WHERE action = 'print.theatre-letters'")) == 1);
    CHECK(h.count(QStringLiteral(
              "SELECT count(*) FROM audit_entry WHERE action = 'print.theatre-calllist'")) == 1);
}

TEST_CASE("cli: bad theatre print arguments exit with 2 and a clear message")
{
    TheatreHospital h;
    REQUIRE(h.import(QStringLiteral("cases.csv")).exitCode == 0);
    const QString out = h.tmp.file(QStringLiteral("x.pdf"));
    struct Case
    {
        QStringList args;
        QString message;
    };
    const QList<Case> cases{
        {{QStringLiteral("--out"), out}, QStringLiteral("daylist, letters or calllist")},
        {{QStringLiteral("agenda"), QStringLiteral("--out"), out}, QStringLiteral("\"agenda\"")},
        {{QStringLiteral("letters")}, QStringLiteral("--out FILE.pdf or --printer NAME")},
        {{QStringLiteral("letters"), QStringLiteral("--out"), out, QStringLiteral("--printer"),
          QStringLiteral("P")},
         QStringLiteral("one of them")},
        {{QStringLiteral("letters"), QStringLiteral("--date"), QStringLiteral("2026-12-07"),
          QStringLiteral("--out"), out},
         QStringLiteral("day list only")},
        {{QStringLiteral("daylist"), QStringLiteral("--date"), QStringLiteral("2026-13-01"),
          QStringLiteral("--out"), out},
         QStringLiteral("2026-13-01")},
        {{QStringLiteral("daylist"), QStringLiteral("--date"), QStringLiteral("2026-12-25"),
          QStringLiteral("--out"), out},
         QStringLiteral("No theatre session on 2026-12-25")},
        {{QStringLiteral("calllist"), QStringLiteral("--printer"), QStringLiteral("NoSuchPrinter")},
         QStringLiteral("NoSuchPrinter")},
        {{QStringLiteral("calllist"), QStringLiteral("--bogus"), QStringLiteral("--out"), out},
         QStringLiteral("bogus")},
    };
    for (const Case& c : cases) {
        auto r = h.run(QStringList{QStringLiteral("theatre"), QStringLiteral("print")} + c.args);
        INFO(c.args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(c.message));
        CHECK_FALSE(QFileInfo::exists(out));
    }
    CHECK(h.count(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action LIKE 'print.theatre-%'")) ==
          0);
}
