#pragma once

#include "DuplicateMatch.h"
#include "PatientIdentity.h"

#include <QCoreApplication>
#include <QList>

namespace wp::clinical {

/// Finds likely duplicates of a patient being created or imported. It only reports:
/// the nurse opens the existing patient or confirms a new one; nothing is ever merged.
class DuplicateDetector
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateDetector)

public:
    /// Existing identities with the same birth date and a matching name (ignoring case,
    /// accents, hyphens; birth vs used name; first and last names swapped), in the order
    /// given. Callers with many patients should pass those born on that date only.
    static QList<DuplicateMatch> find(const PatientIdentity& candidate,
                                      const QList<PatientIdentity>& existing);
    /// The reasons `existing` may be `candidate`; empty when it is not a likely duplicate.
    static QList<DuplicateReason> compare(const PatientIdentity& candidate, const PatientIdentity& existing);
    /// The same, with the names spelt differently listed in `spellings` when not null.
    static QList<DuplicateReason> compare(const PatientIdentity& candidate, const PatientIdentity& existing,
                                          QStringList* spellings);
};

} // namespace wp::clinical
