#include "BundleWriter.h"

#include "BundlePassphrase.h"
#include "SecretStreamState.h"

#include <QtEndian>

#include <array>

namespace wp::exchange {

BundleWriter::BundleWriter(QIODevice& out) : m_out(out), m_state(std::make_unique<SecretStreamState>()) {}

BundleWriter::~BundleWriter() = default;

Status BundleWriter::begin(BundleHeader& header, const QByteArray& passphrase)
{
    if (sodium_init() < 0) {
        return Error(tr("The cryptography library could not start."));
    }
    if (passphrase.isEmpty()) {
        return Error(tr("Choose a passphrase to protect the bundle."), Error::Code::InvalidInput);
    }
    if (const QString weak = BundlePassphrase::problem(passphrase); !weak.isEmpty()) {
        return Error(weak, Error::Code::InvalidInput);
    }
    header.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(header.salt.data(), static_cast<size_t>(header.salt.size()));
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES> key{};
    if (crypto_pwhash(key.data(), key.size(), passphrase.constData(),
                      static_cast<unsigned long long>(passphrase.size()),
                      reinterpret_cast<const unsigned char*>(header.salt.constData()), header.kdf.opsLimit,
                      static_cast<size_t>(header.kdf.memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return Error(tr("Not enough memory to derive the bundle key."));
    }
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_HEADERBYTES> streamHeader{};
    crypto_secretstream_xchacha20poly1305_init_push(&m_state->state, streamHeader.data(), key.data());
    sodium_memzero(key.data(), key.size());
    m_firstAd = header.serialise();
    QByteArray clear = m_firstAd;
    clear.append(reinterpret_cast<const char*>(streamHeader.data()),
                 static_cast<qsizetype>(streamHeader.size()));
    if (m_out.write(clear) != clear.size()) {
        return Error(tr("Cannot write the bundle: %1").arg(m_out.errorString()), Error::Code::Io);
    }
    m_started = true;
    return {};
}

Status BundleWriter::pushChunk(const QByteArray& plain, bool final)
{
    QByteArray cipher(plain.size() + static_cast<qsizetype>(crypto_secretstream_xchacha20poly1305_ABYTES),
                      Qt::Uninitialized);
    unsigned long long cipherLength = 0;
    const auto* ad = reinterpret_cast<const unsigned char*>(m_firstAd.constData());
    const auto adLength = static_cast<unsigned long long>(m_firstAd.size());
    crypto_secretstream_xchacha20poly1305_push(
        &m_state->state, reinterpret_cast<unsigned char*>(cipher.data()), &cipherLength,
        reinterpret_cast<const unsigned char*>(plain.constData()),
        static_cast<unsigned long long>(plain.size()), adLength > 0 ? ad : nullptr, adLength,
        final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
              : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    m_firstAd.clear(); // only the first chunk carries the clear header as additional data
    char length[4];
    qToBigEndian<quint32>(static_cast<quint32>(cipherLength), length);
    if (m_out.write(length, 4) != 4 || m_out.write(cipher.constData(), static_cast<qint64>(cipherLength)) !=
                                           static_cast<qint64>(cipherLength)) {
        return Error(tr("Cannot write the bundle: %1").arg(m_out.errorString()), Error::Code::Io);
    }
    return {};
}

Status BundleWriter::write(const QByteArray& plaintext)
{
    if (!m_started) {
        return Error(tr("The bundle was not started."));
    }
    m_pending.append(plaintext);
    while (m_pending.size() >= chunkSize) {
        if (auto st = pushChunk(m_pending.left(chunkSize), false); !st) {
            return st;
        }
        m_pending.remove(0, chunkSize);
    }
    return {};
}

Status BundleWriter::finish()
{
    if (!m_started) {
        return Error(tr("The bundle was not started."));
    }
    auto st = pushChunk(m_pending, true);
    m_pending.clear();
    m_started = false;
    return st;
}

} // namespace wp::exchange
