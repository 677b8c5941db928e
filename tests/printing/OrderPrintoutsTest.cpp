#include "PrintingFixture.h"
#include "orders/OrderService.h"
#include "orders/ResultService.h"
#include "printing/HandoverSheet.h"
#include "printing/LabSummary.h"
#include "printing/OrderRequestSheet.h"
#include "printing/PrintService.h"
#include "printing/TransferLetter.h"
#include "printing/TubeLabelSheet.h"

#include <ZXing/ReadBarcode.h>

#include <QImage>
#include <QSet>

#include <catch2/catch.hpp>

// The laboratory and imaging printouts of issue 15: the request, the tube labels, and the
// results on the handover sheet and the transfer letter.

using namespace wp;
using namespace wp::printing;
using orders::OrderService;

namespace {

const QString potassium = QStringLiteral("2823-3");
const QString sodium = QStringLiteral("2951-2");
const QString creatinine = QStringLiteral("14682-9");
const QString glucose = QStringLiteral("14749-6");

/// Every QR code on the page, decoded.
QStringList decodeAll(QPdfDocument& doc, int page, double dpi)
{
    const QSizeF points = doc.pagePointSize(page);
    const QImage grey =
        doc.render(page, (points * dpi / 72.0).toSize()).convertToFormat(QImage::Format_Grayscale8);
    REQUIRE_FALSE(grey.isNull());
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(grey.bytesPerLine()));
    QStringList texts;
    for (const ZXing::Result& r : ZXing::ReadBarcodes(view, hints)) {
        if (r.isValid()) {
            texts << QString::fromStdString(r.text());
        }
    }
    return texts;
}

QString allText(QPdfDocument& doc)
{
    QString all;
    for (int i = 0; i < doc.pageCount(); ++i) {
        all += test::pageText(doc, i) + QLatin1Char(' ');
    }
    return all;
}

/// The printing fixture with the shipped catalogue and a doctor to order.
struct OrdersToPrint : test::PrintingFixture
{
    orders::Catalogue catalogue;
    OrdersToPrint()
    {
        catalogue.reload();
        test::loginAs(ws(), QStringLiteral("dora"), Role::Doctor);
    }
    orders::Order place(const QStringList& codes, orders::Priority p, const Patient& who)
    {
        orders::OrderRequest r;
        r.patientId = who.id;
        r.codes = codes;
        r.priority = p;
        r.clinicalInfo = QStringLiteral("confusion, on furosemide");
        auto placed = OrderService(ws(), catalogue).place(r);
        INFO(placed.errorMessage().toStdString());
        REQUIRE(placed);
        return *placed;
    }
    void result(const orders::Order& o, const QString& test, const QString& value)
    {
        orders::ResultEntry e;
        e.order = o.number;
        e.test = test;
        e.value = value;
        auto entered = orders::ResultService(ws(), catalogue).enter(e);
        INFO(entered.errorMessage().toStdString());
        REQUIRE(entered);
    }
};

} // namespace

