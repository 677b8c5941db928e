#include "../exchange/ExchangeFixture.h"

#include "common/Ask.h"
#include "exchange/ConflictLog.h"
#include "exchange/ExchangePage.h"
#include "fhir/AppointmentData.h"
#include "fhir/BackEntryData.h"
#include "fhir/FhirBundleBuilder.h"
#include "fhir/ReconciliationChecklist.h"
#include "records/RecordStore.h"
#include "theatreplan/TheatreService.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace wp;
using namespace wp::test;

TEST_CASE("gui: the exchange page previews a bundle, merges it only when confirmed, and writes one", "[gui]")
{
    TempDir dirA;
    TempDir dirB;
    TempDir usb;
    Laptop a(dirA.path(), QStringLiteral("WA"));
    Laptop b(dirB.path(), QStringLiteral("WB"));
    const Patient p =
        registerPatient(a, QStringLiteral("Vincent"), QStringLiteral("Chloé"), QDate(1977, 9, 9));
    REQUIRE(exchange::ExchangeExporter(*a.ws)
                .exportTo(usb.file(QStringLiteral("from-a.wpb")), testPassphrase(), fastOptions())
                .ok());

    // B registered the same person on its own: a duplicate candidate after the merge.
    registerPatient(b, QStringLiteral("VINCENT"), QStringLiteral("Chloe"), QDate(1977, 9, 9));
    gui::ExchangePage page(*b.ws);
    page.resize(900, 700);
    page.show();
    page.setFolder(usb.path());
    auto* bundles = page.findChild<QListWidget*>(QStringLiteral("bundles"));
    auto* passphrase = page.findChild<QLineEdit*>(QStringLiteral("passphrase"));
    auto* previewButton = page.findChild<QPushButton*>(QStringLiteral("previewButton"));
    auto* import = page.findChild<QPushButton*>(QStringLiteral("import"));
    auto* preview = page.findChild<QLabel*>(QStringLiteral("preview"));
    REQUIRE(bundles);
    REQUIRE(bundles->count() == 1);
    bundles->setCurrentRow(0);

    SECTION("a wrong passphrase is said inline and nothing can be merged")
    {
        passphrase->setText(QStringLiteral("nope"));
        QTest::mouseClick(previewButton, Qt::LeftButton);
        CHECK(page.message().contains(QStringLiteral("Wrong passphrase")));
        CHECK_FALSE(import->isEnabled());
    }

    SECTION("preview, then merge")
    {
        passphrase->setText(QString::fromUtf8(testPassphrase()));
        const QString before = b.dump();
        QTest::mouseClick(previewButton, Qt::LeftButton);
        CHECK(preview->text().contains(QStringLiteral("1 new record versions")));
        CHECK(import->isEnabled());
        CHECK(b.dump() == before);
        QSignalSpy imported(&page, &gui::ExchangePage::dataImported);
        QTest::mouseClick(import, Qt::LeftButton);
        CHECK(imported.count() == 1);
        CHECK(page.message().contains(QStringLiteral("Merged")));
        CHECK(PatientService(*b.ws).find(p.id).ok());

        // The duplicate is listed; a human says it is the same person.
        auto* conflicts = page.findChild<QTableWidget*>(QStringLiteral("conflicts"));
        REQUIRE(conflicts->rowCount() == 1);
        CHECK(conflicts->item(0, 0)->text() == QStringLiteral("duplicate_patient"));
        conflicts->setCurrentCell(0, 1);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("resolve-merged")), Qt::LeftButton);
        CHECK(conflicts->rowCount() == 0);
        auto all = exchange::ConflictLog(*b.ws).list(true);
        REQUIRE(all->size() == 1);
        CHECK(all->first().resolution == QStringLiteral("merged"));

        // And the way back: a bundle written by the page.
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("export")), Qt::LeftButton);
        CHECK(page.message().contains(QStringLiteral("written")));
        CHECK(QDir(usb.path()).entryList({QStringLiteral("*.wpb")}).size() == 2);
    }
}

TEST_CASE("gui: a bundle of another hospital is previewed with a warning and merged only if the admin "
          "accepts the transfer",
          "[gui]")
{
    TempDir dirA;
    TempDir dirB;
    TempDir usb;
    Laptop other(dirA.path(), QStringLiteral("SUD1"), 0, QStringLiteral("CH Sud"), QString());
    Laptop b(dirB.path(), QStringLiteral("WB"));
    const Patient p =
        registerPatient(other, QStringLiteral("Faure"), QStringLiteral("Iris"), QDate(1966, 6, 6));
    REQUIRE(exchange::ExchangeExporter(*other.ws)
                .exportTo(usb.file(QStringLiteral("sud.wpb")), testPassphrase(), fastOptions())
                .ok());
    gui::ExchangePage page(*b.ws);
    page.setFolder(usb.path());
    page.findChild<QListWidget*>(QStringLiteral("bundles"))->setCurrentRow(0);
    page.findChild<QLineEdit*>(QStringLiteral("passphrase"))->setText(QString::fromUtf8(testPassphrase()));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("previewButton")), Qt::LeftButton);
    CHECK(page.findChild<QLabel*>(QStringLiteral("preview"))
              ->text()
              .contains(QStringLiteral("another hospital")));
    auto* import = page.findChild<QPushButton*>(QStringLiteral("import"));
    REQUIRE(import->isEnabled());
    gui::Ask::reset();

    SECTION("declined: nothing is imported")
    {
        gui::Ask::queueAnswer(QMessageBox::No);
        QTest::mouseClick(import, Qt::LeftButton);
        CHECK(page.message().contains(QStringLiteral("another hospital")));
        CHECK_FALSE(PatientService(*b.ws).find(p.id).ok());
    }
    SECTION("accepted: the patients come in as a transfer")
    {
        gui::Ask::queueAnswer(QMessageBox::Yes);
        QTest::mouseClick(import, Qt::LeftButton);
        CHECK(page.message().contains(QStringLiteral("Merged")));
        CHECK(PatientService(*b.ws).find(p.id).ok());
    }
    REQUIRE(gui::Ask::answeredTexts().size() == 1);
    CHECK(gui::Ask::answeredTexts().first().contains(QStringLiteral("CH Sud")));
    gui::Ask::reset();
}

