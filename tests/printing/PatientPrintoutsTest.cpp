#include "PrintingFixture.h"
#include "printing/FallbackKit.h"
#include "printing/LabelSheet.h"
#include "printing/PageFrame.h"
#include "printing/PrintService.h"
#include "printing/QrCode.h"
#include "printing/TransferLetter.h"

#include <ZXing/ReadBarcode.h>

#include <QImage>

#include <catch2/catch.hpp>

using namespace wp;
using namespace wp::printing;

namespace {

bool isA4Portrait(const QSizeF& points)
{
    return std::abs(points.width() - 595.3) < 2 && std::abs(points.height() - 841.9) < 2;
}

/// Every page names the patient, the ward and the print time.
void checkEveryPage(QPdfDocument& doc, const Patient& p, const QDateTime& printedAt)
{
    for (int i = 0; i < doc.pageCount(); ++i) {
        const QString text = test::pageText(doc, i);
        INFO("page " << i << ": " << text.toStdString());
        CHECK(isA4Portrait(doc.pagePointSize(i)));
        CHECK(text.contains(p.displayName()));
        CHECK(text.contains(p.downtimeNumber));
        CHECK(text.contains(QStringLiteral("MED bed %1").arg(p.bedLabel)));
        CHECK(text.contains(PageFrame::formatDateTime(printedAt)));
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(doc.pageCount())));
    }
}

QString decodeQr(const QImage& page)
{
    const QImage grey = page.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(grey.bytesPerLine()));
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    return result.isValid() ? QString::fromStdString(result.text()) : QString();
}

} // namespace

TEST_CASE("The transfer letter carries everything the receiving team needs")
{
    test::PrintingFixture f;
    auto letter = TransferLetter::build(f.ws(), f.jeanne);
    REQUIRE(letter.ok());
    const QString pdf = f.dir().file(QStringLiteral("transfer.pdf"));
    REQUIRE((*letter)->writePdf(pdf).ok());
    QPdfDocument doc;
    test::loadPdf(doc, pdf);
    checkEveryPage(doc, f.jeanne, f.clock().now());
    QString all;
    for (int i = 0; i < doc.pageCount(); ++i) {
        all += test::pageText(doc, i) + QLatin1Char(' ');
    }
    for (const char* expected :
         {"ICU bed needed", "CHU de Rennes — Réanimation", "SAMU-35-2026-0042", "SMUR", "Penicillin (hives)",
          "Community pneumonia, worsening.", "Amoxicillin-free cefotaxime", "Carrier: MRSA", "Pacemaker",
          "Son: 06 12 34 56 78", "Paul Dupont (son)", "13 (High)", "No CPR", "64.5 kg / 162 cm",
          "Doctor (name, signature)"}) {
        INFO(expected);
        CHECK(all.contains(QString::fromUtf8(expected)));
    }
}

TEST_CASE("A transfer letter without a transfer form says what was not recorded")
{
    test::PrintingFixture f;
    auto letter = TransferLetter::build(f.ws(), f.marc);
    REQUIRE(letter.ok());
    const QString pdf = f.dir().file(QStringLiteral("bare.pdf"));
    REQUIRE((*letter)->writePdf(pdf).ok());
    QPdfDocument doc;
    test::loadPdf(doc, pdf);
    checkEveryPage(doc, f.marc, f.clock().now());
    CHECK(test::pageText(doc, 0).contains(QStringLiteral("not recorded")));
    CHECK(test::pageText(doc, 0).contains(QStringLiteral("No known allergy")));
}

TEST_CASE("Labels carry a QR code that decodes to the downtime number")
{
    test::PrintingFixture f;
    auto labels = LabelSheet::build(f.ws(), f.jeanne);
    REQUIRE(labels.ok());
    const QString pdf = f.dir().file(QStringLiteral("labels.pdf"));
    REQUIRE((*labels)->writePdf(pdf).ok());
    QPdfDocument doc;
    test::loadPdf(doc, pdf);
    REQUIRE(doc.pageCount() == 1);
    checkEveryPage(doc, f.jeanne, f.clock().now());
    const QString text = test::pageText(doc, 0);
    CHECK(text.count(f.jeanne.downtimeNumber) >= LabelSheet::rows * LabelSheet::columns);
    CHECK(text.contains(QStringLiteral("Born 02/03/1950")));

    // Render at 200 dpi and decode the wristband's code (top left of the body).
    const QSizeF points = doc.pagePointSize(0);
    const QImage page = doc.render(0, (points * 200.0 / 72.0).toSize());
    REQUIRE_FALSE(page.isNull());
    const QImage wristband = page.copy(0, 0, page.width() / 3, page.height() * 3 / 10);
    CHECK(decodeQr(wristband) == f.jeanne.downtimeNumber);
    // And one of the small labels (bottom right).
    const QImage label =
        page.copy(page.width() * 2 / 3, page.height() * 3 / 4, page.width() / 3, page.height() / 5);
    CHECK(decodeQr(label) == f.jeanne.downtimeNumber);
}

TEST_CASE("QR codes encode and refuse nothing reasonable")
{
    auto qr = QrCode::encode(QStringLiteral("T1-000001-K"));
    REQUIRE(qr.has_value());
    CHECK(qr->size() == 21); // version 1 holds a downtime number
}

TEST_CASE("The paper kit has a chart, a medication record and note sheets, each with the identity")
{
    test::PrintingFixture f;
    auto kit = FallbackKit::build(f.ws(), f.jeanne);
    REQUIRE(kit.ok());
    const QString pdf = f.dir().file(QStringLiteral("kit.pdf"));
    REQUIRE((*kit)->writePdf(pdf).ok());
    QPdfDocument doc;
    test::loadPdf(doc, pdf);
    REQUIRE(doc.pageCount() == FallbackKit::PageCount);
    checkEveryPage(doc, f.jeanne, f.clock().now());
    CHECK(test::pageText(doc, 0).contains(QStringLiteral("Observation chart (NEWS2)")));
    CHECK(test::pageText(doc, 0).contains(QStringLiteral("111–219")));
    CHECK(test::pageText(doc, 1).contains(QStringLiteral("Medication administration record")));
    CHECK(test::pageText(doc, 1).contains(QStringLiteral("ALLERGIES: Penicillin (hives)")));
    CHECK(test::pageText(doc, 2).contains(QStringLiteral("Nursing notes")));
    CHECK(test::pageText(doc, 3).contains(QStringLiteral("Nursing notes")));
}

TEST_CASE("Patients are found by downtime number, IPP or record id for printing")
{
    test::PrintingFixture f;
    PrintService service(f.ws());
    CHECK(service.findPatient(f.jeanne.downtimeNumber)->id == f.jeanne.id);
    CHECK(service.findPatient(f.jeanne.id)->id == f.jeanne.id);
    auto missing = service.findPatient(QStringLiteral("123456"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == Error::Code::NotFound);
}
