#pragma once

#include "PrescribingFinding.h"
#include "formulary/Formulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace wp::medication {

/// A prescription line as proposed (the prescription form's values, in their units).
struct ProposedLine
{
    QString formularyCode;
    double dose = 0;
    QString unit;  ///< prescription unit: mg, g, ug, ml, iu, tablet, drop, puff, other
    QString route; ///< prescription route code
    /// Administrations per 24 h: the scheduled times, or for "if needed" the maximum given
    /// (or 24 h / minimum interval); 0 when it cannot be known.
    int dosesPerDay = 0;

    /// From the prescription form's values ("formulary_code", "dose", "dose_unit", "route",
    /// "schedule_type", "times", "max_daily_doses", "minimum_interval").
    static ProposedLine fromValues(const QJsonObject& values);
};

/// Another line the patient has now, for the duplicate check.
struct ActiveLine
{
    QString recordId;
    QString formularyCode; ///< empty for a free-text line
    QString drug;          ///< as written on the line
};

/// What the checks need to know about the patient.
struct PatientFacts
{
    QString allergies;              ///< free text as recorded; "none" or empty when none is known
    QDate birthDate;                ///< invalid when unknown
    std::optional<double> weightKg; ///< the latest weight
    QDateTime weightAt;             ///< when it was taken
    QList<ActiveLine> activeLines;
};

/// The prescribing safety checks (issue 18), as pure functions of the formulary, the line
/// and the patient, so that the screen can run them on each keystroke and the service again
/// before saving. Thresholds: a child is under 18 years on `now`; a weight is recent for 7 days.
class PrescribingChecks
{
    Q_DECLARE_TR_FUNCTIONS(PrescribingChecks)

public:
    static constexpr int childAgeYears = 18;
    static constexpr int recentWeightDays = 7;

    static QList<PrescribingFinding> run(const Formulary& formulary, const ProposedLine& line,
                                         const PatientFacts& patient, const QDateTime& now);

    /// Full years on `on`, or nullopt when the birth date is unknown.
    static std::optional<int> ageYears(const QDate& birthDate, const QDate& on);
    /// "1.5 g" for a number in a unit, without trailing zeros.
    static QString amount(double value, const QString& unit);
};

} // namespace wp::medication
