#pragma once

#include <QString>

#include <optional>

namespace wp::clinical {

/// French identity-vigilance status of a patient identity, from least to most trusted:
/// provisional (provisoire), retrieved from a trusted source (récupérée), validated
/// against an identity document (validée), qualified = validated and INS checked (qualifiée).
enum class IdentityStatus { Provisional, Retrieved, Validated, Qualified };

/// Codes `provisional`, `retrieved`, `validated`, `qualified`.
QString code(IdentityStatus s);
std::optional<IdentityStatus> identityStatusFromCode(const QString& code);
/// Translated label.
QString label(IdentityStatus s);

} // namespace wp::clinical
