#pragma once

#include <QString>
#include <QStringList>

namespace wp::medication {

/// One thing the prescribing checks found about a proposed line.
struct PrescribingFinding
{
    enum class Kind {
        Allergy,        ///< an allergy class of the drug is in the patient's allergies
        MaxPerDose,     ///< above the maximum per administration
        MaxPerDay,      ///< above the maximum per 24 h
        ChildPerKg,     ///< a child's dose above the mg/kg limit for the latest weight
        NoRecentWeight, ///< a child with no weight recorded recently: mg/kg not checked
        DuplicateClass, ///< another active line of the same therapeutic class
        Route,          ///< a route the drug does not have
        UncheckedDose,  ///< the dose unit cannot be converted to the formulary's: limits not checked
        UnknownDrug,    ///< not a drug of the formulary: nothing checked
        HighRisk,       ///< information: the drug needs a second nurse at administration
    };
    Kind kind;
    QString message;
    /// True when prescribing anyway needs the doctor's reason (recorded and shown on).
    bool needsOverride = true;

    /// Stable code stored with the prescription: allergy, max-per-dose…
    static QString code(Kind kind);
};

} // namespace wp::medication
