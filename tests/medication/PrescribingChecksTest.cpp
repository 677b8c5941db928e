// Prescribing checks (issue 18): each check fires on the case it is for and stays quiet
// otherwise; a line that needs an override is refused without the doctor's reason and, with
// one, is written with what was overridden.
#include "MedicationFixture.h"

#include "medication/ImportedMedicationService.h"

using namespace wp;
using namespace wp::test;
using namespace wp::medication;
using Kind = PrescribingFinding::Kind;

namespace {

const QDate adultBirth(1960, 5, 4);
const QDate childBirth(2020, 3, 1); // 6 years old on the test epoch

} // namespace

TEST_CASE("Allergy: free-text allergies are matched to classes through the formulary's names",
          "[prescribing]")
{
    MedicationLaptop l;
    const auto amox = l.line(QStringLiteral("AMOX500"), 1000, QStringLiteral("mg"), QStringLiteral("oral"));
    for (const char* text :
         {"Pénicilline", "allergie à l'amoxicilline (urticaire)", "CLAMOXYL", "pénicillines"}) {
        INFO(text);
        const QString p = l.patient(QStringLiteral("ALLERGIQUE"), adultBirth, QString::fromUtf8(text));
        const auto findings = l.check(p, amox);
        CHECK(blocking(findings) == QList<Kind>{Kind::Allergy});
        CHECK(findings.first().message.contains(QStringLiteral("penicillins")));
    }
    // A cephalosporin shares the beta-lactam class with a penicillin allergy.
    const QString pen = l.patient(QStringLiteral("BETALACT"), adultBirth, QStringLiteral("Augmentin"));
    CHECK(blocking(l.check(pen, l.line(QStringLiteral("CEFTRI"), 1000, QStringLiteral("mg"),
                                       QStringLiteral("iv"))))
              .contains(Kind::Allergy));
    // No allergy, another class, or a word inside another word: nothing.
    const QString none = l.patient(QStringLiteral("SANS"), adultBirth, QStringLiteral("none"));
    CHECK(blocking(l.check(none, amox)).isEmpty());
    const QString sulfa = l.patient(QStringLiteral("SULFA"), adultBirth, QStringLiteral("sulfamides"));
    CHECK(blocking(l.check(sulfa, amox)).isEmpty());
    CHECK(blocking(l.check(sulfa, l.line(QStringLiteral("COTRIM"), 800, QStringLiteral("mg"),
                                         QStringLiteral("oral")))) == QList<Kind>{Kind::Allergy});
    const QString iode =
        l.patient(QStringLiteral("IODE"), adultBirth, QStringLiteral("produits de contraste iodés"));
    CHECK(blocking(l.check(iode, l.line(QStringLiteral("IOHEX"), 100, QStringLiteral("ml"),
                                        QStringLiteral("iv")))) == QList<Kind>{Kind::Allergy});
    CHECK(l.formulary.allergyClassesIn(QStringLiteral("sulfate de fer")).isEmpty());
}

