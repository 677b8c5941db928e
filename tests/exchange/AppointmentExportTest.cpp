#include "ExchangeFixture.h"

#include "demo/DemoHospital.h"
#include "fhir/AppointmentBuilder.h"
#include "fhir/AppointmentData.h"
#include "fhir/BackEntryExporter.h"
#include "fhir/FhirBundleBuilder.h"
#include "fhir/FhirJson.h"
#include "fhir/ReconciliationChecklist.h"
#include "theatreplan/TheatreService.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>

using namespace wp;
using namespace wp::test;

namespace {

QMap<QString, QJsonObject> appointmentsByCase(const QJsonObject& bundle)
{
    QMap<QString, QJsonObject> out;
    for (const auto& e : bundle.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject r = e.toObject().value(QStringLiteral("resource")).toObject();
        if (r.value(QStringLiteral("resourceType")).toString() == QStringLiteral("Appointment")) {
            const QString id = r.value(QStringLiteral("identifier"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("value"))
                                   .toString();
            out.insert(id, r);
        }
    }
    return out;
}

QJsonObject participantActor(const QJsonObject& appointment, int i)
{
    return appointment.value(QStringLiteral("participant"))
        .toArray()
        .at(i)
        .toObject()
        .value(QStringLiteral("actor"))
        .toObject();
}

/// Runs the independent validator (node + the official R4 JSON schema) on `file`.
void validateWithNode(const QString& file)
{
    const QString validator = QStringLiteral(WHITEPLAN_SOURCE_DIR) + QStringLiteral("/tests/fhir-validator");
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty() || !QDir(validator + QStringLiteral("/node_modules")).exists()) {
        FAIL("node or the FHIR validator is not installed: run installers/debian/setup.sh");
        return;
    }
    QProcess run;
    run.start(node, {validator + QStringLiteral("/validate.js"), file});
    REQUIRE(run.waitForFinished(120000));
    INFO(QString::fromUtf8(run.readAllStandardError()).toStdString());
    CHECK(run.exitCode() == 0);
}

Patient registerWithIpp(Laptop& l, const QString& name, const QString& ipp)
{
    Patient p = registerPatient(l, name, QStringLiteral("Anne"), QDate(1961, 3, 4));
    p.ipp = ipp;
    REQUIRE(PatientService(*l.ws).updateIdentity(p, QStringLiteral("card")).ok());
    return p;
}

} // namespace

