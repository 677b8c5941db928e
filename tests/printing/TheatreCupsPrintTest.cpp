#include "CupsServer.h"
#include "PrintingFixture.h"

#include <catch2/catch.hpp>

#include <QThread>

using namespace wp;

// Like the handover sheet's CUPS test: fails, never skips, when the queue cannot be set up.
TEST_CASE("The theatre day list printed by the CLI through a real CUPS queue has its pages, on A4")
{
    test::TempDir data;
    QProcessEnvironment boss;
    boss.insert(QStringLiteral("WHITEPLAN_PASSWORD"), QStringLiteral("boss-password"));
    auto init = test::runCli({QStringLiteral("init"), QStringLiteral("--data-dir"), data.path(),
                              QStringLiteral("--hospital"), QStringLiteral("CH Test"),
                              QStringLiteral("--device-code"), QStringLiteral("BLOC1"),
                              QStringLiteral("--admin"), QStringLiteral("boss")},
                             boss);
    REQUIRE(init.exitCode == 0);
    const QStringList user{QStringLiteral("--data-dir"), data.path(), QStringLiteral("--user"),
                           QStringLiteral("boss")};
    auto imported = test::runCli(
        QStringList{QStringLiteral("theatre"), QStringLiteral("import"), QStringLiteral("--sessions"),
                    test::dataFile(QStringLiteral("theatreui/sessions.csv")), QStringLiteral("--cases"),
                    test::dataFile(QStringLiteral("theatreui/cases.csv"))} +
            user,
        boss);
    REQUIRE(imported.exitCode == 0);

    test::CupsServer cups;
    const QString problem = cups.start();
    INFO(problem.toStdString());
    REQUIRE(problem.isEmpty());
    QProcessEnvironment env = cups.environment();
    env.insert(boss);
    auto printed = test::runCli(QStringList{QStringLiteral("theatre"), QStringLiteral("print"),
                                            QStringLiteral("daylist"), QStringLiteral("--date"),
                                            QStringLiteral("2026-12-07"), QStringLiteral("--printer"),
                                            cups.printerName()} +
                                    user,
                                env);
    INFO(printed.out.toStdString() << printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    CHECK(printed.out.contains(QStringLiteral("2 page(s) sent to")));
    const QString pdf = cups.waitForPdf();
    INFO(cups.log().toStdString());
    REQUIRE_FALSE(pdf.isEmpty());
    // The day list goes to the printer as page images: a bigger job than a text page, which
    // Ghostscript may pause writing for longer than waitForPdf() watches the size.
    QPdfDocument doc;
    for (int waited = 0; waited < 20000 && doc.load(pdf) != QPdfDocument::Error::None; waited += 250) {
        QThread::msleep(250);
    }
    test::loadPdf(doc, pdf);
    CHECK(doc.pageCount() == 2); // T1 and T2 operate on 7 December
    for (int i = 0; i < doc.pageCount(); ++i) {
        const QSizeF size = doc.pagePointSize(i);
        CHECK(std::abs(std::min(size.width(), size.height()) - 595.3) < 3);
        CHECK(std::abs(std::max(size.width(), size.height()) - 841.9) < 3);
    }
}
