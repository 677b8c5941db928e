#include "../fhirstore/SnapshotFixture.h"

#include "medication/ImportedMedicationService.h"
#include "patients/PatientService.h"
#include "printing/HandoverSheet.h"
#include "printing/PatientPrintData.h"
#include "printing/TransferLetter.h"

#include <QPdfDocument>
#include <QPdfSelection>

using namespace wp;
using namespace wp::test;
using namespace wp::fhirimport;
using namespace wp::printing;

namespace {

/// Martin with: furosemide imported then confirmed, salbutamol imported and still to confirm,
/// a stopped hospital treatment, paracetamol prescribed here and a line prescribed here that ended.
struct PrintLaptop : ImportLaptop
{
    FormEntryService entries{*ws, forms};
    Patient martin;

    PrintLaptop()
    {
        Snapshot s = twoPatientSnapshot();
        s.items << item(QStringLiteral("p1"), QStringLiteral("medication"),
                        QStringLiteral("MedicationRequest"), QStringLiteral("m2"),
                        {{QStringLiteral("drug"), QStringLiteral("Salbutamol")},
                         {QStringLiteral("dose"), QStringLiteral("1 puff")},
                         {QStringLiteral("route"), QStringLiteral("inhaled")},
                         {QStringLiteral("frequency"), QStringLiteral("4 times a day")},
                         {QStringLiteral("status"), QStringLiteral("active")}})
                << item(QStringLiteral("p1"), QStringLiteral("medication"),
                        QStringLiteral("MedicationRequest"), QStringLiteral("m3"),
                        {{QStringLiteral("drug"), QStringLiteral("Warfarin")},
                         {QStringLiteral("dose"), QStringLiteral("5 mg")},
                         {QStringLiteral("status"), QStringLiteral("stopped")}});
        import(s);
        auto p = PatientService(*ws).findByIpp(QStringLiteral("100200"));
        REQUIRE(p.ok());
        martin = *p;
        loginAs(*ws, QStringLiteral("drhouse"), Role::Doctor);
        ImportedMedicationService meds(*ws, entries);
        auto pending = meds.toConfirm(martin.id);
        REQUIRE(pending.ok());
        for (const auto& l : *pending) {
            if (l.drug.startsWith(QStringLiteral("Furosemide"))) {
                auto c = meds.confirm(l.record.recordId,
                                      {{QStringLiteral("schedule_type"), QStringLiteral("scheduled")},
                                       {QStringLiteral("times"), QStringLiteral("08:00")}});
                INFO(c.errorMessage().toStdString());
                REQUIRE(c.ok());
            }
        }
        prescribe(QStringLiteral("Paracetamol"), {});
        prescribe(QStringLiteral("Ceftriaxone"), QStringLiteral("2026-12-04T12:00"));
    }

    void prescribe(const QString& drug, const QString& end)
    {
        QJsonObject v{{QStringLiteral("drug"), drug},
                      {QStringLiteral("dose"), 1},
                      {QStringLiteral("dose_unit"), QStringLiteral("g")},
                      {QStringLiteral("route"), QStringLiteral("iv")},
                      {QStringLiteral("schedule_type"), QStringLiteral("scheduled")},
                      {QStringLiteral("times"), QStringLiteral("08:00 20:00")},
                      {QStringLiteral("start"), QStringLiteral("2026-12-04T08:00")},
                      {QStringLiteral("prescriber"), QStringLiteral("Dr House")}};
        if (!end.isEmpty()) {
            v.insert(QStringLiteral("end"), end);
        }
        auto saved = entries.save(QStringLiteral("prescription"), martin.id, v);
        INFO(saved.errorMessage().toStdString());
        REQUIRE(saved.ok());
    }
};

const PrintMedication* find(const PatientPrintData& d, const QString& drugStart)
{
    for (const auto& m : d.medications) {
        if (m.drug.startsWith(drugStart)) {
            return &m;
        }
    }
    return nullptr;
}

QString pdfText(const QString& path)
{
    QPdfDocument doc;
    REQUIRE(doc.load(path) == QPdfDocument::Error::None);
    QString all;
    for (int i = 0; i < doc.pageCount(); ++i) {
        all += doc.getAllText(i).text() + QLatin1Char(' ');
    }
    return all.simplified();
}

} // namespace

