#pragma once

#include <QByteArray>
#include <QString>

namespace wp {

/// Argon2id password hashing (libsodium's crypto_pwhash_str, interactive limits).
/// The encoded string carries its own salt and parameters.
class PasswordHasher
{
public:
    /// Empty on failure (out of memory).
    static QString hash(const QString& password);
    static bool verify(const QString& encoded, const QString& password);
    /// Initialises libsodium once; safe to call repeatedly.
    static bool initialise();
};

} // namespace wp
