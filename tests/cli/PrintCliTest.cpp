#include "CliRun.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "patients/PatientService.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

using namespace wp;

namespace {

/// The demo hospital, made once per test through the CLI.
struct Demo
{
    test::TempDir dir;
    Patient patient; // an admitted MED patient with an IPP

    Demo()
    {
        auto r = test::runCli({QStringLiteral("demo"), QStringLiteral("--data-dir"), dir.path()});
        REQUIRE(r.exitCode == 0);
        auto ws = Workspace::open(dir.path());
        REQUIRE(ws.ok());
        auto census = PatientService(**ws).census(QStringLiteral("MED"));
        REQUIRE(census.ok());
        for (const CensusRow& row : *census) {
            if (row.patient && !row.patient->ipp.isEmpty()) {
                patient = *row.patient;
                break;
            }
        }
        REQUIRE_FALSE(patient.id.isEmpty());
    }

    test::CliResult print(const QStringList& verbAndOptions) const
    {
        return test::runCli(QStringList{QStringLiteral("print")} + verbAndOptions +
                                test::asUser(dir.path(), QStringLiteral("claire")),
                            test::cliSecrets(QStringLiteral("demo-nurse")));
    }
};

} // namespace

TEST_CASE("cli: every printout is written as a PDF and audited")
{
    Demo demo;
    const QList<QStringList> verbs{
        {QStringLiteral("handover"), QStringLiteral("--ward"), QStringLiteral("MED"),
         QStringLiteral("--shift"), QStringLiteral("night")},
        {QStringLiteral("handover"), QStringLiteral("--ward"), QStringLiteral("chir"),
         QStringLiteral("--risk"), QStringLiteral("medium")},
        {QStringLiteral("transfer"), QStringLiteral("--patient"), demo.patient.downtimeNumber},
        {QStringLiteral("labels"), QStringLiteral("--patient"), demo.patient.ipp},
        {QStringLiteral("kit"), QStringLiteral("--patient"), demo.patient.downtimeNumber},
        {QStringLiteral("sitrep"), QStringLiteral("--hours"), QStringLiteral("72")}};
    for (const QStringList& verb : verbs) {
        const QString out = demo.dir.file(verb.join(QLatin1Char('-')) + QStringLiteral(".pdf"));
        auto r = demo.print(verb + QStringList{QStringLiteral("--out"), out});
        INFO(verb.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("written to")));
        CHECK(QFileInfo(out).size() > 1000);
        CHECK(test::readFile(out).startsWith("%PDF"));
    }
    auto ws = Workspace::open(demo.dir.path());
    REQUIRE(ws.ok());
    auto audit = AuditLog(**ws).latest(30);
    REQUIRE(audit.ok());
    QStringList actions; // each print also logs claire in: keep the prints
    for (const AuditEntry& e : *audit) {
        if (e.action.startsWith(QStringLiteral("print."))) {
            actions << e.action;
            CHECK(e.user == QStringLiteral("claire"));
        }
    }
    CHECK(actions == QStringList{QStringLiteral("print.sitrep"), QStringLiteral("print.kit"),
                                 QStringLiteral("print.labels"), QStringLiteral("print.transfer"),
                                 QStringLiteral("print.handover"), QStringLiteral("print.handover")});
}

TEST_CASE("cli: bad print arguments exit with 2 and a clear message")
{
    Demo demo;
    const QString out = demo.dir.file(QStringLiteral("x.pdf"));
    // A real number with the wrong check character: a typo, caught before any lookup.
    QString typo = demo.patient.downtimeNumber;
    typo[typo.size() - 1] = typo.back() == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    struct Case
    {
        QStringList args;
        QString message;
    };
    const QList<Case> cases{
        {{QStringLiteral("handover"), QStringLiteral("--out"), out}, QStringLiteral("--ward")},
        {{QStringLiteral("handover"), QStringLiteral("--ward"), QStringLiteral("MED")},
         QStringLiteral("--out")},
        {{QStringLiteral("handover"), QStringLiteral("--ward"), QStringLiteral("MED"),
          QStringLiteral("--out"), out, QStringLiteral("--printer"), QStringLiteral("P")},
         QStringLiteral("one of them")},
        {{QStringLiteral("handover"), QStringLiteral("--ward"), QStringLiteral("MED"),
          QStringLiteral("--shift"), QStringLiteral("evening"), QStringLiteral("--out"), out},
         QStringLiteral("evening")},
        {{QStringLiteral("handover"), QStringLiteral("--ward"), QStringLiteral("MED"),
          QStringLiteral("--risk"), QStringLiteral("low"), QStringLiteral("--out"), out},
         QStringLiteral("low")},
        {{QStringLiteral("handover"), QStringLiteral("--ward"), QStringLiteral("XYZ"),
          QStringLiteral("--out"), out},
         QStringLiteral("No ward XYZ")},
        {{QStringLiteral("transfer"), QStringLiteral("--out"), out}, QStringLiteral("--patient")},
        {{QStringLiteral("labels"), QStringLiteral("--patient"), QStringLiteral("7654321"),
          QStringLiteral("--out"), out},
         QStringLiteral("7654321")},
        {{QStringLiteral("kit"), QStringLiteral("--patient"), typo, QStringLiteral("--out"), out}, QString()},
        {{QStringLiteral("sitrep"), QStringLiteral("--printer"), QStringLiteral("NoSuchPrinter")},
         QStringLiteral("NoSuchPrinter")},
        {{QStringLiteral("sitrep"), QStringLiteral("--bogus"), QStringLiteral("--out"), out},
         QStringLiteral("bogus")},
        {{QStringLiteral("sitrep"), QStringLiteral("--hours"), QStringLiteral("0"), QStringLiteral("--out"),
          out},
         QStringLiteral("--hours")},
    };
    for (const Case& c : cases) {
        auto r = demo.print(c.args);
        INFO(c.args.join(QLatin1Char(' ')).toStdString() << " -> " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(c.message));
        CHECK(r.err.size() > 20);
    }
    CHECK_FALSE(QFileInfo::exists(out));

    auto noUser = test::runCli({QStringLiteral("print"), QStringLiteral("sitrep"), QStringLiteral("--out"),
                                out, QStringLiteral("--data-dir"), demo.dir.path()});
    CHECK(noUser.exitCode == 2);
    CHECK(noUser.err.contains(QStringLiteral("--user")));
}
