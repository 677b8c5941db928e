// High-risk administration (issue 18): a dose given of a high-risk drug needs a second nurse
// with their own password on the same screen; a wrong password and the same user are refused,
// nothing is written; both nurses are recorded.
#include "MedicationFixture.h"

#include "medication/HighRiskAdministration.h"

using namespace wp;
using namespace wp::test;
using namespace wp::medication;

namespace {

struct Ward : MedicationLaptop
{
    QString patientId = patient(QStringLiteral("HEPARINE"), QDate(1950, 1, 1));
    QString enoxa;
    QString paracetamol;

    Ward()
    {
        auto s = service();
        auto e = s.prescribe(patientId,
                             line(QStringLiteral("ENOXA"), 4000, QStringLiteral("iu"), QStringLiteral("sc")));
        REQUIRE(e.ok());
        enoxa = e->line.record.recordId;
        auto p = s.prescribe(
            patientId, line(QStringLiteral("PARAPO"), 1000, QStringLiteral("mg"), QStringLiteral("oral")));
        REQUIRE(p.ok());
        paracetamol = p->line.record.recordId;
        loginAs(*ws, QStringLiteral("karim"), Role::Nurse); // the second nurse, password "karim-password"
        loginAs(*ws, QStringLiteral("claire"), Role::Nurse);
    }

    QJsonObject dose(const QString& lineId, const QString& status = QStringLiteral("given"))
    {
        QJsonObject v{{QStringLiteral("prescription_line"), lineId},
                      {QStringLiteral("status"), status},
                      {QStringLiteral("administered_at"), WardBoardService::formDateTimeText(clock.now())}};
        if (status != QLatin1String("given")) {
            v.insert(QStringLiteral("reason"), QStringLiteral("patient au bloc"));
        }
        return v;
    }

    int doses()
    {
        return static_cast<int>(
            entries.entries(patientId, QStringLiteral("medication_administration"))->size());
    }
};

} // namespace

TEST_CASE("A high-risk dose saved without a second nurse is refused", "[highrisk]")
{
    Ward w;
    CHECK(HighRiskAdministration::isHighRisk(*w.ws, w.patientId, w.enoxa));
    CHECK_FALSE(HighRiskAdministration::isHighRisk(*w.ws, w.patientId, w.paracetamol));
    auto plain = w.entries.save(QStringLiteral("medication_administration"), w.patientId, w.dose(w.enoxa));
    REQUIRE_FALSE(plain.ok());
    CHECK(plain.errorMessage().contains(QStringLiteral("second nurse")));
    CHECK(w.doses() == 0);
    // Not high-risk, or not given: no second nurse needed.
    CHECK(
        w.entries.save(QStringLiteral("medication_administration"), w.patientId, w.dose(w.paracetamol)).ok());
    CHECK(w.entries
              .save(QStringLiteral("medication_administration"), w.patientId,
                    w.dose(w.enoxa, QStringLiteral("held")))
              .ok());
    CHECK(w.doses() == 2);
}

TEST_CASE("The second nurse's wrong password, the same user, or no one are refused", "[highrisk]")
{
    Ward w;
    HighRiskAdministration hr(*w.ws, w.entries);
    auto wrong =
        hr.record(w.patientId, w.dose(w.enoxa), {QStringLiteral("karim"), QStringLiteral("not-his")});
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == Error::Code::AuthenticationFailed);
    auto same = hr.record(w.patientId, w.dose(w.enoxa),
                          {QStringLiteral("claire"), QStringLiteral("claire-password")});
    REQUIRE_FALSE(same.ok());
    CHECK(same.errorMessage().contains(QStringLiteral("another person")));
    auto nobody = hr.record(w.patientId, w.dose(w.enoxa), {});
    REQUIRE_FALSE(nobody.ok());
    auto doctor =
        hr.record(w.patientId, w.dose(w.enoxa), {QStringLiteral("dr.house"), QStringLiteral("wrong")});
    REQUIRE_FALSE(doctor.ok());
    CHECK(w.doses() == 0);
    CHECK(RecordStore(*w.ws).latestForPatient(w.patientId, HighRiskAdministration::kind())->isEmpty());
}

TEST_CASE("A high-risk dose checked by a second nurse records both", "[highrisk]")
{
    Ward w;
    HighRiskAdministration hr(*w.ws, w.entries);
    const int audits = auditCount(*w.ws, QStringLiteral("medication.double_check"));
    auto ok =
        hr.record(w.patientId, w.dose(w.enoxa), {QStringLiteral("karim"), QStringLiteral("karim-password")});
    INFO(ok.errorMessage().toStdString());
    REQUIRE(ok.ok());
    CHECK(ok->record.createdBy == QStringLiteral("claire"));
    CHECK_FALSE(ok->values().contains(HighRiskAdministration::checkedKey()));
    auto checks = RecordStore(*w.ws).latestForPatient(w.patientId, HighRiskAdministration::kind());
    REQUIRE(checks.ok());
    REQUIRE(checks->size() == 1);
    CHECK(checks->first().data.value(QStringLiteral("given_by")).toString() == QStringLiteral("claire"));
    CHECK(checks->first().data.value(QStringLiteral("checked_by")).toString() == QStringLiteral("karim"));
    CHECK(checks->first().data.value(QStringLiteral("administration")).toString() == ok->record.recordId);
    CHECK(auditCount(*w.ws, QStringLiteral("medication.double_check")) == audits + 1);
    CHECK(w.ws->currentUser()->login == QStringLiteral("claire")); // the session stays the first nurse's
    CHECK(w.doses() == 1);
}
