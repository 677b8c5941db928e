#pragma once

#include "clinical/FieldIssue.h"

#include <QJsonObject>

namespace wp::clinical {

/// Outcome of checking the values of one form entry.
struct FormValidation
{
    /// Errors (refuse saving) and warnings (ask to double-check), per field id.
    FieldIssues issues;
    /// Freshly evaluated computed fields, by field id (hidden ones are left out).
    QJsonObject computed;

    /// No error: the entry may be saved (warnings allowed).
    bool ok() const { return !hasErrors(issues); }
    bool hasWarnings() const;
    FieldIssues issuesFor(const QString& fieldId) const;
};

} // namespace wp::clinical