TEST_CASE_METHOD(OrdersToPrint,
                 "The request shows the identity, the order, its tests by tube and a QR code that scans",
                 "[orders]")
{
    const orders::Order o =
        place({QStringLiteral("iono"), QStringLiteral("fbc"), glucose}, orders::Priority::Stat, jeanne);
    auto sheet = OrderRequestSheet::build(ws(), o.number.toLower());
    INFO(sheet.errorMessage().toStdString());
    REQUIRE(sheet);
    CHECK((*sheet)->data().tubes.size() == 3);
    const QString pdf = dir().file(QStringLiteral("request.pdf"));
    REQUIRE((*sheet)->writePdf(pdf));
    QPdfDocument doc;
    test::loadPdf(doc, pdf);
    REQUIRE(doc.pageCount() == 1);
    const QString text = test::pageText(doc, 0);
    INFO(text.toStdString());
    for (const QString& expected : {jeanne.displayName(),
                                    jeanne.downtimeNumber,
                                    QStringLiteral("born 02/03/1950"),
                                    QStringLiteral("MED bed 1"),
                                    QStringLiteral("Penicillin (hives)"),
                                    QStringLiteral("Laboratory request"),
                                    o.number,
                                    QStringLiteral("Priority: STAT"),
                                    QStringLiteral("Lithium heparin (green)"),
                                    QStringLiteral("EDTA (lavender)"),
                                    QStringLiteral("Sodium fluoride (grey)"),
                                    QStringLiteral("Sodium"),
                                    QStringLiteral("Potassium"),
                                    QStringLiteral("Haemoglobin"),
                                    QStringLiteral("Glucose"),
                                    QStringLiteral("LOINC 2823-3"),
                                    QStringLiteral("confusion, on furosemide"),
                                    QStringLiteral("dora"),
                                    QStringLiteral("Collected by (name)"),
                                    QStringLiteral("At (date, time)")}) {
        INFO(expected.toStdString());
        CHECK(text.contains(expected));
    }
    const QStringList codes = decodeAll(doc, 0, 200);
    REQUIRE(codes.size() == 1);
    CHECK(codes.first() == OrderService::labelPayload(o, jeanne.downtimeNumber, {}));
    CHECK(OrderService::numberFromScan(codes.first()) == o.number);
}

TEST_CASE_METHOD(OrdersToPrint, "An imaging request names the exam and has no tube", "[orders]")
{
    const orders::Order o = place({QStringLiteral("ct-head")}, orders::Priority::Urgent, marc);
    auto sheet = OrderRequestSheet::build(ws(), o.number);
    REQUIRE(sheet);
    const QString pdf = dir().file(QStringLiteral("imaging.pdf"));
    REQUIRE((*sheet)->writePdf(pdf));
    QPdfDocument doc;
    test::loadPdf(doc, pdf);
    const QString text = allText(doc);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Imaging request")));
    CHECK(text.contains(QStringLiteral("CT head")));
    CHECK(text.contains(QStringLiteral("CT")));
    CHECK(text.contains(QStringLiteral("head")));
    CHECK(text.contains(QStringLiteral("Priority: URGENT")));
    CHECK(text.contains(QStringLiteral("Performed by (name)")));
    CHECK_FALSE(text.contains(QStringLiteral("Collected by")));
    CHECK(decodeAll(doc, 0, 200) == QStringList{OrderService::labelPayload(o, marc.downtimeNumber, {})});

    auto labels = TubeLabelSheet::build(ws(), o.number);
    REQUIRE_FALSE(labels);
    CHECK(labels.error().code == Error::Code::InvalidInput);
    CHECK(labels.errorMessage().contains(o.number));
}

TEST_CASE_METHOD(OrdersToPrint, "Tube labels: one per tube type, each QR code decodes to its tube's payload",
                 "[orders]")
{
    const orders::Order o = place({QStringLiteral("iono"), QStringLiteral("renal"), QStringLiteral("fbc"),
                                   QStringLiteral("coag"), glucose},
                                  orders::Priority::Urgent, jeanne);
    auto sheet = TubeLabelSheet::build(ws(), o.number);
    INFO(sheet.errorMessage().toStdString());
    REQUIRE(sheet);
    QSet<QString> expected;
    for (const OrderTube& t : (*sheet)->data().tubes) {
        expected.insert(OrderService::labelPayload(o, jeanne.downtimeNumber, t.code));
    }
    // Iono and renal share the lithium heparin tube: four tubes, not five panels.
    REQUIRE(expected.size() == 4);
    const QString pdf = dir().file(QStringLiteral("tubes.pdf"));
    REQUIRE((*sheet)->writePdf(pdf));
    QPdfDocument doc;
    test::loadPdf(doc, pdf);
    REQUIRE(doc.pageCount() == 1);
    const QString text = test::pageText(doc, 0);
    INFO(text.toStdString());
    CHECK(text.count(QStringLiteral("Order %1").arg(o.number)) >= 5); // the summary and each label
    CHECK(text.count(QStringLiteral("No. %1").arg(jeanne.downtimeNumber)) >= 4);
    CHECK(text.count(QStringLiteral("URGENT")) >= 4);
    CHECK(text.contains(QStringLiteral("Born 02/03/1950 · F")));
    CHECK(text.contains(QStringLiteral("Sodium citrate (light blue)")));
    CHECK(text.contains(QStringLiteral("Lithium heparin (green): Na, K, Cl, HCO3, Urea, Creat")));

    // Decoded from 200 dpi images (under three pixels a module) as well as 300 dpi: legible at label size.
    for (double dpi : {200.0, 300.0}) {
        INFO("dpi " << dpi);
        const QStringList codes = decodeAll(doc, 0, dpi);
        CHECK(QSet<QString>(codes.cbegin(), codes.cend()) == expected);
        CHECK(codes.size() == 4);
        for (const QString& c : codes) {
            CHECK(OrderService::numberFromScan(c) == o.number);
            CHECK(c.contains(jeanne.downtimeNumber));
        }
    }
}

