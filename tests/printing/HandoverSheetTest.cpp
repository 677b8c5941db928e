#include "printing/HandoverSheet.h"
#include "PrintingFixture.h"
#include "audit/AuditLog.h"
#include "printing/PageFrame.h"
#include "printing/PrintService.h"
#include "records/RecordStore.h"
#include "theatreplan/TheatreService.h"

#include <catch2/catch.hpp>

using namespace wp;
using namespace wp::printing;

namespace {

HandoverOptions medMorning()
{
    HandoverOptions o;
    o.wardCode = QStringLiteral("MED");
    o.shift = HandoverShift::Morning;
    return o;
}

bool isA4Landscape(const QSizeF& points)
{
    return std::abs(points.width() - 841.9) < 2 && std::abs(points.height() - 595.3) < 2;
}

} // namespace

TEST_CASE("The handover sheet shows every patient of the ward with allergies and NEWS2")
{
    test::PrintingFixture f;
    auto sheet = HandoverSheet::build(f.ws(), medMorning());
    REQUIRE(sheet.ok());
    CHECK((*sheet)->patients().size() == 3);
    const QString pdf = f.dir().file(QStringLiteral("handover.pdf"));
    REQUIRE((*sheet)->writePdf(pdf).ok());

    QPdfDocument doc;
    test::loadPdf(doc, pdf);
    const int pages = doc.pageCount();
    QString all;
    for (int i = 0; i < pages; ++i) {
        const QString text = test::pageText(doc, i);
        INFO("page " << i << ": " << text.toStdString());
        CHECK(isA4Landscape(doc.pagePointSize(i)));
        CHECK(text.contains(QStringLiteral("MED — Medicine")));
        CHECK(text.contains(PageFrame::formatDateTime(f.clock().now())));
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages)));
        CHECK(text.contains(QStringLiteral("RECORDED DURING IT DOWNTIME")));
        all += text + QLatin1Char(' ');
    }
    CHECK(all.contains(QStringLiteral("DUPONT Jeanne")));
    CHECK(all.contains(QStringLiteral("GIRARD Marc")));
    CHECK(all.contains(QStringLiteral("ROUX Léa")));
    CHECK(all.contains(f.jeanne.downtimeNumber));
    CHECK(all.contains(QStringLiteral("Penicillin (hives)")));
    CHECK(all.contains(QStringLiteral("No known allergy")));
    CHECK(all.contains(QStringLiteral("NOT RECORDED")));
    // Jeanne: NEWS2 0 then 13 (high risk, unstable); Léa: 0 then 5 (medium, watcher).
    CHECK(all.contains(QStringLiteral("NEWS2 13 ↑ (0)")));
    CHECK(all.contains(QStringLiteral("NEWS2 5 ↑ (0)")));
    CHECK(all.contains(QStringLiteral("UNSTABLE")));
    CHECK(all.contains(QStringLiteral("watcher")));
    CHECK(all.contains(QStringLiteral("No CPR")));
    CHECK(all.contains(QStringLiteral("Contact precautions (MRSA)")));
    CHECK(all.contains(QStringLiteral("Peripheral IV left forearm")));
    CHECK(all.contains(QStringLiteral("Planned transfer: CHU de Rennes")));
    CHECK(all.contains(QStringLiteral("Blood cultures (Dr Martin)")));
    // Morning shift 07:00–14:00: the 08:00 dose is due, the 16:00 one is not.
    CHECK(all.contains(QStringLiteral("08:00 Amoxicillin-free cefotaxime 1 g IV — given 07:55")));
    CHECK_FALSE(all.contains(QStringLiteral("16:00 Amoxicillin")));
    // Doses never carry a group separator ("4,000" reads as 4 in France).
    CHECK(all.contains(QStringLiteral("10:00 Enoxaparin 4000 IU SC")));
    CHECK(all.contains(QStringLiteral("As needed: Morphine 2.5 mg SC")));
    // One free bed, named as a bed: "free beds: 4" read as a count.
    CHECK(all.contains(QStringLiteral("Patients: 3 · NEWS2 high risk: 1 · medium risk: 1 · free: bed 4")));
    // Jeanne's NEWS2 13 asks for continuous monitoring: said as such, never "overdue since" the set.
    CHECK(all.contains(QStringLiteral("CONTINUOUS monitoring (last set")));
    CHECK_FALSE(all.contains(QStringLiteral("OVERDUE")));
}

