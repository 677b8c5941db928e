#pragma once

#include <QString>

#include <optional>

namespace wp::clinical {

/// Administrative sex: female, male, unknown.
enum class Sex { Female, Male, Unknown };

/// Codes `F`, `M`, `U` (the census contract).
QString code(Sex s);
std::optional<Sex> sexFromCode(const QString& code);
QString label(Sex s);

} // namespace wp::clinical
