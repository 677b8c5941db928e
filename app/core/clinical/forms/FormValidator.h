#pragma once

#include "FormDefinition.h"
#include "FormValidation.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace wp::clinical {

/// Checks form values (a JSON object: field id -> value) against their definition.
///
/// Value types: text, multiline, datetime (`YYYY-MM-DDTHH:MM`) and choice are strings;
/// integer and decimal are numbers (numeric strings with `.` are accepted too);
/// multichoice is a list of strings; yesno is true/false. An absent key, null, an empty
/// string or an empty list means "not filled in". Values of hidden fields are ignored and
/// a hidden field is never required; computed fields are evaluated, never read.
class FormValidator
{
    Q_DECLARE_TR_FUNCTIONS(FormValidator)

public:
    static FormValidation validate(const FormDefinition& form, const FormValues& values);
    /// The values worth saving: known, visible, filled-in, non-computed fields only.
    static FormValues visibleValues(const FormDefinition& form, const FormValues& values);
    /// Whether a value counts as "not filled in".
    static bool isEmpty(const QJsonValue& value);
};

} // namespace wp::clinical
