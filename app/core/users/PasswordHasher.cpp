#include "PasswordHasher.h"

#include <sodium.h>

namespace wp {

bool PasswordHasher::initialise()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

QString PasswordHasher::hash(const QString& password)
{
    if (!initialise()) {
        return {};
    }
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                                     crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return rc == 0 ? QString::fromLatin1(out) : QString();
}

bool PasswordHasher::verify(const QString& encoded, const QString& password)
{
    if (!initialise()) {
        return false;
    }
    const QByteArray stored = encoded.toLatin1();
    QByteArray utf8 = password.toUtf8();
    const bool ok = crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                             static_cast<unsigned long long>(utf8.size())) == 0;
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return ok;
}

} // namespace wp
