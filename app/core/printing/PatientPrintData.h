#pragma once

#include "PrintRecords.h"
#include "patients/Patient.h"
#include "records/RecordVersion.h"
#include "workspace/Workspace.h"

#include <QList>

namespace wp::printing {

/// Everything a printout shows about one patient, assembled from the patient services
/// and the records. The only place that knows record kinds and JSON keys: the forms are
/// still evolving, so every key is read tolerantly (first of several names, any missing
/// kind simply leaves its fields empty). Renaming a key later means touching this file.
class PatientPrintData
{
    Q_DECLARE_TR_FUNCTIONS(PatientPrintData)

public:
    static Result<PatientPrintData> load(Workspace& ws, const Patient& patient);

    Patient patient;
    QString reason;
    QString allergies; ///< as recorded; see allergyText()
    QString codeStatus;
    QString isolation;
    QString linesAndDrains;
    QString weight;
    QString height;
    QString currentTreatments;
    QStringList contacts;
    QString plannedSurgery;
    QList<PrintObservation> observations; ///< oldest first
    QList<PrintMedication> medications;   ///< active prescriptions
    QList<PrintAction> actions;           ///< pending tasks
    QList<PrintAdministration> administrations;
    std::optional<PrintTransfer> transfer;
    QDateTime newestData; ///< newest recorded or taken time of anything above
    /// When the imported hospital record this patient's hospital_* items come from was taken
    /// (the oldest when several imports); invalid when the patient has none.
    QDateTime hospitalSnapshotAt;

    const PrintObservation* latestObservation() const;
    const PrintObservation* previousObservation() const;
    /// I-PASS illness severity from the latest NEWS2: "stable", "watcher", "unstable" (translated).
    QString severity() const;
    /// ↑, ↓ or → comparing the two latest complete NEWS2 totals; empty without two.
    QString trend() const;
    /// When the next set is due (from the NEWS2 monitoring frequency); now when there is
    /// none or the last set is incomplete.
    QDateTime observationsDue(const QDateTime& now) const;
    /// "08:00 Paracetamol 1 g oral" for every scheduled dose in [from, to), with
    /// " — given 08:05" (held, refused) when the administration is already recorded.
    QStringList medicationsDue(const QDateTime& from, const QDateTime& to) const;
    /// Allergies in words, never empty: "NOT RECORDED" when nobody asked yet.
    QString allergyText() const;
    /// "DUPONT (MARTIN) Jeanne  ·  born 02/03/1950 (76 y)  ·  F  ·  DT T1-000012-K  ·  IPP 812345".
    QString identityLine(const QDate& today) const;
    /// "RR 18 · SpO2 96 % (air) · BP 120/80 · P 80 · A · 37.2 °C".
    static QString vitalsText(const PrintObservation& o);
    static QString riskText(const clinical::News2Result& r);

private:
    static QString administrationText(const PrintAdministration& a);
    void readAdmission(const RecordVersion& v);
    void readTransferForm(const RecordVersion& v);
    void readMovement(const RecordVersion& v);
    void noteTime(const QDateTime& t);
    /// Imported medications (unconfirmed ones as lines, confirmed ones marking their
    /// prescription) and the hospital record's date.
    Status readHospitalRecord(Workspace& ws);
};

} // namespace wp::printing
