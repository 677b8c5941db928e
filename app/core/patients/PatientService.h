#pragma once

#include "Patient.h"
#include "clinical/DuplicateMatch.h"
#include "workspace/Workspace.h"

#include <QJsonObject>
#include <QList>

#include <functional>

namespace wp {

/// One bed of the ward census, with its occupant if any.
struct CensusRow
{
    QString wardCode;
    QString bedLabel;
    std::optional<Patient> patient;
};

/// Where a patient goes when they leave for another hospital.
struct TransferOut
{
    QString destination;
    QString samuNumber; // SAMU regulation number
    QString transport;
    QDateTime at;
    QString reason;
};

/// One version of a patient's identity as it was recorded.
struct IdentityVersion
{
    Patient identity; ///< identity traits only (no bed, status or allergies)
    int version = 0;
    QDateTime recordedAt;
    QString recordedBy;
    QString reason; ///< why it was corrected; empty for the first version
};

/// A registered patient who may be the same person as an identity being typed.
struct PossibleDuplicate
{
    Patient patient;
    clinical::DuplicateMatch match;
};

/// Registering patients (with a downtime number from this laptop's range) and
/// their movements. Identity versions and movements are append-only records; the
/// current state (bed, status) and the search index follow in the same transaction.
class PatientService
{
    Q_DECLARE_TR_FUNCTIONS(PatientService)

public:
    explicit PatientService(Workspace& ws) : m_ws(ws) {}

    /// Registers a patient and gives them the next downtime number. The identity
    /// fields of `p` are used; id and number are assigned.
    Result<Patient> registerPatient(Patient p);
    /// A new identity version (typo fixed, IPP or INS added, identity validated…) of the
    /// patient `p.id`; `reason` required. The traits are checked as at registration and the
    /// previous versions stay readable (identityHistory). Refused when nothing changed.
    Result<Patient> updateIdentity(const Patient& p, const QString& reason);
    /// Every identity version of a patient, oldest first (the last one is the current identity).
    Result<QList<IdentityVersion>> identityHistory(const QString& patientId);
    /// Registered patients born the same day whose names match `identity` (DuplicateDetector),
    /// leaving out `excludeId` (the patient whose identity is being corrected).
    Result<QList<PossibleDuplicate>> possibleDuplicates(const Patient& identity,
                                                        const QString& excludeId = {});

    Result<Patient> admit(const QString& patientId, const QString& wardCode, const QString& bed,
                          const QDateTime& at, const QString& reason = {});
    Result<Patient> move(const QString& patientId, const QString& wardCode, const QString& bed,
                         const QDateTime& at);
    Result<Patient> transferOut(const QString& patientId, const TransferOut& transfer);
    Result<Patient> discharge(const QString& patientId, const QDateTime& at);
    Result<Patient> recordDeath(const QString& patientId, const QDateTime& at);
    /// Allergies as recorded on admission ("none" for no known allergy).
    Status setAllergies(const QString& patientId, const QString& allergies);

    Result<Patient> find(const QString& id);
    /// By downtime number (check character verified) or IPP.
    Result<Patient> findByNumber(const QString& number);
    /// By IPP only (an IPP may look like a downtime number); NotFound when nobody has it.
    Result<Patient> findByIpp(const QString& ipp);
    /// The patient admitted in bed `bed` of `wardCode` (any case), if any.
    Result<std::optional<Patient>> occupant(const QString& wardCode, const QString& bed);
    /// Search as you type over names, numbers and beds (case- and accent-insensitive).
    Result<QList<Patient>> search(const QString& text, int limit = 50);
    /// Beds of a ward in order, with their occupants, then admitted patients without a bed.
    /// The code is matched ignoring case.
    Result<QList<CensusRow>> census(const QString& wardCode);
    /// Every patient known here (`wardCode` empty), or only those in ward `wardCode` (any case; an unknown
    /// ward is InvalidInput), by ward, bed (numbers in order) then downtime number.
    Result<QList<Patient>> list(const QString& wardCode = {});
    /// Patients born on `birthDate` (for duplicate checks).
    Result<QList<Patient>> bornOn(const QDate& birthDate);
    int count();

    /// Writes a patient's current state as derived elsewhere from the records (the
    /// exchange recomputes it after uniting records from several laptops). Inside the
    /// caller's transaction; inserts or updates, and refreshes the search index (with
    /// `searchCleared`, the caller already removed this patient's index entry).
    Status saveDerivedState(const Patient& p, const QDateTime& updatedAt, bool searchCleared = false);

private:
    Result<Patient> applyMovement(const QString& patientId, const QJsonObject& movement, const QDateTime& at,
                                  const std::function<Status(Patient&)>& change);
    Status savePatientRow(const Patient& p, bool insert, const QDateTime& updatedAt = {},
                          bool clearSearch = true);
    Result<QString> allocateNumber();
    /// The stored code of the ward `typed` names (any case), or `typed` trimmed if none.
    Result<QString> wardCodeFor(const QString& typed);
    Workspace& m_ws;
};

} // namespace wp
