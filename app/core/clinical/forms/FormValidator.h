#pragma once

#include "FormDefinition.h"
#include "FormValidation.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace wp::clinical {

/// Checks form values (a JSON object: field id -> value) against their definition.
///
/// Value types: text, multiline, datetime (`YYYY-MM-DDTHH:MM`) and choice are strings;
/// integer and decimal are numbers (numeric strings are read by NumberText: `.` as the
/// decimal point, no exponent, no spaces, no decimal point in an integer);
/// multichoice is a list of strings; yesno is true/false. An absent key, null, an empty
/// string or an empty list means "not filled in". Values of hidden fields are ignored and
/// a hidden field is never required; computed fields are evaluated, never read. Text obeys
/// TextRules: no control or bidi override characters, at most maxLength() characters.
class FormValidator
{
    Q_DECLARE_TR_FUNCTIONS(FormValidator)

public:
    static FormValidation validate(const FormDefinition& form, const FormValues& values);
    /// The values worth saving: known, visible, filled-in, non-computed fields only.
    static FormValues visibleValues(const FormDefinition& form, const FormValues& values);
    /// The most characters a text field takes: its definition's `maxLength`, else the
    /// documented default (one line 200, multi-line 4,000).
    static int maxLength(const FieldDefinition& field);
    /// Whether a value counts as "not filled in".
    static bool isEmpty(const QJsonValue& value);
};

} // namespace wp::clinical
