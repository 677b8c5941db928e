#include "Sex.h"

#include "PatientIdentity.h"

namespace wp::clinical {

QString code(Sex s)
{
    switch (s) {
    case Sex::Female:
        return QStringLiteral("F");
    case Sex::Male:
        return QStringLiteral("M");
    case Sex::Unknown:
        break;
    }
    return QStringLiteral("U");
}

std::optional<Sex> sexFromCode(const QString& text)
{
    for (auto s : {Sex::Female, Sex::Male, Sex::Unknown}) {
        if (text.trimmed().compare(code(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString label(Sex s)
{
    switch (s) {
    case Sex::Female:
        return PatientIdentity::tr("Female");
    case Sex::Male:
        return PatientIdentity::tr("Male");
    case Sex::Unknown:
        break;
    }
    return PatientIdentity::tr("Unknown");
}

} // namespace wp::clinical
