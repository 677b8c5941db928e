#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace wp::medication {

/// One drug of the hospital pharmacy's formulary (livret thérapeutique), as one checked row
/// of the formulary CSV (docs/formulary-csv.md). Doses are in `doseUnit`; child limits are
/// in `doseUnit` per kg of body weight.
struct FormularyDrug
{
    QString code;  ///< the pharmacy's code (UCD or its own), unique
    QString inn;   ///< international non-proprietary name (DCI), e.g. "amoxicilline"
    QString brand; ///< brand name as stocked, may be empty
    QString form;  ///< "gélule", "solution injectable"…
    QString strength;
    QString doseUnit;               ///< mg, g, ug, iu or ml: the unit of the dose limits
    QHash<QString, double> perUnit; ///< "tablet" → 500: amount of doseUnit in one tablet (or ml, drop, puff)
    QStringList routes;             ///< prescription route codes: oral, iv, im, sc…
    QString therapeuticClass;       ///< for the duplicate check, e.g. "nsaid", "ppi"
    QString atc;
    QStringList allergyClasses; ///< e.g. "penicillins", "beta-lactams"
    QStringList synonyms;       ///< other names (brands, spellings) that an allergy text may use
    std::optional<double> usualPerDose;
    std::optional<double> maxPerDose;
    std::optional<double> usualPerDay;
    std::optional<double> maxPerDay;
    std::optional<double> childMaxPerKgDose;
    std::optional<double> childMaxPerKgDay;
    bool highRisk = false;
    QStringList lookAlikes; ///< names easily confused with this drug (LASA), shown side by side

    /// "amoxicilline (Clamoxyl) 500 mg gélule": what a prescriber picks and a nurse reads.
    QString displayName() const;
    /// `amount` of `unit` (a prescription unit: mg, g, ug, ml, iu, tablet, drop, puff) in
    /// doseUnit, or nullopt when the formulary gives no way to convert it.
    std::optional<double> inDoseUnit(double amount, const QString& unit) const;

    QJsonObject toJson() const;
    static FormularyDrug fromJson(const QJsonObject& o);
};

} // namespace wp::medication
