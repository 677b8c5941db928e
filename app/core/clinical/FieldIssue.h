#pragma once

#include <QList>
#include <QString>

namespace wp::clinical {

/// A problem with one field, shown inline beside it. Errors block saving; warnings ask
/// the user to double-check an unusual but possible value.
struct FieldIssue
{
    enum class Severity { Error, Warning };

    QString field; ///< field id (`birth_date`, `spo2`...); empty for the record as a whole
    QString message;
    Severity severity = Severity::Error;

    bool isError() const { return severity == Severity::Error; }
    bool operator==(const FieldIssue&) const = default;
};

using FieldIssues = QList<FieldIssue>;

/// Whether any issue is an error.
inline bool hasErrors(const FieldIssues& issues)
{
    for (const auto& i : issues) {
        if (i.isError())
            return true;
    }
    return false;
}

} // namespace wp::clinical
