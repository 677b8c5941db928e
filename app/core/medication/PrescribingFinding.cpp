#include "PrescribingFinding.h"

namespace wp::medication {

QString PrescribingFinding::code(Kind kind)
{
    switch (kind) {
    case Kind::Allergy:
        return QStringLiteral("allergy");
    case Kind::MaxPerDose:
        return QStringLiteral("max-per-dose");
    case Kind::MaxPerDay:
        return QStringLiteral("max-per-day");
    case Kind::ChildPerKg:
        return QStringLiteral("child-per-kg");
    case Kind::NoRecentWeight:
        return QStringLiteral("no-recent-weight");
    case Kind::DuplicateClass:
        return QStringLiteral("duplicate-class");
    case Kind::Route:
        return QStringLiteral("route");
    case Kind::UncheckedDose:
        return QStringLiteral("unchecked-dose");
    case Kind::UnknownDrug:
        return QStringLiteral("unknown-drug");
    case Kind::HighRisk:
        return QStringLiteral("high-risk");
    }
    return {};
}

} // namespace wp::medication