TEST_CASE("fhir: moved and postponed operations become Appointments, in the CSV and on the checklist",
          "[exchange][fhir]")
{
    TempDir dir;
    TempDir out;
    Laptop a(dir.path(), QStringLiteral("WA"));
    // C1, C3 and C6 belong to registered patients (linked by IPP at import), the others do not.
    const Patient p1 = registerWithIpp(a, QStringLiteral("Garnier"), QStringLiteral("P1"));
    const Patient p3 = registerWithIpp(a, QStringLiteral("Roux"), QStringLiteral("P3"));
    const Patient p6 = registerWithIpp(a, QStringLiteral("Perrin"), QStringLiteral("P6"));
    theatre::TheatreService theatres(*a.ws);
    REQUIRE(theatres
                .importFiles(dataFile(QStringLiteral("theatreui/sessions.csv")),
                             dataFile(QStringLiteral("theatreui/cases.csv")))
                .ok());
    auto before = fhir::AppointmentData::load(*a.ws);
    REQUIRE(before.ok());
    // C8's original session S7 was already closed: postponed since the import.
    REQUIRE(before->size() == 1);
    CHECK(before->first().theatreCase.id == QStringLiteral("C8"));

    a.clock.advanceSeconds(600);
    // T1 closes on 7 December: C1, C2 and C6 lose their booking; C1 and C6 then go to T2 that
    // day, C2 stays postponed. C3 keeps its booking.
    REQUIRE(theatres
                .closeTheatre(QStringLiteral("T1"), QDate(2026, 12, 7), QDate(2026, 12, 7),
                              QStringLiteral("Water leak"))
                .ok());
    REQUIRE(theatres.moveCase(QStringLiteral("C1"), QStringLiteral("S2")).ok());
    REQUIRE(theatres.moveCase(QStringLiteral("C6"), QStringLiteral("S2")).ok());
    auto schedule = theatres.load();
    REQUIRE(schedule.ok());
    const int c1Start = schedule->findCase(QStringLiteral("C1"))->bookedStart;
    REQUIRE(c1Start >= 8 * 60);

    auto changes = fhir::AppointmentData::load(*a.ws);
    REQUIRE(changes.ok());
    auto data = fhir::BackEntryData::load(*a.ws);
    REQUIRE(data.ok());
    const fhir::FhirBundle bundle = fhir::FhirBundleBuilder().build(*data, a.clock.now(), *changes);
    const auto appointments = appointmentsByCase(bundle.bundle);
    REQUIRE(appointments.keys() == QStringList{QStringLiteral("C1"), QStringLiteral("C2"),
                                               QStringLiteral("C6"), QStringLiteral("C8")});

    const QJsonObject c1 = appointments.value(QStringLiteral("C1"));
    CHECK(c1.value(QStringLiteral("status")).toString() == QStringLiteral("booked"));
    const QDateTime start = QDateTime(QDate(2026, 12, 7), QTime(0, 0)).addSecs(60 * c1Start);
    CHECK(c1.value(QStringLiteral("start")).toString() == fhir::FhirJson::time(start));
    CHECK(c1.value(QStringLiteral("end")).toString() == fhir::FhirJson::time(start.addSecs(90 * 60)));
    CHECK(c1.value(QStringLiteral("description")).toString() == QStringLiteral("Cholecystectomy"));
    CHECK(participantActor(c1, 0).value(QStringLiteral("reference")).toString() ==
          fhir::FhirBundleBuilder::fullUrl(p1.id, QStringLiteral("Patient")));
    CHECK(participantActor(c1, 1).value(QStringLiteral("display")).toString() == QStringLiteral("DRMARTIN"));
    CHECK(participantActor(c1, 2).value(QStringLiteral("display")).toString() == QStringLiteral("T2"));
    CHECK(c1.value(QStringLiteral("comment"))
              .toString()
              .contains(QStringLiteral("2026-12-07 (T1, session S1)")));

    const QJsonObject c6 = appointments.value(QStringLiteral("C6"));
    CHECK(c6.value(QStringLiteral("status")).toString() == QStringLiteral("booked"));
    CHECK(c6.value(QStringLiteral("start")).toString() != c1.value(QStringLiteral("start")).toString());

    const QJsonObject c2 = appointments.value(QStringLiteral("C2"));
    CHECK(c2.value(QStringLiteral("status")).toString() == QStringLiteral("cancelled"));
    CHECK_FALSE(c2.contains(QStringLiteral("start")));
    CHECK(c2.value(QStringLiteral("cancelationReason"))
              .toObject()
              .value(QStringLiteral("text"))
              .toString()
              .contains(QStringLiteral("Water leak")));
    // Not registered here: the participant is the schedule's IPP.
    const QJsonObject unregistered = participantActor(c2, 0);
    CHECK_FALSE(unregistered.contains(QStringLiteral("reference")));
    CHECK(unregistered.value(QStringLiteral("identifier"))
              .toObject()
              .value(QStringLiteral("value"))
              .toString() == QStringLiteral("P2"));
    CHECK(unregistered.value(QStringLiteral("identifier"))
              .toObject()
              .value(QStringLiteral("system"))
              .toString() == fhir::systems::defaultIpp());
    CHECK(appointments.value(QStringLiteral("C8"))
              .value(QStringLiteral("cancelationReason"))
              .toObject()
              .value(QStringLiteral("text"))
              .toString() == QStringLiteral("The original session is closed"));

    // Counts: per registered patient, the rest in the theatre section; the checklist says the same.
    CHECK(bundle.countsByPatient.value(p1.id).value(QStringLiteral("Appointment")) == 1);
    CHECK(bundle.countsByPatient.value(p6.id).value(QStringLiteral("Appointment")) == 1);
    CHECK(bundle.countsByPatient.value(p3.id).value(QStringLiteral("Appointment")) == 0);
    CHECK(bundle.theatreCounts.value(QStringLiteral("Appointment")) == 2);
    CHECK(bundle.theatreCounts.value(QStringLiteral("Provenance")) == 2);
    CHECK(bundle.totals.value(QStringLiteral("Appointment")) == 4);
    for (const auto& pr : *data) {
        for (const auto& line : fhir::ReconciliationChecklist::linesFor(pr, bundle, *changes)) {
            if (!line.resourceType.isEmpty()) {
                CHECK(line.count == bundle.countsByPatient.value(pr.patient.id).value(line.resourceType));
            }
            if (line.resourceType == QStringLiteral("Appointment") && pr.patient.id == p1.id) {
                CHECK(line.detail.contains(QStringLiteral("C1")));
            }
        }
    }
    const auto theatreLines = fhir::ReconciliationChecklist::theatreLines(*changes, bundle);
    REQUIRE(theatreLines.size() == 2 + 2);
    CHECK(theatreLines[0].resourceType == QStringLiteral("Appointment"));
    CHECK(theatreLines[0].count == bundle.theatreCounts.value(QStringLiteral("Appointment")));
    CHECK(theatreLines[1].count == bundle.theatreCounts.value(QStringLiteral("Provenance")));
    CHECK(theatreLines[2].what.contains(QStringLiteral("IPP P2")));

    // The exporters: the bundle validates; one CSV row per case; the checklist has a theatre page.
    const QString file = out.file(QStringLiteral("backentry.json"));
    fhir::BackEntryExporter exporter(*a.ws);
    auto exported = exporter.exportFhir(file);
    REQUIRE(exported.ok());
    CHECK(exported->totals == bundle.totals);
    validateWithNode(file);
    auto csv = exporter.exportCsv(out.file(QStringLiteral("csv")));
    REQUIRE(csv.ok());
    const QString appointmentsCsv = out.file(QStringLiteral("csv/appointments.csv"));
    REQUIRE(csv->contains(appointmentsCsv));
    const QStringList rows =
        QString::fromUtf8(readFile(appointmentsCsv)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(rows.size() == 1 + 4);
    CHECK(rows[1].startsWith(QStringLiteral("C1,booked,") + p1.downtimeNumber));
    CHECK(rows[2].startsWith(QStringLiteral("C2,cancelled,,P2,P2,")));
    // The checklist PDF needs fonts (a QGuiApplication): tests/gui checks its pages.
}

TEST_CASE("fhir: the demo hospital with a closed theatre and a rescheduled case exports valid Appointments",
          "[exchange][fhir]")
{
    TempDir dir;
    TempDir out;
    ManualClock clock(testEpoch());
    auto opened = Workspace::open(dir.path(), clock);
    REQUIRE(opened.ok());
    auto ws = std::move(opened).value();
    REQUIRE(DemoHospital::create(*ws).ok());
    auto manager = UserService(*ws).find(QStringLiteral("bloc"));
    REQUIRE(manager.ok());
    ws->setCurrentUser(*manager);
    theatre::TheatreService theatres(*ws);
    auto schedule = theatres.load();
    REQUIRE(schedule.ok());
    // Close theatre 1 for the whole second week, then book one postponed case wherever it fits.
    const QDate lastDay = schedule->sessions.back().date;
    REQUIRE(theatres
                .closeTheatre(QStringLiteral("BLOC1"), lastDay.addDays(-6), lastDay,
                              QStringLiteral("Ventilation failure"))
                .ok());
    schedule = theatres.load();
    REQUIRE(schedule.ok());
    bool moved = false;
    for (const auto& k : schedule->cases) {
        if (moved || !k.bookedSession.isEmpty() || k.originalSession.isEmpty()) {
            continue;
        }
        for (const auto& s : schedule->sessions) {
            if (s.id != k.originalSession &&
                theatre::TheatreService::explainMove(*schedule, k.id, s.id).isEmpty()) {
                REQUIRE(theatres.moveCase(k.id, s.id).ok());
                moved = true;
                break;
            }
        }
    }
    REQUIRE(moved);
    // And one registered inpatient's operation postponed by hand.
    schedule = theatres.load();
    REQUIRE(schedule.ok());
    QString linkedCase;
    for (const auto& k : schedule->cases) {
        if (linkedCase.isEmpty() && !k.patientRecordId.isEmpty() && !k.bookedSession.isEmpty()) {
            linkedCase = k.id;
        }
    }
    REQUIRE_FALSE(linkedCase.isEmpty());
    REQUIRE(theatres.moveCase(linkedCase, {}, QStringLiteral("Patient unwell")).ok());

    const QString file = out.file(QStringLiteral("demo.json"));
    auto exported = fhir::BackEntryExporter(*ws).exportFhir(file);
    REQUIRE(exported.ok());
    int booked = 0;
    int cancelled = 0;
    int linked = 0;
    for (const auto& a : appointmentsByCase(exported->bundle)) {
        booked += a.value(QStringLiteral("status")).toString() == QStringLiteral("booked") ? 1 : 0;
        cancelled += a.value(QStringLiteral("status")).toString() == QStringLiteral("cancelled") ? 1 : 0;
        linked += participantActor(a, 0).contains(QStringLiteral("reference")) ? 1 : 0;
    }
    CHECK(booked >= 1);
    CHECK(cancelled >= 1);
    CHECK(linked >= 1);
    CHECK(booked + cancelled > linked);
    int perPatient = 0;
    for (const auto& counts : exported->countsByPatient) {
        perPatient += counts.value(QStringLiteral("Appointment"));
    }
    CHECK(perPatient == linked);
    CHECK(perPatient + exported->theatreCounts.value(QStringLiteral("Appointment")) == booked + cancelled);
    validateWithNode(file);
}