TEST_CASE("A dose given a few minutes before its time is printed as given, not as still due")
{
    test::PrintingFixture f;
    RecordStore records(f.ws());
    const QDate today = f.clock().now().toLocalTime().date();
    const QDateTime ten(today, QTime(22, 0));
    auto line = records.create(QStringLiteral("prescription"), f.marc.id,
                               {{QStringLiteral("drug"), QStringLiteral("Paracétamol")},
                                {QStringLiteral("dose"), 1},
                                {QStringLiteral("dose_unit"), QStringLiteral("g")},
                                {QStringLiteral("route"), QStringLiteral("oral")},
                                {QStringLiteral("schedule_type"), QStringLiteral("scheduled")},
                                {QStringLiteral("times"), QStringLiteral("06:00 22:00")}},
                               f.clock().now().addDays(-1));
    REQUIRE(line.ok());
    f.clock().advanceSeconds(f.clock().now().secsTo(ten) - 3 * 60 + 60); // 21:58
    const QDateTime given = ten.addSecs(-3 * 60);
    // The dose dialog names the line by its record id; the nurse may leave "due at" as proposed
    // (22:00) or write the time she gave it there (21:57): both count for the 22:00 dose.
    const QString dueAt = GENERATE(QStringLiteral("22:00"), QStringLiteral("21:57"), QString());
    QJsonObject administration{{QStringLiteral("prescription_line"), line->recordId},
                               {QStringLiteral("status"), QStringLiteral("given")},
                               {QStringLiteral("administered_at"), given.toString(Qt::ISODate)}};
    if (!dueAt.isEmpty()) {
        administration.insert(
            QStringLiteral("scheduled_for"),
            QDateTime(today, QTime::fromString(dueAt, QStringLiteral("HH:mm"))).toString(Qt::ISODate));
    }
    REQUIRE(
        records.create(QStringLiteral("medication_administration"), f.marc.id, administration, given).ok());

    HandoverOptions o;
    o.wardCode = QStringLiteral("MED");
    o.shift = HandoverShift::Night;
    o.patients = QStringList{f.marc.id};
    auto sheet = HandoverSheet::build(f.ws(), o);
    REQUIRE(sheet.ok());
    const QString pdf = f.dir().file(QStringLiteral("night.pdf"));
    REQUIRE((*sheet)->writePdf(pdf).ok());
    QPdfDocument doc;
    test::loadPdf(doc, pdf);
    const QString all = test::pageText(doc, 0);
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("22:00 Paracétamol 1 g")));
    CHECK(all.contains(QStringLiteral("— given 21:57")));
    // The next morning's 06:00 dose is still due, and said so without "given".
    const auto [start, end] = HandoverShift::window(HandoverShift::Night, f.clock().now());
    const QStringList due = (*sheet)->patients().first().medicationsDue(start, end);
    REQUIRE(due.size() == 2);
    CHECK(due[0].startsWith(QStringLiteral("22:00 Paracétamol")));
    CHECK(due[0].endsWith(QStringLiteral(" — given 21:57")));
    CHECK(due[1].startsWith(QStringLiteral("06:00 Paracétamol")));
    CHECK_FALSE(due[1].contains(QStringLiteral("given")));
}

TEST_CASE("The handover sheet gives the operation's date from the theatre schedule, postponement included")
{
    test::PrintingFixture f;
    PatientService patients(f.ws());
    Patient withIpp = f.jeanne;
    withIpp.ipp = QStringLiteral("P3"); // the Colectomy case of the small theatre schedule
    REQUIRE(patients.updateIdentity(withIpp, QStringLiteral("IPP from admissions")).ok());
    test::loginAs(f.ws(), QStringLiteral("bloc"), Role::TheatreManager);
    theatre::TheatreService theatres(f.ws());
    REQUIRE(theatres
                .importFiles(test::dataFile(QStringLiteral("theatreui/sessions.csv")),
                             test::dataFile(QStringLiteral("theatreui/cases.csv")))
                .ok());
    REQUIRE(theatres.moveCase(QStringLiteral("C3"), QStringLiteral("S6")).ok());

    auto sheet = HandoverSheet::build(f.ws(), medMorning());
    REQUIRE(sheet.ok());
    const QString pdf = f.dir().file(QStringLiteral("handover-surgery.pdf"));
    REQUIRE((*sheet)->writePdf(pdf).ok());
    QPdfDocument doc;
    test::loadPdf(doc, pdf);
    QString all;
    for (int i = 0; i < doc.pageCount(); ++i) {
        all += test::pageText(doc, i) + QLatin1Char(' ');
    }
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("Planned surgery: 09/12 08:00, T2: Colectomy")));
    CHECK(all.contains(QStringLiteral("postponed (was 08/12)")));
}

