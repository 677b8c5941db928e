#pragma once

// Snapshots of the hospital record built in C++ (the reader is tested on its own), and a
// laptop to import them on.

#include "TestSupport.h"
#include "clinical/forms/FormRegistry.h"
#include "exchange/CanonicalDump.h"
#include "fhirimport/FhirImporter.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

namespace wp::test {

inline fhirimport::SourceRef sourceOf(const QString& type, const QString& id,
                                      const QString& lastUpdated = QStringLiteral("2026-12-03T05:00:00Z"))
{
    fhirimport::SourceRef s;
    s.file = QStringLiteral("/media/usb/export/%1.ndjson").arg(type);
    s.line = 1;
    s.resourceType = type;
    s.resourceId = id;
    s.lastUpdated = QDateTime::fromString(lastUpdated, Qt::ISODate);
    return s;
}

inline fhirimport::PatientRecord hospitalPatient(const QString& key, const QString& ipp,
                                                 const QString& birthName, const QString& first,
                                                 const QDate& born, const QString& sex = QStringLiteral("F"))
{
    fhirimport::PatientRecord p;
    p.key = QStringLiteral("Patient/") + key;
    p.source = sourceOf(QStringLiteral("Patient"), key);
    p.ipp = ipp;
    p.birthName = birthName;
    p.firstNames = first;
    p.birthDate = born;
    p.sex = sex;
    return p;
}

inline fhirimport::ClinicalItem item(const QString& patientKey, const QString& kind, const QString& type,
                                     const QString& id, const QJsonObject& data, const QDateTime& at = {})
{
    fhirimport::ClinicalItem i;
    i.patientKey = QStringLiteral("Patient/") + patientKey;
    i.kind = kind;
    i.source = sourceOf(type, id);
    i.occurredAt = at;
    i.data = data;
    return i;
}

inline fhirimport::ClinicalItem vital(const QString& patientKey, const QString& id, const QString& loinc,
                                      double value, const QDateTime& at, const QString& unit = {})
{
    return item(patientKey, QStringLiteral("vital_sign"), QStringLiteral("Observation"), id,
                {{QStringLiteral("loinc"), loinc},
                 {QStringLiteral("text"), loinc},
                 {QStringLiteral("value"), value},
                 {QStringLiteral("unit"), unit}},
                at);
}

/// A hospital record of two patients: Martin (IPP 100200, in MED bed 2, penicillin allergy,
/// one active medication, a problem, a potassium result and a complete set of vital signs)
/// and Bernard (IPP 100300, in a ward this laptop does not have, no known allergy).
inline fhirimport::Snapshot twoPatientSnapshot()
{
    using namespace fhirimport;
    Snapshot s;
    s.takenAt = QDateTime::fromString(QStringLiteral("2026-12-03T06:00:00Z"), Qt::ISODate);
    s.takenAtBasis = QStringLiteral("timestamp");
    s.files = {QStringLiteral("/media/usb/export")};
    PatientRecord martin =
        hospitalPatient(QStringLiteral("p1"), QStringLiteral("100200"), QStringLiteral("Martin"),
                        QStringLiteral("Claire Anne"), QDate(1950, 4, 2));
    martin.otherIdentifiers << Identifier{QStringLiteral("urn:oid:1.2.3.4"), QStringLiteral("X-77")};
    martin.telecom << QStringLiteral("phone: 01 23 45 67 89");
    martin.contacts << Contact{QStringLiteral("Paul Martin"), QStringLiteral("son"),
                               QStringLiteral("phone: 06 11")};
    s.patients << martin
               << hospitalPatient(QStringLiteral("p2"), QStringLiteral("100300"), QStringLiteral("Bernard"),
                                  QStringLiteral("Louis"), QDate(1962, 9, 30), QStringLiteral("M"));
    EncounterRecord e1;
    e1.patientKey = QStringLiteral("Patient/p1");
    e1.source = sourceOf(QStringLiteral("Encounter"), QStringLiteral("e1"));
    e1.wardCode = QStringLiteral("med");
    e1.bed = QStringLiteral("2");
    e1.admittedAt = QDateTime::fromString(QStringLiteral("2026-12-01T10:00:00Z"), Qt::ISODate);
    e1.reason = QStringLiteral("Pneumonia");
    EncounterRecord e2;
    e2.patientKey = QStringLiteral("Patient/p2");
    e2.source = sourceOf(QStringLiteral("Encounter"), QStringLiteral("e2"));
    e2.wardCode = QStringLiteral("CARDIO");
    e2.bed = QStringLiteral("12");
    s.encounters << e1 << e2;
    const QDateTime t = QDateTime::fromString(QStringLiteral("2026-12-02T08:00:00Z"), Qt::ISODate);
    s.items << item(QStringLiteral("p1"), QStringLiteral("allergy"), QStringLiteral("AllergyIntolerance"),
                    QStringLiteral("a1"),
                    {{QStringLiteral("text"), QStringLiteral("Penicillin")},
                     {QStringLiteral("criticality"), QStringLiteral("high")},
                     {QStringLiteral("reactions"), QJsonArray{QStringLiteral("Hives")}},
                     {QStringLiteral("noKnownAllergy"), false}})
            << item(QStringLiteral("p1"), QStringLiteral("medication"), QStringLiteral("MedicationStatement"),
                    QStringLiteral("m1"),
                    {{QStringLiteral("drug"), QStringLiteral("Furosemide 40 mg")},
                     {QStringLiteral("dose"), QStringLiteral("40 mg")},
                     {QStringLiteral("route"), QStringLiteral("oral")},
                     {QStringLiteral("frequency"), QStringLiteral("once a day")},
                     {QStringLiteral("dosageText"), QStringLiteral("1 tablet every morning")},
                     {QStringLiteral("status"), QStringLiteral("active")},
                     {QStringLiteral("source"), QStringLiteral("MedicationStatement")}})
            << item(QStringLiteral("p1"), QStringLiteral("problem"), QStringLiteral("Condition"),
                    QStringLiteral("c1"),
                    {{QStringLiteral("text"), QStringLiteral("Heart failure")},
                     {QStringLiteral("onset"), QStringLiteral("2019-05-01")}})
            << item(QStringLiteral("p1"), QStringLiteral("result"), QStringLiteral("Observation"),
                    QStringLiteral("k1"),
                    {{QStringLiteral("loinc"), QStringLiteral("2823-3")},
                     {QStringLiteral("text"), QStringLiteral("Potassium")},
                     {QStringLiteral("value"), 5.9},
                     {QStringLiteral("unit"), QStringLiteral("mmol/L")},
                     {QStringLiteral("low"), 3.5},
                     {QStringLiteral("high"), 5.1},
                     {QStringLiteral("interpretation"), QStringLiteral("H")},
                     {QStringLiteral("category"), QStringLiteral("laboratory")}},
                    t)
            << vital(QStringLiteral("p1"), QStringLiteral("v1"), QStringLiteral("9279-1"), 22, t)
            << vital(QStringLiteral("p1"), QStringLiteral("v2"), QStringLiteral("2708-6"), 95, t)
            << vital(QStringLiteral("p1"), QStringLiteral("v3"), QStringLiteral("8480-6"), 105, t)
            << vital(QStringLiteral("p1"), QStringLiteral("v3"), QStringLiteral("8462-4"), 60, t)
            << vital(QStringLiteral("p1"), QStringLiteral("v4"), QStringLiteral("8867-4"), 112, t)
            << vital(QStringLiteral("p1"), QStringLiteral("v5"), QStringLiteral("8310-5"), 38.46, t)
            << vital(QStringLiteral("p1"), QStringLiteral("v6"), QStringLiteral("29463-7"), 71.5, t,
                     QStringLiteral("kg"))
            << item(QStringLiteral("p2"), QStringLiteral("allergy"), QStringLiteral("AllergyIntolerance"),
                    QStringLiteral("a2"),
                    {{QStringLiteral("text"), QStringLiteral("No known allergy")},
                     {QStringLiteral("noKnownAllergy"), true}})
            << item(QStringLiteral("p2"), QStringLiteral("alert"), QStringLiteral("Flag"),
                    QStringLiteral("f1"), {{QStringLiteral("text"), QStringLiteral("Fall risk")}})
            << item(QStringLiteral("p2"), QStringLiteral("code_status"), QStringLiteral("Consent"),
                    QStringLiteral("cs1"), {{QStringLiteral("text"), QStringLiteral("Do not resuscitate")}});
    s.notImported.insert(QStringLiteral("Coverage"), 2);
    s.notImported.insert(QStringLiteral("AllergyIntolerance (inactive)"), 1);
    return s;
}

/// A laptop (MED beds 1–4, SURG beds A–B, admin logged in) with the built-in forms.
struct ImportLaptop
{
    TempDir dir;
    ManualClock clock{QDateTime::fromString(QStringLiteral("2026-12-05T09:00:00Z"), Qt::ISODate)};
    std::unique_ptr<Workspace> ws = initialisedWorkspace(dir.path(), clock);
    clinical::FormRegistry forms;

    ImportLaptop() { forms.reload(); }

    fhirimport::FhirImportReport import(const fhirimport::Snapshot& s, fhirimport::FhirImportOptions o = {})
    {
        auto report = fhirimport::FhirImporter(*ws, forms).importSnapshot(s, o);
        INFO(report.errorMessage().toStdString());
        REQUIRE(report.ok());
        return *report;
    }

    QString dump()
    {
        auto d = exchange::CanonicalDump::of(*ws);
        REQUIRE(d.ok());
        return *d;
    }
};

} // namespace wp::test
