#pragma once

#include <QString>

#include <optional>

namespace wp::clinical {

/// Kinds of form field. Codes are what the JSON definitions use.
enum class FieldType {
    Text,        ///< `text`: one line
    Multiline,   ///< `multiline`
    Integer,     ///< `integer`: unit, plausible and possible ranges
    Decimal,     ///< `decimal`: as integer, plus a number of decimals
    DateTime,    ///< `datetime`: `YYYY-MM-DDTHH:MM`, local time
    Choice,      ///< `choice`: one of the options
    MultiChoice, ///< `multichoice`: any of the options
    YesNo,       ///< `yesno`: true or false
    Computed,    ///< `computed`: a built-in computation over other fields, read-only
};

QString code(FieldType t);
std::optional<FieldType> fieldTypeFromCode(const QString& code);
/// Whether values of this type are numbers (and may have a unit and ranges).
bool isNumeric(FieldType t);

} // namespace wp::clinical