TEST_CASE("Maximum dose per administration and per 24 h, in the formulary's unit", "[prescribing]")
{
    MedicationLaptop l;
    const QString p = l.patient(QStringLiteral("DOSE"), adultBirth);
    // Paracetamol 1 g four times a day is the maximum, not above it.
    CHECK(blocking(l.check(p, l.line(QStringLiteral("PARAPO"), 1, QStringLiteral("g"), QStringLiteral("oral"),
                                     QStringLiteral("00:00 06:00 12:00 18:00"))))
              .isEmpty());
    // 2 tablets of 1 g at once: above the 1 g per administration.
    const auto two =
        l.check(p, l.line(QStringLiteral("PARAPO"), 2, QStringLiteral("tablet"), QStringLiteral("oral")));
    CHECK(blocking(two) == QList<Kind>{Kind::MaxPerDose});
    CHECK(two.first().message.contains(QStringLiteral("2000 mg")));
    // 1 g five times a day: 5 g per 24 h, above 4 g.
    const auto five =
        l.check(p, l.line(QStringLiteral("PARAPO"), 1000, QStringLiteral("mg"), QStringLiteral("oral"),
                          QStringLiteral("06:00 10:00 14:00 18:00 22:00")));
    CHECK(blocking(five) == QList<Kind>{Kind::MaxPerDay});
    CHECK(five.first().message.contains(QStringLiteral("5000 mg")));
    // "If needed": the maximum number of doses per 24 h counts.
    QJsonObject prn = l.line(QStringLiteral("PARAPO"), 1000, QStringLiteral("mg"), QStringLiteral("oral"));
    prn.insert(QStringLiteral("schedule_type"), QStringLiteral("as_needed"));
    prn.insert(QStringLiteral("max_daily_doses"), 6);
    CHECK(blocking(l.check(p, prn)) == QList<Kind>{Kind::MaxPerDay});
    prn.insert(QStringLiteral("max_daily_doses"), 4);
    CHECK(blocking(l.check(p, prn)).isEmpty());
    // A unit the formulary cannot convert: said, not silently passed.
    CHECK(blocking(l.check(p, l.line(QStringLiteral("PARAPO"), 2, QStringLiteral("puff"),
                                     QStringLiteral("oral")))) == QList<Kind>{Kind::UncheckedDose});
}

TEST_CASE("A child's dose is checked in mg/kg against a recent weight, no recent weight is said",
          "[prescribing]")
{
    MedicationLaptop l;
    const QString child = l.patient(QStringLiteral("ENFANT"), childBirth);
    // Paracetamol 15 mg/kg per dose: 300 mg for 20 kg is the limit.
    const auto amox = l.line(QStringLiteral("PARASUSP"), 300, QStringLiteral("mg"), QStringLiteral("oral"));
    const auto noWeight = l.check(child, amox);
    CHECK(blocking(noWeight) == QList<Kind>{Kind::NoRecentWeight});
    CHECK(noWeight.first().message.contains(QStringLiteral("no weight")));

    l.weigh(child, 20, 30);
    const auto old = l.check(child, amox);
    CHECK(blocking(old) == QList<Kind>{Kind::NoRecentWeight});
    CHECK(old.first().message.contains(QStringLiteral("20 kg")));

    l.weigh(child, 20, 1);
    CHECK(blocking(l.check(child, amox)).isEmpty());
    const auto over =
        l.check(child, l.line(QStringLiteral("PARASUSP"), 15, QStringLiteral("ml"), QStringLiteral("oral")));
    CHECK(blocking(over) == QList<Kind>{Kind::ChildPerKg}); // 15 mL x 24 mg = 360 mg = 18 mg/kg
    CHECK(over.first().message.contains(QStringLiteral("18 mg")));
    // Per 24 h: 300 mg five times a day = 75 mg/kg/day, above 60.
    CHECK(blocking(l.check(child, l.line(QStringLiteral("PARASUSP"), 300, QStringLiteral("mg"),
                                         QStringLiteral("oral"),
                                         QStringLiteral("06:00 10:00 14:00 18:00 22:00")))) ==
          QList<Kind>{Kind::ChildPerKg});

    // An adult is not asked for a weight.
    const QString adult = l.patient(QStringLiteral("ADULTE"), adultBirth);
    CHECK(blocking(l.check(adult, amox)).isEmpty());
}

