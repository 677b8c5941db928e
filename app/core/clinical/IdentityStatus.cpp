#include "IdentityStatus.h"

#include "PatientIdentity.h"

namespace wp::clinical {

QString code(IdentityStatus s)
{
    switch (s) {
    case IdentityStatus::Provisional:
        return QStringLiteral("provisional");
    case IdentityStatus::Retrieved:
        return QStringLiteral("retrieved");
    case IdentityStatus::Validated:
        return QStringLiteral("validated");
    case IdentityStatus::Qualified:
        break;
    }
    return QStringLiteral("qualified");
}

std::optional<IdentityStatus> identityStatusFromCode(const QString& text)
{
    for (auto s : {IdentityStatus::Provisional, IdentityStatus::Retrieved, IdentityStatus::Validated,
                   IdentityStatus::Qualified}) {
        if (text.trimmed().compare(code(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString label(IdentityStatus s)
{
    switch (s) {
    case IdentityStatus::Provisional:
        return PatientIdentity::tr("Provisional");
    case IdentityStatus::Retrieved:
        return PatientIdentity::tr("Retrieved");
    case IdentityStatus::Validated:
        return PatientIdentity::tr("Validated");
    case IdentityStatus::Qualified:
        break;
    }
    return PatientIdentity::tr("Qualified");
}

QString phrase(IdentityStatus s)
{
    switch (s) {
    case IdentityStatus::Provisional:
        return PatientIdentity::tr("provisional identity");
    case IdentityStatus::Retrieved:
        return PatientIdentity::tr("retrieved identity");
    case IdentityStatus::Validated:
        return PatientIdentity::tr("validated identity");
    case IdentityStatus::Qualified:
        break;
    }
    return PatientIdentity::tr("qualified identity");
}

} // namespace wp::clinical
