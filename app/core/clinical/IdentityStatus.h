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
/// Translated label, capitalised for lists and combo boxes: "Validated".
QString label(IdentityStatus s);
/// The status inside a sentence: "validated identity" (French: "identité validée").
QString phrase(IdentityStatus s);

} // namespace wp::clinical