TEST_CASE("Two active drugs of the same class, a route the drug does not have", "[prescribing]")
{
    MedicationLaptop l;
    const QString p = l.patient(QStringLiteral("DOUBLON"), adultBirth);
    auto s = l.service();
    REQUIRE(s.prescribe(p, l.line(QStringLiteral("OMEP"), 20, QStringLiteral("mg"), QStringLiteral("oral")))
                .ok());
    const auto ppi =
        l.check(p, l.line(QStringLiteral("PANTO"), 40, QStringLiteral("mg"), QStringLiteral("oral")));
    CHECK(blocking(ppi) == QList<Kind>{Kind::DuplicateClass});
    CHECK(ppi.first().message.contains(QStringLiteral("ppi")));
    // Paracetamol is not a PPI.
    CHECK(blocking(l.check(p, l.line(QStringLiteral("PARAPO"), 1000, QStringLiteral("mg"),
                                     QStringLiteral("oral"))))
              .isEmpty());

    // Injectable potassium chloride is intravenous only in this formulary.
    const auto route =
        l.check(p, l.line(QStringLiteral("KCLIV"), 1, QStringLiteral("g"), QStringLiteral("sc")));
    CHECK(blocking(route) == QList<Kind>{Kind::Route});
    CHECK(route.first().message.contains(QStringLiteral("iv")));
}

TEST_CASE("A stopped line is not a duplicate", "[prescribing]")
{
    MedicationLaptop l;
    const QString p = l.patient(QStringLiteral("ARRET"), adultBirth);
    QJsonObject stopped = l.line(QStringLiteral("OMEP"), 20, QStringLiteral("mg"), QStringLiteral("oral"));
    stopped.insert(QStringLiteral("start"), WardBoardService::formDateTimeText(l.clock.now().addDays(-3)));
    stopped.insert(QStringLiteral("end"), WardBoardService::formDateTimeText(l.clock.now().addDays(-1)));
    REQUIRE(l.service().prescribe(p, stopped).ok());
    CHECK(blocking(
              l.check(p, l.line(QStringLiteral("PANTO"), 40, QStringLiteral("mg"), QStringLiteral("oral"))))
              .isEmpty());
}

TEST_CASE("Prescribing despite a finding needs a reason, recorded with the line", "[prescribing]")
{
    MedicationLaptop l;
    const QString p = l.patient(QStringLiteral("OVERRIDE"), adultBirth, QStringLiteral("pénicilline"));
    auto s = l.service();
    const auto values = l.line(QStringLiteral("AMOX500"), 1000, QStringLiteral("mg"), QStringLiteral("oral"));

    auto refused = s.prescribe(p, values);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::InvalidInput);
    CHECK(refused.errorMessage().contains(QStringLiteral("reason")));
    CHECK(l.entries.entries(p, QStringLiteral("prescription"))->isEmpty());
    CHECK_FALSE(s.prescribe(p, values, QStringLiteral("   ")).ok());

    auto written = s.prescribe(p, values, QStringLiteral("Tolérance documentée, allergiste 2024"));
    REQUIRE(written.ok());
    CHECK(written->line.values()
              .value(QStringLiteral("drug"))
              .toString()
              .startsWith(QStringLiteral("amoxicilline")));
    CHECK(written->safety.overrideReason == QStringLiteral("Tolérance documentée, allergiste 2024"));
    CHECK(written->safety.overriddenBy == QStringLiteral("dr.house"));
    REQUIRE(written->safety.findings.size() == 1);
    CHECK(written->safety.findings.first().kind == Kind::Allergy);
    // What the pharmacist and the nurse read later, from the records.
    auto again = s.safety(written->line.record.recordId);
    REQUIRE(again.ok());
    REQUIRE(again->has_value());
    CHECK((*again)->overrideText().contains(QStringLiteral("Tolérance documentée")));
    CHECK((*again)->overrideText().contains(QStringLiteral("dr.house")));
    CHECK((*again)->formularyCode == QStringLiteral("AMOX500"));

    // A line with nothing to override keeps no reason.
    const QString q = l.patient(QStringLiteral("CLEAN"), adultBirth);
    auto clean = s.prescribe(q, values, QStringLiteral("not needed"));
    REQUIRE(clean.ok());
    CHECK(clean->safety.overrideReason.isEmpty());
    CHECK(clean->safety.findings.isEmpty());
}