TEST_CASE("print data lists current treatments, imported ones marked, stopped ones not", "[fhirmar]")
{
    PrintLaptop l;
    auto d = PatientPrintData::load(*l.ws, l.martin);
    INFO(d.errorMessage().toStdString());
    REQUIRE(d.ok());
    CHECK(d->medications.size() == 3);
    const auto* furosemide = find(*d, QStringLiteral("Furosemide"));
    REQUIRE(furosemide);
    CHECK(furosemide->fromHospitalRecord);
    CHECK(furosemide->confirmed);
    CHECK(furosemide->times == QStringList{QStringLiteral("08:00")}); // the prescription, not the import
    const auto* salbutamol = find(*d, QStringLiteral("Salbutamol"));
    REQUIRE(salbutamol);
    CHECK(salbutamol->fromHospitalRecord);
    CHECK_FALSE(salbutamol->confirmed);
    const auto* paracetamol = find(*d, QStringLiteral("Paracetamol"));
    REQUIRE(paracetamol);
    CHECK_FALSE(paracetamol->fromHospitalRecord);
    CHECK_FALSE(find(*d, QStringLiteral("Warfarin")));
    CHECK_FALSE(find(*d, QStringLiteral("Ceftriaxone")));
    CHECK(d->hospitalSnapshotAt ==
          QDateTime::fromString(QStringLiteral("2026-12-03T06:00:00Z"), Qt::ISODate));

    // Bernard's record has items too; a patient created here has none.
    auto bernard = PatientService(*l.ws).findByIpp(QStringLiteral("100300"));
    REQUIRE(bernard.ok());
    auto b = PatientPrintData::load(*l.ws, *bernard);
    REQUIRE(b.ok());
    CHECK(b->hospitalSnapshotAt.isValid());
    CHECK(b->medications.isEmpty());
}

TEST_CASE("the transfer letter and the handover sheet print the hospital record's age", "[fhirmar]")
{
    PrintLaptop l;
    auto letter = TransferLetter::build(*l.ws, l.martin);
    REQUIRE(letter.ok());
    const QString pdf = l.dir.file(QStringLiteral("transfer.pdf"));
    REQUIRE((*letter)->writePdf(pdf).ok());
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Hospital record as of")));
    CHECK(text.contains(QStringLiteral("2 d 3 h old")));
    CHECK(text.contains(QStringLiteral("TO CONFIRM")));
    CHECK(text.contains(QStringLiteral("Salbutamol")));
    CHECK(text.contains(QStringLiteral("Paracetamol")));
    CHECK_FALSE(text.contains(QStringLiteral("Warfarin")));
    CHECK_FALSE(text.contains(QStringLiteral("Ceftriaxone")));

    HandoverOptions o;
    o.wardCode = QStringLiteral("MED");
    o.shift = HandoverShift::Morning;
    auto sheet = HandoverSheet::build(*l.ws, o);
    REQUIRE(sheet.ok());
    const QString sheetPdf = l.dir.file(QStringLiteral("handover.pdf"));
    REQUIRE((*sheet)->writePdf(sheetPdf).ok());
    CHECK(pdfText(sheetPdf).contains(QStringLiteral("Hospital record as of")));
    if (qEnvironmentVariableIsSet("WHITEPLAN_KEEP_PDF")) {
        QFile::copy(pdf, qEnvironmentVariable("WHITEPLAN_KEEP_PDF") + QStringLiteral("/transfer.pdf"));
        QFile::copy(sheetPdf, qEnvironmentVariable("WHITEPLAN_KEEP_PDF") + QStringLiteral("/handover.pdf"));
    }
}
