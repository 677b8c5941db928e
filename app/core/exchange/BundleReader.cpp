#include "BundleReader.h"

#include "SecretStreamState.h"
#include "exchange/BundleWriter.h"

#include <QtEndian>

#include <array>

namespace wp::exchange {

namespace {

// Refuse KDF parameters that would let a forged header exhaust the laptop.
constexpr std::uint64_t maxOpsLimit = 16;
constexpr std::uint64_t maxMemLimit = 1024ULL * 1024 * 1024;

} // namespace

BundleReader::BundleReader(QIODevice& in, BundleHeader::Kind expected)
    : m_in(in), m_expected(expected), m_state(std::make_unique<SecretStreamState>())
{}

BundleReader::~BundleReader() = default;

Result<BundleHeader> BundleReader::readHeader()
{
    // The clear header is small: read its fixed part, then the JSON.
    const QByteArray fixed = m_in.read(BundleHeader::magic().size() + 6);
    qsizetype consumed = 0;
    auto probe = BundleHeader::parse(fixed, consumed);
    if (!probe && probe.error().code != Error::Code::Corrupt) {
        return probe.error();
    }
    if (fixed.size() < BundleHeader::magic().size() + 6) {
        return probe.ok() ? Error(tr("The bundle is truncated."), Error::Code::Corrupt) : probe.error();
    }
    const quint32 length = qFromBigEndian<quint32>(fixed.constData() + BundleHeader::magic().size() + 2);
    if (length > 64 * 1024) {
        return Error(tr("This file is not a WhitePlan exchange bundle (its header is damaged)."),
                     Error::Code::Corrupt);
    }
    const QByteArray all = fixed + m_in.read(length);
    auto header = BundleHeader::parse(all, consumed);
    if (!header) {
        return header.error();
    }
    if (header->kind != m_expected) {
        return m_expected == BundleHeader::Kind::Bundle
                   ? Error(
                         tr("This file is a WhitePlan backup, not an exchange bundle: restore it instead of "
                            "importing it."),
                         Error::Code::InvalidInput)
                   : Error(tr("This file is a WhitePlan exchange bundle, not a backup: import it instead of "
                              "restoring it."),
                           Error::Code::InvalidInput);
    }
    if (header->kdf.opsLimit < crypto_pwhash_OPSLIMIT_MIN || header->kdf.opsLimit > maxOpsLimit ||
        header->kdf.memLimit < crypto_pwhash_MEMLIMIT_MIN || header->kdf.memLimit > maxMemLimit) {
        return Error(tr("The bundle's header is damaged (impossible key parameters)."), Error::Code::Corrupt);
    }
    m_streamHeader = m_in.read(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    if (m_streamHeader.size() != crypto_secretstream_xchacha20poly1305_HEADERBYTES) {
        return Error(tr("The bundle is truncated: it ends inside its header."), Error::Code::Corrupt);
    }
    m_firstAd = all.left(consumed);
    m_header = *header;
    return header;
}

Status BundleReader::unlock(const QByteArray& passphrase)
{
    if (sodium_init() < 0) {
        return Error(tr("The cryptography library could not start."));
    }
    if (m_streamHeader.isEmpty()) {
        return Error(tr("The bundle's header was not read."));
    }
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES> key{};
    if (crypto_pwhash(key.data(), key.size(), passphrase.constData(),
                      static_cast<unsigned long long>(passphrase.size()),
                      reinterpret_cast<const unsigned char*>(m_header.salt.constData()),
                      m_header.kdf.opsLimit, static_cast<size_t>(m_header.kdf.memLimit),
                      crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return Error(tr("Not enough memory to derive the bundle key."));
    }
    const int rc = crypto_secretstream_xchacha20poly1305_init_pull(
        &m_state->state, reinterpret_cast<const unsigned char*>(m_streamHeader.constData()), key.data());
    sodium_memzero(key.data(), key.size());
    if (rc != 0) {
        return Error(tr("The bundle's header is damaged."), Error::Code::Corrupt);
    }
    return {};
}

Result<std::optional<QByteArray>> BundleReader::next()
{
    if (m_finished) {
        return std::optional<QByteArray>();
    }
    const QByteArray lengthBytes = m_in.read(4);
    if (lengthBytes.size() != 4) {
        return Error(tr("The bundle is truncated: its end is missing (copy it again from the other laptop)."),
                     Error::Code::Corrupt);
    }
    const quint32 length = qFromBigEndian<quint32>(lengthBytes.constData());
    const auto maxCipher =
        static_cast<quint32>(BundleWriter::chunkSize + crypto_secretstream_xchacha20poly1305_ABYTES);
    if (length < crypto_secretstream_xchacha20poly1305_ABYTES || length > maxCipher) {
        return Error(tr("The bundle is damaged or was altered: nothing was imported."), Error::Code::Corrupt);
    }
    const QByteArray cipher = m_in.read(length);
    if (cipher.size() != static_cast<qsizetype>(length)) {
        return Error(tr("The bundle is truncated: its end is missing (copy it again from the other laptop)."),
                     Error::Code::Corrupt);
    }
    QByteArray plain(static_cast<qsizetype>(length - crypto_secretstream_xchacha20poly1305_ABYTES),
                     Qt::Uninitialized);
    unsigned long long plainLength = 0;
    unsigned char tag = 0;
    const auto* ad = reinterpret_cast<const unsigned char*>(m_firstAd.constData());
    const auto adLength = static_cast<unsigned long long>(m_firstAd.size());
    const int rc = crypto_secretstream_xchacha20poly1305_pull(
        &m_state->state, reinterpret_cast<unsigned char*>(plain.data()), &plainLength, &tag,
        reinterpret_cast<const unsigned char*>(cipher.constData()), length, adLength > 0 ? ad : nullptr,
        adLength);
    if (rc != 0) {
        // The first chunk fails both with a wrong passphrase and with an altered header;
        // the passphrase is by far the likelier cause.
        if (m_chunks == 0) {
            return Error(tr("Wrong passphrase, or the bundle was altered: nothing was imported."),
                         Error::Code::AuthenticationFailed);
        }
        return Error(tr("The bundle is damaged or was altered: nothing was imported."), Error::Code::Corrupt);
    }
    m_firstAd.clear();
    ++m_chunks;
    plain.resize(static_cast<qsizetype>(plainLength));
    if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        m_finished = true;
        if (!m_in.atEnd()) {
            return Error(tr("The bundle was altered: data follows its end. Nothing was imported."),
                         Error::Code::Corrupt);
        }
    }
    return std::optional<QByteArray>(plain);
}

} // namespace wp::exchange
