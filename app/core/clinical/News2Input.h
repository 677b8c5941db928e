#pragma once

#include <QString>

#include <optional>

namespace wp::clinical {

/// ACVPU level of consciousness. Any level other than Alert scores 3 in NEWS2.
enum class Consciousness { Alert, NewConfusion, Voice, Pain, Unresponsive };

/// Whether the patient breathes air or receives supplemental oxygen.
enum class OxygenSupply { Air, Oxygen };

/// SpO2 scale of the NEWS2 chart. Scale 2 is for documented hypercapnic respiratory
/// failure only and is chosen by a clinician, never inferred.
enum class SpO2Scale { Scale1, Scale2 };

/// Export/import codes: `A`, `C`, `V`, `P`, `U` (ACVPU).
QString code(Consciousness c);
std::optional<Consciousness> consciousnessFromCode(const QString& code);
QString label(Consciousness c);

/// Codes `air` and `oxygen`.
QString code(OxygenSupply o);
std::optional<OxygenSupply> oxygenSupplyFromCode(const QString& code);
QString label(OxygenSupply o);

/// Codes `1` and `2`.
QString code(SpO2Scale s);
std::optional<SpO2Scale> spo2ScaleFromCode(const QString& code);
QString label(SpO2Scale s);

/// One set of observations as charted. A missing measurement is std::nullopt and makes
/// the NEWS2 total incomplete; the scale is a setting of the patient, so it has a default.
struct News2Input
{
    std::optional<int> respirationRate; ///< breaths per minute
    std::optional<int> spo2;            ///< percent
    SpO2Scale spo2Scale = SpO2Scale::Scale1;
    std::optional<OxygenSupply> oxygen;
    std::optional<int> systolicBp; ///< mmHg; diastolic does not enter NEWS2
    std::optional<int> pulse;      ///< beats per minute
    std::optional<Consciousness> consciousness;
    std::optional<double> temperature; ///< degrees Celsius, scored after rounding to one decimal
};

} // namespace wp::clinical