TEST_CASE_METHOD(OrdersToPrint, "The print service prints an order by number and refuses an unknown one",
                 "[orders]")
{
    const orders::Order o = place({potassium}, orders::Priority::Routine, lea);
    PrintService service(ws());
    CHECK(PrintService::kindFromCode(QStringLiteral("order-request")) == PrintKind::OrderRequest);
    CHECK(PrintService::kindFromCode(QStringLiteral("tube-labels")) == PrintKind::TubeLabels);
    PrintRequest r;
    r.kind = PrintKind::TubeLabels;
    r.order = OrderService::labelPayload(o, lea.downtimeNumber, QStringLiteral("lithium-heparin"));
    auto doc = service.prepare(r); // a scanned label works as well as the number
    INFO(doc.errorMessage().toStdString());
    REQUIRE(doc);
    REQUIRE(service.printToPdf(**doc, dir().file(QStringLiteral("k.pdf"))));
    CHECK(test::auditCount(ws(), QStringLiteral("print.tube-labels")) == 1);

    r.kind = PrintKind::OrderRequest;
    r.order = QStringLiteral("T1-L9999");
    auto missing = service.prepare(r);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == Error::Code::NotFound);
    r.order.clear();
    auto empty = service.prepare(r);
    REQUIRE_FALSE(empty);
    CHECK(empty.error().code == Error::Code::InvalidInput);
}

