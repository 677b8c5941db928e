#include "CupsServer.h"
#include "PrintingFixture.h"

#include <catch2/catch.hpp>

using namespace wp;

// Runs on CI as root on a fresh machine (cups and printer-driver-cups-pdf come with
// installers/debian/setup.sh). It fails, never skips, when the queue cannot be set up:
// a silently skipped printing test is how printing breaks unnoticed.
TEST_CASE("A handover sheet printed through a real CUPS queue comes out with the right pages")
{
    test::TempDir data;
    auto demo = test::runCli({QStringLiteral("demo"), QStringLiteral("--data-dir"), data.path()});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    QProcessEnvironment nurse;
    nurse.insert(QStringLiteral("WHITEPLAN_PASSWORD"), QStringLiteral("demo-nurse"));
    const QStringList common{QStringLiteral("--data-dir"), data.path(),
                             QStringLiteral("--user"),     QStringLiteral("claire"),
                             QStringLiteral("--ward"),     QStringLiteral("MED"),
                             QStringLiteral("--shift"),    QStringLiteral("morning")};

    // The same sheet as a file, for the expected page count.
    const QString direct = data.file(QStringLiteral("direct.pdf"));
    auto file = test::runCli(
        QStringList{QStringLiteral("print"), QStringLiteral("handover"), QStringLiteral("--out"), direct} +
            common,
        nurse);
    INFO(file.err.toStdString());
    REQUIRE(file.exitCode == 0);
    QPdfDocument expected;
    test::loadPdf(expected, direct);

    test::CupsServer cups;
    const QString problem = cups.start();
    INFO(problem.toStdString());
    REQUIRE(problem.isEmpty());
    QProcessEnvironment env = cups.environment();
    env.insert(nurse);
    auto printed = test::runCli(QStringList{QStringLiteral("print"), QStringLiteral("handover"),
                                            QStringLiteral("--printer"), cups.printerName()} +
                                    common,
                                env);
    INFO(printed.out.toStdString() << printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    const QString pdf = cups.waitForPdf();
    INFO(cups.log().toStdString());
    REQUIRE_FALSE(pdf.isEmpty());

    QPdfDocument doc;
    test::loadPdf(doc, pdf);
    CHECK(doc.pageCount() == expected.pageCount());
    for (int i = 0; i < doc.pageCount(); ++i) {
        // A4 (595 × 842 pt) in either orientation: cups-pdf may keep the sheet portrait and
        // rotate the content; what matters is that the paper is A4 and nothing is lost.
        const QSizeF size = doc.pagePointSize(i);
        INFO("page " << i << ": " << size.width() << " x " << size.height());
        CHECK(std::abs(std::min(size.width(), size.height()) - 595.3) < 3);
        CHECK(std::abs(std::max(size.width(), size.height()) - 841.9) < 3);
    }
    // Not blank: the first page renders with plenty of ink.
    const QImage page = doc.render(0, QSize(421, 298));
    int dark = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            dark += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
        }
    }
    CHECK(dark > 1000);
}
