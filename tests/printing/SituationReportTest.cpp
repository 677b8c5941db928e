#include "printing/SituationReport.h"
#include "PrintingFixture.h"
#include "printing/PageFrame.h"
#include "theatreplan/TheatreService.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace wp;
using namespace wp::printing;

TEST_CASE("The situation report counts inpatients, movements and transfers by destination")
{
    test::PrintingFixture f;
    PatientService patients(f.ws());
    TransferOut t;
    t.destination = QStringLiteral("CHU de Rennes");
    t.samuNumber = QStringLiteral("42");
    t.at = f.clock().now().addSecs(-600);
    REQUIRE(patients.transferOut(f.marc.id, t).ok());
    REQUIRE(patients.discharge(f.lea.id, f.clock().now().addSecs(-300)).ok());
    // Admitted two days ago: outside the 24-hour window. One more admitted now.
    f.addPatient(QStringLiteral("SURG"), QStringLiteral("A"), QStringLiteral("Neuf"), QStringLiteral("Anne"),
                 0);

    auto report = SituationReport::build(f.ws());
    REQUIRE(report.ok());
    const QString pdf = f.dir().file(QStringLiteral("sitrep.pdf"));
    REQUIRE((*report)->writePdf(pdf).ok());
    QPdfDocument doc;
    test::loadPdf(doc, pdf);
    QString all;
    for (int i = 0; i < doc.pageCount(); ++i) {
        const QString text = test::pageText(doc, i);
        CHECK(text.contains(PageFrame::formatDateTime(f.clock().now())));
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(doc.pageCount())));
        all += text + QLatin1Char(' ');
    }
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("Inpatients: 2 · free beds: 4 · admissions: 0 · transfers out: 1 · "
                                      "discharges: 1 · deaths: 0")));
    CHECK(all.contains(QStringLiteral("MED — Medicine 4 1 3 1 0")));
    CHECK(all.contains(QStringLiteral("CHU de Rennes 1")));
    CHECK(all.contains(QStringLiteral("No theatre data")));
}

TEST_CASE("The situation report shows theatre capacity and postponed operations when lists exist")
{
    test::PrintingFixture f;
    const QString today = f.clock().now().date().toString(Qt::ISODate);
    const QByteArray sessions = QStringLiteral("session_id,theatre,date,start,end,specialty,status\n"
                                               "S1,BLOC1,%1,08:00,12:00,DIG,open\n"
                                               "S2,BLOC2,%1,08:00,12:00,ORTHO,closed\n"
                                               "S3,BLOC3,%1,08:00,12:00,URO,closed\n")
                                    .arg(today)
                                    .toUtf8();
    const QByteArray cases =
        QByteArrayLiteral("case_id,patient_id,surgeon_id,specialty,procedure,duration_min,priority,"
                          "listed_date,earliest_date,deadline,original_session,locked\n"
                          "C1,P1,D1,ORTHO,\"PTH, left\",90,P2,2026-11-01,,,S2,\n"
                          "C2,P2,D1,URO,RTUP,60,P3,2026-11-01,,,S3,\n"
                          "C3,P3,D2,DIG,Chole,60,P1,2026-11-01,,,S1,\n");
    // The theatre manager imports the lists; cases of closed sessions then need a slot.
    const auto reader = f.ws().currentUser();
    test::loginAs(f.ws(), QStringLiteral("bloc"), Role::TheatreManager);
    REQUIRE(wp::theatre::TheatreService(f.ws())
                .importData(sessions, QStringLiteral("sessions.csv"), cases, QStringLiteral("cases.csv"))
                .ok());
    f.ws().setCurrentUser(reader);
    auto report = SituationReport::build(f.ws());
    REQUIRE(report.ok());
    const QString pdf = f.dir().file(QStringLiteral("sitrep.pdf"));
    REQUIRE((*report)->writePdf(pdf).ok());
    QPdfDocument doc;
    test::loadPdf(doc, pdf);
    const QString text = test::pageText(doc, 0);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Theatres today 1 2")));
    CHECK(text.contains(QStringLiteral("P1 0 P2 1 P3 1 P4 0 Total 2")));
    CHECK_FALSE(text.contains(QStringLiteral("No theatre data")));
}
