#include "FieldType.h"

namespace wp::clinical {

QString code(FieldType t)
{
    switch (t) {
    case FieldType::Text:
        return QStringLiteral("text");
    case FieldType::Multiline:
        return QStringLiteral("multiline");
    case FieldType::Integer:
        return QStringLiteral("integer");
    case FieldType::Decimal:
        return QStringLiteral("decimal");
    case FieldType::DateTime:
        return QStringLiteral("datetime");
    case FieldType::Choice:
        return QStringLiteral("choice");
    case FieldType::MultiChoice:
        return QStringLiteral("multichoice");
    case FieldType::YesNo:
        return QStringLiteral("yesno");
    case FieldType::Computed:
        break;
    }
    return QStringLiteral("computed");
}

std::optional<FieldType> fieldTypeFromCode(const QString& text)
{
    for (auto t :
         {FieldType::Text, FieldType::Multiline, FieldType::Integer, FieldType::Decimal, FieldType::DateTime,
          FieldType::Choice, FieldType::MultiChoice, FieldType::YesNo, FieldType::Computed}) {
        if (text == code(t))
            return t;
    }
    return std::nullopt;
}

bool isNumeric(FieldType t)
{
    return t == FieldType::Integer || t == FieldType::Decimal;
}

} // namespace wp::clinical
