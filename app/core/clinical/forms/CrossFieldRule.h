#pragma once

#include "LocalisedText.h"
#include "clinical/FieldIssue.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace wp::clinical {

struct FormDefinition;

/// A rule between two fields of one form (`"rules"` in the definition): the value of
/// `field` must be below, at most, above or at least the value of `other` (a diastolic
/// below the systolic, an end after a start). Both fields are numbers, or both date-times.
/// The rule is checked only when both fields are shown, filled in and valid on their own,
/// so that a nurse never sees two messages for one mistake; the issue goes to `field`.
struct CrossFieldRule
{
    Q_DECLARE_TR_FUNCTIONS(CrossFieldRule)

public:
    enum class Comparison { LessThan, AtMost, GreaterThan, AtLeast };

    QString id;
    QString field;
    Comparison comparison = Comparison::LessThan;
    QString other;
    FieldIssue::Severity severity = FieldIssue::Severity::Error;
    /// Optional; `{value}` and `{other_value}` are replaced by the values as typed.
    LocalisedText message;

    /// The issue for these values, or nothing when the rule holds or does not apply.
    /// `existing` are the issues found so far: a field already in error is not compared.
    std::optional<FieldIssue> check(const FormDefinition& form, const QJsonObject& values,
                                    const FieldIssues& existing) const;

    /// The JSON key of a comparison (`less_than`, `at_most`, `greater_than`, `at_least`).
    static QString key(Comparison comparison);
    static std::optional<Comparison> comparisonFromKey(const QString& key);
    static QStringList keys();
    bool operator==(const CrossFieldRule&) const = default;
};

} // namespace wp::clinical
