#pragma once

#include "TestSupport.h"
#include "clinical/forms/FormRegistry.h"
#include "entries/FormEntryService.h"
#include "formulary/FormularyStore.h"
#include "medication/PrescribingService.h"
#include "patients/PatientService.h"
#include "records/RecordStore.h"
#include "ward/WardBoardService.h"

#include <catch2/catch.hpp>

namespace wp::test {

/// A hospital with the demo formulary imported, a doctor logged in and patients to prescribe for.
struct MedicationLaptop
{
    TempDir dir;
    ManualClock clock{testEpoch()};
    std::unique_ptr<Workspace> ws = initialisedWorkspace(dir.path(), clock);
    clinical::FormRegistry forms;
    FormEntryService entries{*ws, forms};
    medication::Formulary formulary;

    MedicationLaptop()
    {
        forms.reload();
        auto imported = medication::FormularyStore(*ws).importFile(medication::FormularyStore::demoFile());
        REQUIRE(imported.ok());
        auto loaded = medication::FormularyStore(*ws).load();
        REQUIRE(loaded.ok());
        formulary = *loaded;
        loginAs(*ws, QStringLiteral("dr.house"), Role::Doctor);
    }

    medication::PrescribingService service()
    {
        return medication::PrescribingService(*ws, entries, formulary);
    }

    /// Registers a patient born on `born` with `allergies` recorded (empty: none recorded).
    QString patient(const QString& name, const QDate& born, const QString& allergies = {})
    {
        PatientService patients(*ws);
        auto p = patients.registerPatient(person(name, QStringLiteral("Alex"), born));
        REQUIRE(p.ok());
        if (!allergies.isEmpty()) {
            REQUIRE(patients.setAllergies(p->id, allergies).ok());
        }
        return p->id;
    }

    /// Records a weight (the admission form's field) taken `daysAgo` days ago.
    void weigh(const QString& patientId, double kg, int daysAgo)
    {
        REQUIRE(RecordStore(*ws)
                    .create(QStringLiteral("admission"), patientId,
                            QJsonObject{{QStringLiteral("weight"), kg}}, clock.now().addDays(-daysAgo))
                    .ok());
    }

    /// Prescription form values for a formulary drug given at set times.
    QJsonObject line(const QString& code, double dose, const QString& unit, const QString& route,
                     const QString& times = QStringLiteral("08:00"))
    {
        return QJsonObject{{QStringLiteral("formulary_code"), code},
                           {QStringLiteral("dose"), dose},
                           {QStringLiteral("dose_unit"), unit},
                           {QStringLiteral("route"), route},
                           {QStringLiteral("schedule_type"), QStringLiteral("scheduled")},
                           {QStringLiteral("times"), times},
                           {QStringLiteral("start"), WardBoardService::formDateTimeText(clock.now())}};
    }

    QList<medication::PrescribingFinding> check(const QString& patientId, const QJsonObject& values)
    {
        auto findings = service().check(patientId, values);
        REQUIRE(findings.ok());
        return *findings;
    }
};

/// The kinds of `findings` that need an override, in order.
inline QList<medication::PrescribingFinding::Kind>
blocking(const QList<medication::PrescribingFinding>& findings)
{
    QList<medication::PrescribingFinding::Kind> kinds;
    for (const auto& f : findings) {
        if (f.needsOverride) {
            kinds << f.kind;
        }
    }
    return kinds;
}

} // namespace wp::test