TEST_CASE_METHOD(OrdersToPrint,
                 "Handover and transfer show pending and overdue orders and the latest results", "[orders]")
{
    // Three days ago: a creatinine, too old for the handover, still on the transfer letter.
    const orders::Order old = place({creatinine}, orders::Priority::Routine, jeanne);
    result(old, creatinine, QStringLiteral("70"));
    clock().advanceSeconds(73 * 3600);
    const orders::Order iono = place({QStringLiteral("iono")}, orders::Priority::Urgent, jeanne);
    result(iono, sodium, QStringLiteral("128"));
    result(iono, potassium, QStringLiteral("6.9"));
    result(iono, QStringLiteral("2075-0"), QStringLiteral("101"));
    result(iono, QStringLiteral("1963-8"), QStringLiteral("24"));
    const QString resultTime = LabSummary::timeText(clock().now(), clock().now());
    const orders::Order stat = place({potassium}, orders::Priority::Stat, jeanne);
    clock().advanceSeconds(5 * 60);
    const orders::Order fbc = place({QStringLiteral("fbc")}, orders::Priority::Routine, jeanne);
    clock().advanceSeconds(40 * 60); // past the STAT turnaround (30 min), not the routine one

    HandoverOptions options;
    options.wardCode = QStringLiteral("MED");
    options.shift = HandoverShift::Morning;
    auto sheet = HandoverSheet::build(ws(), options);
    REQUIRE(sheet);
    std::vector<PrintCanvas::DrawnText> log;
    (*sheet)->setTextLog(&log);
    const QString pdf = dir().file(QStringLiteral("handover.pdf"));
    REQUIRE((*sheet)->writePdf(pdf));
    QString pending;
    QString latest;
    for (const auto& t : log) {
        if (t.text.startsWith(QStringLiteral("Lab pending: "))) {
            pending = t.text;
        } else if (t.text.startsWith(QStringLiteral("Lab latest: "))) {
            latest = t.text;
        }
        // Nothing on the laboratory lines is cut by its cell.
        if (t.text.startsWith(QStringLiteral("Lab "))) {
            CHECK(t.needed.height() <= t.rect.height() + 1);
        }
    }
    CHECK(pending ==
          QStringLiteral("Lab pending: K (STAT, since %1, OVERDUE); Hb, Plt, WBC (since %2, to collect)")
              .arg(LabSummary::timeText(stat.orderedAt, clock().now()),
                   LabSummary::timeText(fbc.orderedAt, clock().now())));
    // Critical first, then out of range; values taken together share their time.
    CHECK(latest == QStringLiteral("Lab latest: K 6.9 HH, Na 128 L, HCO3 24, Cl 101 (%1)").arg(resultTime));
    CHECK_FALSE(latest.contains(QStringLiteral("Creat")));
    QPdfDocument doc;
    test::loadPdf(doc, pdf);
    const QString text = allText(doc);
    CHECK(text.contains(QStringLiteral("OVERDUE")));
    CHECK(text.contains(QStringLiteral("K 6.9 HH")));
    // The other patients have no order: no laboratory line.
    CHECK(text.count(QStringLiteral("Lab pending")) == 1);

    auto letter = TransferLetter::build(ws(), jeanne);
    REQUIRE(letter);
    const QString transfer = dir().file(QStringLiteral("transfer.pdf"));
    REQUIRE((*letter)->writePdf(transfer));
    QPdfDocument letterDoc;
    test::loadPdf(letterDoc, transfer);
    const QString letterText = allText(letterDoc);
    INFO(letterText.toStdString());
    for (const QString& expected :
         {QStringLiteral("Latest results"), QStringLiteral("Potassium 6.9 mmol/L HH CRITICAL"),
          QStringLiteral("Sodium 128 mmol/L L low"), QStringLiteral("Creatinine 70 µmol/L"),
          QStringLiteral("Pending orders"), stat.number, fbc.number, QStringLiteral("ordered, OVERDUE"),
          QStringLiteral("Haemoglobin, Platelets, White blood cells")}) {
        INFO(expected.toStdString());
        CHECK(letterText.contains(expected));
    }
    CHECK_FALSE(letterText.contains(iono.number)); // resulted: not pending
}

TEST_CASE("The laboratory line stays short: abnormal values first, the rest counted", "[orders]")
{
    LabSummary s;
    const QDateTime now(QDate(2026, 11, 28), QTime(9, 0), Qt::LocalTime);
    const auto add = [&](const QString& name, const QString& value, orders::ResultFlag flag, int minutesAgo) {
        LabLatest l;
        l.shortName = name;
        l.value = value;
        l.flag = flag;
        l.at = now.addSecs(-60 * minutesAgo);
        s.latest << l;
    };
    add(QStringLiteral("K"), QStringLiteral("6.9"), orders::ResultFlag::CriticalHigh, 20);
    add(QStringLiteral("Na"), QStringLiteral("128"), orders::ResultFlag::Low, 20);
    add(QStringLiteral("Hb"), QStringLiteral("12.1"), orders::ResultFlag::Normal, 60);
    add(QStringLiteral("Plt"), QStringLiteral("250"), orders::ResultFlag::Normal, 60);
    CHECK(s.latestText(now, 3) == QStringLiteral("K 6.9 HH, Na 128 L (08:40), Hb 12.1 (08:00) +1 more"));
    CHECK(s.latestText(now, 10) == QStringLiteral("K 6.9 HH, Na 128 L (08:40), Hb 12.1, Plt 250 (08:00)"));
    CHECK(LabSummary().latestText(now, 5).isEmpty());
    orders::Catalogue catalogue;
    catalogue.reload();
    CHECK(LabSummary::shortName(potassium, catalogue) == QStringLiteral("K"));
    CHECK(LabSummary::shortName(QStringLiteral("882-1"), catalogue) == QStringLiteral("Group"));
    CHECK(LabSummary::shortName(QStringLiteral("99999-9"), catalogue) == QStringLiteral("99999-9"));
}
