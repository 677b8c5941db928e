#include "CupsServer.h"
#include "PrintingFixture.h"
#include "orders/OrderService.h"
#include "users/UserService.h"

#include <QFile>
#include <QImage>
#include <ZXing/ReadBarcode.h>

#include <algorithm>

#include <catch2/catch.hpp>

using namespace wp;

namespace {

/// A demo laptop with a STAT potassium ordered by the demo doctor; the order's number.
QString demoWithOrder(const QString& dir, Patient* patient)
{
    auto demo = test::runCli({QStringLiteral("demo"), QStringLiteral("--data-dir"), dir});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    auto ws = Workspace::open(dir);
    INFO(ws.errorMessage().toStdString());
    REQUIRE(ws);
    auto doctor = UserService(**ws).find(QStringLiteral("dr.martin"));
    REQUIRE(doctor);
    (*ws)->setCurrentUser(*doctor);
    auto census = PatientService(**ws).census(QStringLiteral("MED"));
    REQUIRE(census);
    const auto occupied = std::find_if(census->cbegin(), census->cend(),
                                       [](const CensusRow& r) { return r.patient.has_value(); });
    REQUIRE(occupied != census->cend());
    *patient = *occupied->patient;
    orders::Catalogue catalogue;
    catalogue.reload();
    orders::OrderRequest r;
    r.patientId = patient->id;
    r.codes = {QStringLiteral("iono"), QStringLiteral("fbc")};
    r.priority = orders::Priority::Stat;
    r.clinicalInfo = QStringLiteral("chest pain");
    auto placed = orders::OrderService(**ws, catalogue).place(r);
    INFO(placed.errorMessage().toStdString());
    REQUIRE(placed);
    return placed->number; // the workspace closes here, so that the CLI can open it
}

} // namespace

TEST_CASE("An order's request printed through a real CUPS queue, and its labels from the command line",
          "[orders]")
{
    test::TempDir data;
    Patient patient;
    const QString number = demoWithOrder(data.path(), &patient);
    QProcessEnvironment nurse;
    nurse.insert(QStringLiteral("WHITEPLAN_PASSWORD"), QStringLiteral("demo-nurse"));
    const QStringList common{QStringLiteral("--data-dir"), data.path(), QStringLiteral("--user"),
                             QStringLiteral("claire")};

    const QString labels = data.file(QStringLiteral("labels.pdf"));
    auto tubes =
        test::runCli(QStringList{QStringLiteral("print"), QStringLiteral("tube-labels"),
                                 QStringLiteral("--order"), number, QStringLiteral("--out"), labels} +
                         common,
                     nurse);
    INFO(tubes.out.toStdString() << tubes.err.toStdString());
    REQUIRE(tubes.exitCode == 0);
    QPdfDocument labelDoc;
    test::loadPdf(labelDoc, labels);
    CHECK(test::pageText(labelDoc, 0).count(QStringLiteral("Order %1").arg(number)) ==
          3); // summary + 2 tubes

    // Bad input: no order, an unknown one; nothing printed, exit status 2.
    auto none = test::runCli(QStringList{QStringLiteral("print"), QStringLiteral("order-request"),
                                         QStringLiteral("--out"), data.file(QStringLiteral("none.pdf"))} +
                                 common,
                             nurse);
    CHECK(none.exitCode == 2);
    CHECK(none.err.contains(QStringLiteral("--order")));
    auto unknown =
        test::runCli(QStringList{QStringLiteral("print"), QStringLiteral("order-request"),
                                 QStringLiteral("--order"), QStringLiteral("ZZ-L0042"),
                                 QStringLiteral("--out"), data.file(QStringLiteral("unknown.pdf"))} +
                         common,
                     nurse);
    CHECK(unknown.exitCode == 2);
    CHECK_FALSE(QFile::exists(data.file(QStringLiteral("unknown.pdf"))));

    test::CupsServer cups;
    const QString problem = cups.start();
    INFO(problem.toStdString());
    REQUIRE(problem.isEmpty());
    QProcessEnvironment env = cups.environment();
    env.insert(nurse);
    auto printed = test::runCli(QStringList{QStringLiteral("print"), QStringLiteral("order-request"),
                                            QStringLiteral("--order"), number, QStringLiteral("--printer"),
                                            cups.printerName()} +
                                    common,
                                env);
    INFO(printed.out.toStdString() << printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    const QString pdf = cups.waitForPdf();
    INFO(cups.log().toStdString());
    REQUIRE_FALSE(pdf.isEmpty());
    QPdfDocument doc;
    test::loadPdf(doc, pdf);
    REQUIRE(doc.pageCount() == 1);
    // What cups-pdf writes back has its fonts re-encoded (its text does not extract), so the
    // printed page is checked as the lab will use it: A4, and its QR code read by a scanner.
    const QSizeF size = doc.pagePointSize(0);
    CHECK(std::abs(std::min(size.width(), size.height()) - 595.3) < 3);
    CHECK(std::abs(std::max(size.width(), size.height()) - 841.9) < 3);
    const QImage grey =
        doc.render(0, (size * 200.0 / 72.0).toSize()).convertToFormat(QImage::Format_Grayscale8);
    REQUIRE_FALSE(grey.isNull());
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(grey.bytesPerLine()));
    QStringList codes;
    for (const ZXing::Result& r : ZXing::ReadBarcodes(view, hints)) {
        if (r.isValid()) {
            codes << QString::fromStdString(r.text());
        }
    }
    INFO(codes.join(QStringLiteral(" | ")).toStdString());
    REQUIRE(codes.size() == 1);
    CHECK(orders::OrderService::numberFromScan(codes.first()) == number);
    CHECK(codes.first().contains(patient.downtimeNumber));
}