TEST_CASE("The handover sheet can keep only the patients at medium or high risk")
{
    test::PrintingFixture f;
    HandoverOptions o = medMorning();
    o.mediumOrHighRiskOnly = true;
    auto sheet = HandoverSheet::build(f.ws(), o);
    REQUIRE(sheet.ok());
    REQUIRE((*sheet)->patients().size() == 2);
    CHECK((*sheet)->patients()[0].patient.id == f.jeanne.id);
    CHECK((*sheet)->patients()[1].patient.id == f.lea.id);

    o.mediumOrHighRiskOnly = false;
    o.patients = QStringList{f.marc.downtimeNumber.toLower()};
    auto selected = HandoverSheet::build(f.ws(), o);
    REQUIRE(selected.ok());
    REQUIRE((*selected)->patients().size() == 1);
    CHECK((*selected)->patients()[0].patient.id == f.marc.id);
}

TEST_CASE("A full ward's handover runs over several pages, each numbered and headed")
{
    test::PrintingFixture f;
    f.fillWard(QStringLiteral("BIG"), 30, 1);
    HandoverOptions o;
    o.wardCode = QStringLiteral("BIG");
    o.shift = HandoverShift::Night;
    auto sheet = HandoverSheet::build(f.ws(), o);
    REQUIRE(sheet.ok());
    const QString pdf = f.dir().file(QStringLiteral("big.pdf"));
    REQUIRE((*sheet)->writePdf(pdf).ok());
    QPdfDocument doc;
    test::loadPdf(doc, pdf);
    REQUIRE(doc.pageCount() >= 3);
    QString all;
    for (int i = 0; i < doc.pageCount(); ++i) {
        const QString text = test::pageText(doc, i);
        CHECK(text.contains(QStringLiteral("BIG — BIG ward")));
        CHECK(text.contains(QStringLiteral("Night shift")));
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(doc.pageCount())));
        // The column headings repeat on every page.
        CHECK(text.contains(QStringLiteral("Due this shift")));
        all += text + QLatin1Char(' ');
    }
    for (int i = 1; i <= 30; ++i) {
        CHECK(all.contains(QStringLiteral("PATIENT%1 Test").arg(i)));
    }
}

TEST_CASE("An unknown ward is refused with the list of wards")
{
    test::PrintingFixture f;
    HandoverOptions o;
    o.wardCode = QStringLiteral("NOPE");
    auto sheet = HandoverSheet::build(f.ws(), o);
    REQUIRE_FALSE(sheet.ok());
    CHECK(sheet.error().code == Error::Code::NotFound);
    CHECK(sheet.errorMessage().contains(QStringLiteral("MED")));
}

TEST_CASE("Printing is audited with the kind of printout")
{
    test::PrintingFixture f;
    PrintService service(f.ws());
    PrintRequest r;
    r.kind = PrintKind::Handover;
    r.handover = medMorning();
    auto doc = service.prepare(r);
    REQUIRE(doc.ok());
    REQUIRE(service.printToPdf(**doc, f.dir().file(QStringLiteral("a.pdf"))).ok());
    auto entries = AuditLog(f.ws()).latest(1);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().action == QStringLiteral("print.handover"));
    CHECK(entries->first().objectId == QStringLiteral("MED"));
    CHECK(entries->first().user == QStringLiteral("nora"));

    f.ws().setCurrentUser(std::nullopt);
    auto refused = service.prepare(r);
    CHECK_FALSE(refused.ok());
}

TEST_CASE("Dates and numbers follow the user's language")
{
    test::PrintingFixture f;
    struct LocaleGuard
    {
        QLocale saved;
        ~LocaleGuard() { QLocale::setDefault(saved); }
    } guard;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    auto sheet = HandoverSheet::build(f.ws(), medMorning());
    REQUIRE(sheet.ok());
    const QString pdf = f.dir().file(QStringLiteral("fr.pdf"));
    REQUIRE((*sheet)->writePdf(pdf).ok());
    QPdfDocument doc;
    test::loadPdf(doc, pdf);
    const QString text = test::pageText(doc, 0);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("sam. 28/11/2026"))); // the shift's day, in French
    CHECK(text.contains(QStringLiteral("38,5 °C")));         // decimal comma
    CHECK(text.contains(QStringLiteral("Enoxaparin 4000 IU")));
}