TEST_CASE("gui: the checklist counts are the FHIR bundle's counts", "[gui][fhir]")
{
    TempDir dir;
    TempDir out;
    Laptop a(dir.path(), QStringLiteral("WA"));
    Patient p = registerPatient(a, QStringLiteral("Morel"), QStringLiteral("Luc"), QDate(1944, 2, 3),
                                QStringLiteral("M"));
    // Morel's operation (C1, IPP P1) is postponed when theatre T1 closes; C2, C6 are other patients'.
    p.ipp = QStringLiteral("P1");
    REQUIRE(PatientService(*a.ws).updateIdentity(p, QStringLiteral("card")).ok());
    theatre::TheatreService theatres(*a.ws);
    REQUIRE(theatres
                .importFiles(dataFile(QStringLiteral("theatreui/sessions.csv")),
                             dataFile(QStringLiteral("theatreui/cases.csv")))
                .ok());
    REQUIRE(theatres
                .closeTheatre(QStringLiteral("T1"), QDate(2026, 12, 7), QDate(2026, 12, 7),
                              QStringLiteral("Water leak"))
                .ok());
    REQUIRE(
        PatientService(*a.ws).admit(p.id, QStringLiteral("MED"), QStringLiteral("1"), a.clock.now()).ok());
    RecordStore records(*a.ws);
    REQUIRE(records
                .create(QStringLiteral("observation"), p.id,
                        {{QStringLiteral("resp_rate"), 18},
                         {QStringLiteral("spo2"), 97},
                         {QStringLiteral("oxygen"), QStringLiteral("air")},
                         {QStringLiteral("systolic_bp"), 120},
                         {QStringLiteral("diastolic_bp"), 80},
                         {QStringLiteral("pulse"), 72},
                         {QStringLiteral("consciousness"), QStringLiteral("A")},
                         {QStringLiteral("temperature"), 37.2}})
                .ok());
    REQUIRE(records
                .create(QStringLiteral("nursing_note"), p.id,
                        {{QStringLiteral("target"), QStringLiteral("Douleur")},
                         {QStringLiteral("data"), QStringLiteral("EVA 6")}})
                .ok());
    REQUIRE(records
                .create(QStringLiteral("medication_administration"), p.id,
                        {{QStringLiteral("drug"), QStringLiteral("Paracétamol")},
                         {QStringLiteral("dose"), QStringLiteral("1 g")},
                         {QStringLiteral("status"), QStringLiteral("given")}})
                .ok());
    REQUIRE(records.create(QStringLiteral("fluid_balance"), p.id, {{QStringLiteral("in_ml"), 500}}).ok());
    auto data = fhir::BackEntryData::load(*a.ws);
    REQUIRE(data.ok());
    REQUIRE(data->size() == 1);
    auto theatre = fhir::AppointmentData::load(*a.ws);
    REQUIRE(theatre.ok());
    const fhir::FhirBundle bundle = fhir::FhirBundleBuilder().build(*data, a.clock.now(), *theatre);
    // 5 vitals + BP panel counted once: RR, HR, SpO2, T, BP, ACVPU, NEWS2.
    CHECK(bundle.totals.value(QStringLiteral("Observation")) == 7);
    CHECK(bundle.totals.value(QStringLiteral("MedicationAdministration")) == 1);
    CHECK(bundle.totals.value(QStringLiteral("DocumentReference")) == 1);
    CHECK(bundle.totals.value(QStringLiteral("Encounter")) == 1);
    // C1 (Morel), C2 and C6 postponed, C8 postponed since the import.
    CHECK(bundle.totals.value(QStringLiteral("Appointment")) == 4);
    const QMap<QString, int> mine = bundle.countsByPatient.value(p.id);
    CHECK(mine.value(QStringLiteral("Appointment")) == 1);
    for (auto it = bundle.totals.cbegin(); it != bundle.totals.cend(); ++it) {
        CHECK(mine.value(it.key()) + bundle.theatreCounts.value(it.key()) == it.value());
    }
    for (const auto& line : fhir::ReconciliationChecklist::linesFor(data->first(), bundle, *theatre)) {
        if (!line.resourceType.isEmpty()) {
            CHECK(line.count == mine.value(line.resourceType));
        } else {
            CHECK(line.what.contains(QStringLiteral("fluid_balance")));
            CHECK(line.count == 1);
        }
    }
    const auto theatreLines = fhir::ReconciliationChecklist::theatreLines(*theatre, bundle);
    REQUIRE(theatreLines.size() == 2 + 3);
    CHECK(theatreLines[0].count == bundle.theatreCounts.value(QStringLiteral("Appointment")));
    CHECK(theatreLines[0].count == 3);
    CHECK(theatreLines[1].count == bundle.theatreCounts.value(QStringLiteral("Provenance")));
    auto pages = fhir::ReconciliationChecklist::write(out.file(QStringLiteral("c.pdf")), QStringLiteral("CH"),
                                                      a.clock.now(), *data, *theatre, bundle);
    REQUIRE(pages.ok());
    CHECK(*pages == 2); // the patient's page and the theatre page
}
