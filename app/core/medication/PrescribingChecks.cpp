#include "PrescribingChecks.h"

#include "ward/WardBoardService.h"

#include <cmath>

namespace wp::medication {

namespace {

using Kind = PrescribingFinding::Kind;

QString unitLabel(const QString& unit)
{
    if (unit == QLatin1String("ug")) {
        return QStringLiteral("µg");
    }
    if (unit == QLatin1String("iu")) {
        return PrescribingChecks::tr("IU");
    }
    if (unit == QLatin1String("ml")) {
        return QStringLiteral("mL");
    }
    return unit;
}

bool isNoneKnown(const QString& allergies)
{
    const QString f = Formulary::fold(allergies);
    return f.isEmpty() || f == QLatin1String("none") || f == QLatin1String("aucune") ||
           f == QLatin1String("no known allergy") || f == QLatin1String("pas d allergie connue");
}

} // namespace

ProposedLine ProposedLine::fromValues(const QJsonObject& values)
{
    ProposedLine l;
    l.formularyCode = values.value(QStringLiteral("formulary_code")).toString();
    const QJsonValue dose = values.value(QStringLiteral("dose"));
    l.dose = dose.isString() ? dose.toString().replace(QLatin1Char(','), QLatin1Char('.')).toDouble()
                             : dose.toDouble();
    l.unit = values.value(QStringLiteral("dose_unit")).toString();
    l.route = values.value(QStringLiteral("route")).toString();
    if (values.value(QStringLiteral("schedule_type")).toString() == QLatin1String("as_needed")) {
        const int maxDoses = values.value(QStringLiteral("max_daily_doses")).toVariant().toInt();
        const int interval = values.value(QStringLiteral("minimum_interval")).toVariant().toInt();
        l.dosesPerDay = maxDoses > 0   ? maxDoses
                        : interval > 0 ? static_cast<int>(std::ceil(24.0 / interval))
                                       : 0;
    } else {
        l.dosesPerDay = static_cast<int>(WardBoardService::scheduleTimes(values).size());
    }
    return l;
}

std::optional<int> PrescribingChecks::ageYears(const QDate& birthDate, const QDate& on)
{
    if (!birthDate.isValid() || !on.isValid()) {
        return std::nullopt;
    }
    int years = on.year() - birthDate.year();
    if (on.month() < birthDate.month() || (on.month() == birthDate.month() && on.day() < birthDate.day())) {
        --years;
    }
    return years;
}

QString PrescribingChecks::amount(double value, const QString& unit)
{
    return QStringLiteral("%1 %2").arg(QString::number(value, 'g', 6), unitLabel(unit));
}

QList<PrescribingFinding> PrescribingChecks::run(const Formulary& formulary, const ProposedLine& line,
                                                 const PatientFacts& patient, const QDateTime& now)
{
    QList<PrescribingFinding> out;
    const FormularyDrug* drug = formulary.drug(line.formularyCode);
    if (!drug) {
        out << PrescribingFinding{
            Kind::UnknownDrug,
            line.formularyCode.isEmpty()
                ? tr("Not a drug of the formulary: no allergy, dose or route check was made.")
                : tr("%1 is not in the formulary: no allergy, dose or route check was made.")
                      .arg(line.formularyCode)};
        return out;
    }
    const QString name = drug->inn;

    // Allergy classes against the patient's recorded allergies.
    if (!isNoneKnown(patient.allergies) && !drug->allergyClasses.isEmpty()) {
        QStringList classes;
        QStringList names;
        for (const AllergyMatch& m : formulary.allergyClassesIn(patient.allergies)) {
            if (drug->allergyClasses.contains(m.allergyClass)) {
                classes << m.allergyClass;
                if (!names.contains(m.matchedName)) {
                    names << m.matchedName;
                }
            }
        }
        if (!classes.isEmpty()) {
            out << PrescribingFinding{
                Kind::Allergy, tr("Allergy: the patient's allergies (\"%1\") name %2; %3 is in the class %4.")
                                   .arg(patient.allergies.simplified(), names.join(QStringLiteral(", ")),
                                        name, classes.join(QStringLiteral(", ")))};
        }
    }

    // Route.
    if (!line.route.isEmpty() && !drug->routes.contains(line.route)) {
        out << PrescribingFinding{Kind::Route,
                                  tr("Route: %1 is not given by the route \"%2\" (formulary: %3).")
                                      .arg(name, line.route, drug->routes.join(QStringLiteral(", ")))};
    }

    // Doses, in the formulary's unit.
    // Plain values with flags: GCC's -Wmaybe-uninitialized misreads std::optional here at -O2.
    const std::optional<double> converted =
        line.dose > 0 ? drug->inDoseUnit(line.dose, line.unit) : std::optional<double>();
    const bool hasDose = converted.has_value();
    const double doseValue = converted.value_or(0.0);
    const bool hasDay = hasDose && line.dosesPerDay > 0;
    const double dayValue = doseValue * line.dosesPerDay;
    const bool hasLimits =
        drug->maxPerDose || drug->maxPerDay || drug->childMaxPerKgDose || drug->childMaxPerKgDay;
    if (line.dose > 0 && !hasDose && hasLimits) {
        out << PrescribingFinding{
            Kind::UncheckedDose,
            tr("Dose not checked: the formulary gives %1's limits in %2 and no way to convert %3.")
                .arg(name, unitLabel(drug->doseUnit), unitLabel(line.unit))};
    }
    if (hasDose && drug->maxPerDose && doseValue > *drug->maxPerDose + 1e-9) {
        out << PrescribingFinding{
            Kind::MaxPerDose,
            tr("Dose: %1 per administration is above the maximum of %2 for %3.")
                .arg(amount(doseValue, drug->doseUnit), amount(*drug->maxPerDose, drug->doseUnit), name)};
    }
    if (hasDay && drug->maxPerDay && dayValue > *drug->maxPerDay + 1e-9) {
        out << PrescribingFinding{
            Kind::MaxPerDay,
            tr("Dose: %1 per 24 h (%n administration(s)) is above the maximum of %2 for %3.", nullptr,
               line.dosesPerDay)
                .arg(amount(dayValue, drug->doseUnit), amount(*drug->maxPerDay, drug->doseUnit), name)};
    }

    // Children: mg/kg against the latest weight, which must be recent.
    const auto age = ageYears(patient.birthDate, now.toLocalTime().date());
    if (age && *age < childAgeYears && (drug->childMaxPerKgDose || drug->childMaxPerKgDay)) {
        const bool recent = patient.weightKg && *patient.weightKg > 0 && patient.weightAt.isValid() &&
                            patient.weightAt.daysTo(now) <= recentWeightDays;
        if (!recent) {
            out << PrescribingFinding{
                Kind::NoRecentWeight,
                patient.weightKg
                    ? tr("Child of %n year(s): the latest weight (%1 kg on %2) is more than %3 days old; "
                         "the mg/kg limit was not checked. Weigh the child.",
                         nullptr, *age)
                          .arg(QString::number(*patient.weightKg, 'g', 4),
                               patient.weightAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy")))
                          .arg(recentWeightDays)
                    : tr("Child of %n year(s): no weight recorded; the mg/kg limit was not checked. "
                         "Weigh the child.",
                         nullptr, *age)};
        } else if (hasDose) {
            const double kg = *patient.weightKg;
            if (drug->childMaxPerKgDose && doseValue > *drug->childMaxPerKgDose * kg + 1e-9) {
                out << PrescribingFinding{
                    Kind::ChildPerKg,
                    tr("Child dose: %1 per administration is %2 per kg for %3 kg, above the limit of %4 per "
                       "kg (%5).")
                        .arg(amount(doseValue, drug->doseUnit), amount(doseValue / kg, drug->doseUnit),
                             QString::number(kg, 'g', 4), amount(*drug->childMaxPerKgDose, drug->doseUnit),
                             amount(*drug->childMaxPerKgDose * kg, drug->doseUnit))};
            }
            if (hasDay && drug->childMaxPerKgDay && dayValue > *drug->childMaxPerKgDay * kg + 1e-9) {
                out << PrescribingFinding{
                    Kind::ChildPerKg,
                    tr("Child dose: %1 per 24 h is %2 per kg for %3 kg, above the limit of %4 per kg per 24 "
                       "h (%5).")
                        .arg(amount(dayValue, drug->doseUnit), amount(dayValue / kg, drug->doseUnit),
                             QString::number(kg, 'g', 4), amount(*drug->childMaxPerKgDay, drug->doseUnit),
                             amount(*drug->childMaxPerKgDay * kg, drug->doseUnit))};
            }
        }
    }

    // Two active drugs of the same therapeutic class.
    if (!drug->therapeuticClass.isEmpty()) {
        for (const ActiveLine& a : patient.activeLines) {
            const FormularyDrug* other = formulary.drug(a.formularyCode);
            if (other && other->therapeuticClass == drug->therapeuticClass) {
                out << PrescribingFinding{
                    Kind::DuplicateClass,
                    tr("Duplicate: the patient already has %1, of the same class (%2), active.")
                        .arg(a.drug.isEmpty() ? other->inn : a.drug, drug->therapeuticClass)};
            }
        }
    }

    if (drug->highRisk) {
        out << PrescribingFinding{
            Kind::HighRisk, tr("High-risk drug: each administration needs a second nurse's check."), false};
    }
    return out;
}

} // namespace wp::medication
