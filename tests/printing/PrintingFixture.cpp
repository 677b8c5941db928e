#include "PrintingFixture.h"

#include "records/RecordStore.h"
#include "site/SiteService.h"

#include <QJsonObject>
#include <QPdfSelection>

#include <catch2/catch.hpp>

namespace wp::test {

namespace {

QJsonObject vitals(int severity)
{
    switch (severity) {
    case 2: // RR 26 (3) SpO2 91 (3) O2 (2) BP 100 (2) P 120 (2) A (0) T 38.5 (1): NEWS2 13, high
        return {{QStringLiteral("resp_rate"), 26},    {QStringLiteral("spo2"), 91},
                {QStringLiteral("spo2_scale"), 1},    {QStringLiteral("oxygen"), QStringLiteral("oxygen")},
                {QStringLiteral("systolic_bp"), 100}, {QStringLiteral("diastolic_bp"), 60},
                {QStringLiteral("pulse"), 120},       {QStringLiteral("consciousness"), QStringLiteral("A")},
                {QStringLiteral("temperature"), 38.5}};
    case 1: // RR 22 (2) SpO2 95 (1) air BP 115 (0) P 95 (1) A T 38.2 (1): NEWS2 5, medium
        return {{QStringLiteral("resp_rate"), 22},    {QStringLiteral("spo2"), 95},
                {QStringLiteral("spo2_scale"), 1},    {QStringLiteral("oxygen"), QStringLiteral("air")},
                {QStringLiteral("systolic_bp"), 115}, {QStringLiteral("diastolic_bp"), 70},
                {QStringLiteral("pulse"), 95},        {QStringLiteral("consciousness"), QStringLiteral("A")},
                {QStringLiteral("temperature"), 38.2}};
    default: // all normal: NEWS2 0, low
        return {{QStringLiteral("resp_rate"), 16},    {QStringLiteral("spo2"), 97},
                {QStringLiteral("spo2_scale"), 1},    {QStringLiteral("oxygen"), QStringLiteral("air")},
                {QStringLiteral("systolic_bp"), 125}, {QStringLiteral("diastolic_bp"), 75},
                {QStringLiteral("pulse"), 72},        {QStringLiteral("consciousness"), QStringLiteral("A")},
                {QStringLiteral("temperature"), 36.8}};
    }
}

} // namespace

PrintingFixture::PrintingFixture() : m_clock(testEpoch())
{
    m_ws = initialisedWorkspace(m_dir.path(), m_clock);
    loginAs(*m_ws, QStringLiteral("nora"), Role::Nurse);
    jeanne = addPatient(QStringLiteral("MED"), QStringLiteral("1"), QStringLiteral("Dupont"),
                        QStringLiteral("Jeanne"), 2, QStringLiteral("Penicillin (hives)"));
    addFullRecord(jeanne);
    marc = addPatient(QStringLiteral("MED"), QStringLiteral("2"), QStringLiteral("Girard"),
                      QStringLiteral("Marc"), 0);
    lea = addPatient(QStringLiteral("MED"), QStringLiteral("3"), QStringLiteral("Roux"),
                     QStringLiteral("Léa"), 1, QString());
}

Patient PrintingFixture::addPatient(const QString& ward, const QString& bed, const QString& birthName,
                                    const QString& firstNames, int severity, const QString& allergies)
{
    PatientService patients(*m_ws);
    Patient p;
    p.birthName = birthName;
    p.firstNames = firstNames;
    p.birthDate = QDate(1950, 3, 2);
    p.sex = QStringLiteral("F");
    auto reg = patients.registerPatient(p);
    REQUIRE(reg.ok());
    const QDateTime now = m_clock.now();
    REQUIRE(patients.admit(reg->id, ward, bed, now.addDays(-2), QStringLiteral("Pneumonia")).ok());
    if (!allergies.isEmpty()) {
        REQUIRE(patients.setAllergies(reg->id, allergies).ok());
    }
    RecordStore records(*m_ws);
    REQUIRE(records.create(QStringLiteral("observation"), reg->id, vitals(0), now.addSecs(-5 * 3600)).ok());
    REQUIRE(
        records.create(QStringLiteral("observation"), reg->id, vitals(severity), now.addSecs(-3600)).ok());
    auto found = patients.find(reg->id);
    REQUIRE(found.ok());
    return *found;
}

void PrintingFixture::addFullRecord(const Patient& p)
{
    RecordStore records(*m_ws);
    const QDateTime now = m_clock.now();
    REQUIRE(records
                .create(QStringLiteral("admission"), p.id,
                        {{QStringLiteral("reason"), QStringLiteral("Pneumonia with hypoxaemia")},
                         {QStringLiteral("code_status"), QStringLiteral("no_cpr")},
                         {QStringLiteral("isolation"), QStringLiteral("contact")},
                         {QStringLiteral("isolation_reason"), QStringLiteral("MRSA")},
                         {QStringLiteral("lines_drains"), QStringLiteral("Peripheral IV left forearm")},
                         {QStringLiteral("weight"), 64.5},
                         {QStringLiteral("height"), 162},
                         {QStringLiteral("contact_name"), QStringLiteral("Paul Dupont (son)")},
                         {QStringLiteral("contact_phone"), QStringLiteral("06 12 34 56 78")}},
                        now.addDays(-2))
                .ok());
    REQUIRE(records
                .create(QStringLiteral("prescription"), p.id,
                        {{QStringLiteral("drug"), QStringLiteral("Amoxicillin-free cefotaxime")},
                         {QStringLiteral("dose"), 1},
                         {QStringLiteral("dose_unit"), QStringLiteral("g")},
                         {QStringLiteral("route"), QStringLiteral("iv")},
                         {QStringLiteral("schedule_type"), QStringLiteral("scheduled")},
                         {QStringLiteral("times"), QStringLiteral("08:00 16:00 00:00")}},
                        now.addDays(-2))
                .ok());
    REQUIRE(records
                .create(QStringLiteral("prescription"), p.id,
                        {{QStringLiteral("drug"), QStringLiteral("Enoxaparin")},
                         {QStringLiteral("dose"), 4000},
                         {QStringLiteral("dose_unit"), QStringLiteral("iu")},
                         {QStringLiteral("route"), QStringLiteral("sc")},
                         {QStringLiteral("schedule_type"), QStringLiteral("scheduled")},
                         {QStringLiteral("times"), QStringLiteral("10:00")}},
                        now.addDays(-2))
                .ok());
    REQUIRE(records
                .create(QStringLiteral("prescription"), p.id,
                        {{QStringLiteral("drug"), QStringLiteral("Morphine")},
                         {QStringLiteral("dose"), 2.5},
                         {QStringLiteral("dose_unit"), QStringLiteral("mg")},
                         {QStringLiteral("route"), QStringLiteral("sc")},
                         {QStringLiteral("schedule_type"), QStringLiteral("as_needed")},
                         {QStringLiteral("indication"), QStringLiteral("pain")}},
                        now.addDays(-1))
                .ok());
    const QDateTime eight(now.date(), QTime(8, 0));
    REQUIRE(records
                .create(QStringLiteral("medication_administration"), p.id,
                        {{QStringLiteral("prescription_line"),
                          QStringLiteral("Amoxicillin-free cefotaxime 1 g IV")},
                         {QStringLiteral("scheduled_for"), eight.toString(Qt::ISODate)},
                         {QStringLiteral("status"), QStringLiteral("given")},
                         {QStringLiteral("administered_at"), eight.addSecs(-300).toString(Qt::ISODate)}},
                        eight.addSecs(-300))
                .ok());
    REQUIRE(records
                .create(QStringLiteral("task"), p.id,
                        {{QStringLiteral("text"), QStringLiteral("Blood cultures")},
                         {QStringLiteral("owner"), QStringLiteral("Dr Martin")}},
                        now.addSecs(-1800))
                .ok());
    REQUIRE(
        records
            .create(QStringLiteral("transfer"), p.id,
                    {{QStringLiteral("reason"), QStringLiteral("ICU bed needed")},
                     {QStringLiteral("destination_hospital"), QStringLiteral("CHU de Rennes")},
                     {QStringLiteral("destination_ward"), QStringLiteral("Réanimation")},
                     {QStringLiteral("samu_regulation_number"), QStringLiteral("SAMU-35-2026-0042")},
                     {QStringLiteral("transport"), QStringLiteral("smur")},
                     {QStringLiteral("medical_summary"), QStringLiteral("Community pneumonia, worsening.")},
                     {QStringLiteral("resistant_organisms"), QStringLiteral("carrier")},
                     {QStringLiteral("resistant_organisms_details"), QStringLiteral("MRSA")},
                     {QStringLiteral("devices_implants"), QStringLiteral("Pacemaker")},
                     {QStringLiteral("blood_products"), false},
                     {QStringLiteral("contacts"), QStringLiteral("Son: 06 12 34 56 78")}},
                    now.addSecs(-900))
            .ok());
}

void PrintingFixture::fillWard(const QString& code, int beds, int days)
{
    QStringList labels;
    for (int i = 1; i <= beds; ++i) {
        labels << QString::number(i);
    }
    auto admin = m_ws->currentUser();
    loginAs(*m_ws, adminLogin(), Role::Administrator);
    REQUIRE(SiteService(*m_ws).addWard(code, code + QStringLiteral(" ward"), labels).ok());
    m_ws->setCurrentUser(admin);
    RecordStore records(*m_ws);
    for (int i = 0; i < beds; ++i) {
        const Patient p = addPatient(code, labels[i], QStringLiteral("Patient%1").arg(i + 1),
                                     QStringLiteral("Test"), i % 3);
        for (int h = days * 24; h > 5; h -= 6) {
            REQUIRE(records
                        .create(QStringLiteral("observation"), p.id, vitals(i % 3),
                                m_clock.now().addSecs(-h * 3600))
                        .ok());
        }
    }
}

void loadPdf(QPdfDocument& doc, const QString& path)
{
    INFO(path.toStdString());
    REQUIRE(doc.load(path) == QPdfDocument::Error::None);
    REQUIRE(doc.pageCount() > 0);
}

QString pageText(QPdfDocument& doc, int page)
{
    return doc.getAllText(page).text().simplified();
}

} // namespace wp::test