TEST_CASE("Only a doctor prescribes, and only a formulary drug", "[prescribing]")
{
    MedicationLaptop l;
    const QString p = l.patient(QStringLiteral("ROLE"), adultBirth);
    loginAs(*l.ws, QStringLiteral("nina"), Role::Nurse);
    auto s = l.service();
    auto nurse =
        s.prescribe(p, l.line(QStringLiteral("PARAPO"), 1000, QStringLiteral("mg"), QStringLiteral("oral")));
    REQUIRE_FALSE(nurse.ok());
    CHECK(nurse.error().code == Error::Code::PermissionDenied);
    loginAs(*l.ws, QStringLiteral("dr.who"), Role::Doctor);
    auto unknown =
        s.prescribe(p, l.line(QStringLiteral("NOPE"), 1, QStringLiteral("mg"), QStringLiteral("oral")));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.errorMessage().contains(QStringLiteral("NOPE")));
    CHECK(
        PrescribingChecks::run(l.formulary,
                               ProposedLine::fromValues(l.line(QStringLiteral("NOPE"), 1,
                                                               QStringLiteral("mg"), QStringLiteral("oral"))),
                               {}, l.clock.now())
            .first()
            .kind == Kind::UnknownDrug);
}

TEST_CASE("A high-risk drug is said to need a second nurse, without blocking the prescription",
          "[prescribing]")
{
    MedicationLaptop l;
    const QString p = l.patient(QStringLiteral("RISQUE"), adultBirth);
    const auto f =
        l.check(p, l.line(QStringLiteral("ENOXA"), 4000, QStringLiteral("iu"), QStringLiteral("sc")));
    CHECK(blocking(f).isEmpty());
    REQUIRE(f.size() == 1);
    CHECK(f.first().kind == Kind::HighRisk);
    auto written = l.service().prescribe(
        p, l.line(QStringLiteral("ENOXA"), 0.4, QStringLiteral("ml"), QStringLiteral("sc")));
    REQUIRE(written.ok());
    CHECK(written->safety.highRisk);
}

TEST_CASE("A medication from the hospital record goes through the same checks when a doctor confirms it",
          "[prescribing]")
{
    MedicationLaptop l;
    const QString p = l.patient(QStringLiteral("IMPORTE"), adultBirth, QStringLiteral("Pénicilline"));
    auto imported = RecordStore(*l.ws).create(ImportedMedicationService::kind(), p,
                                              {{QStringLiteral("drug"), QStringLiteral("Amoxicilline 1 g")},
                                               {QStringLiteral("dose"), QStringLiteral("1000 mg")},
                                               {QStringLiteral("route"), QStringLiteral("oral")},
                                               {QStringLiteral("status"), QStringLiteral("active")}});
    REQUIRE(imported.ok());
    ImportedMedicationService meds(*l.ws, l.entries);
    QJsonObject values{{QStringLiteral("formulary_code"), QStringLiteral("AMOX500")},
                       {QStringLiteral("schedule_type"), QStringLiteral("scheduled")},
                       {QStringLiteral("times"), QStringLiteral("08:00 20:00")}};
    auto refused = meds.confirm(imported->recordId, values);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(QStringLiteral("Allergy")));
    CHECK(l.entries.entries(p, QStringLiteral("prescription"))->isEmpty());
    CHECK(meds.toConfirm(p)->size() == 1);

    values.insert(QStringLiteral("override_reason"), QStringLiteral("Traitement de ville bien toléré"));
    auto confirmed = meds.confirm(imported->recordId, values);
    INFO(confirmed.errorMessage().toStdString());
    REQUIRE(confirmed.ok());
    CHECK(meds.toConfirm(p)->isEmpty());
    auto safety = l.service().safety(confirmed->record.recordId);
    REQUIRE(safety.ok());
    REQUIRE(safety->has_value());
    CHECK((*safety)->overrideReason == QStringLiteral("Traitement de ville bien toléré"));
}
