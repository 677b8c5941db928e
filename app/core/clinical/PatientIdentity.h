#pragma once

#include "FieldIssue.h"
#include "IdentityStatus.h"
#include "Sex.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace wp::clinical {

/// The identity traits of a patient as typed or imported, plus local and national ids.
/// A plain value: storage and duplicate detection work on copies.
struct PatientIdentity
{
    Q_DECLARE_TR_FUNCTIONS(PatientIdentity)

public:
    QString birthName;  ///< nom de naissance
    QString usedName;   ///< nom utilisé, may be empty
    QString firstNames; ///< space-separated, the first one is the usual first name
    QDate birthDate;
    Sex sex = Sex::Unknown;
    QString birthPlace; ///< INSEE code (5 characters, `2A`/`2B` allowed, `99xxx` abroad)
    QString ipp;        ///< hospital patient id, if known
    QString ins;        ///< INS-NIR, if known
    IdentityStatus status = IdentityStatus::Provisional;

    /// Field-by-field check. Field ids are the census CSV column names (`birth_name`,
    /// `first_names`, `birth_date`, `sex`, `birth_place`, `ipp`, `ins`, `status`).
    /// `today` bounds the birth date (injected so tests do not depend on the clock).
    FieldIssues validate(const QDate& today) const;

    /// `USED NAME (née BIRTH NAME) First names` style label for lists and printouts.
    QString displayName() const;

    bool operator==(const PatientIdentity&) const = default;
};

} // namespace wp::clinical
