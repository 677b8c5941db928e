#pragma once

#include "ChoiceOption.h"
#include "FieldType.h"
#include "LocalisedText.h"
#include "NumericRange.h"
#include "VisibilityCondition.h"

#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace wp::clinical {

/// One field of a form definition, as read (and checked) from JSON.
struct FieldDefinition
{
    QString id; ///< stable key of the value in saved records, `[a-z][a-z0-9_]*`
    FieldType type = FieldType::Text;
    LocalisedText label;
    LocalisedText help;
    bool required = false;

    QString unit;                          ///< numeric fields
    int decimals = 0;                      ///< decimal fields: digits allowed after the point
    std::optional<NumericRange> plausible; ///< outside: a warning
    std::optional<NumericRange> possible;  ///< outside: refused
    int maxLength = 0;                     ///< text fields; 0 = no limit

    QList<ChoiceOption> options; ///< choice and multichoice

    QString computation; ///< computed: `news2`, `bmi`, `fluid_balance`
    /// computed: role -> field ids (`weight` -> {`weight`}; `intake` -> {`oral`, `iv`}).
    QMap<QString, QStringList> inputs;

    std::optional<VisibilityCondition> visibleIf;

    const ChoiceOption* option(const QString& value) const;
    bool operator==(const FieldDefinition&) const = default;
};

} // namespace wp::clinical
