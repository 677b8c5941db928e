#pragma once

#include "BundleHeader.h"

#include <QIODevice>

#include <memory>

namespace wp::exchange {

struct SecretStreamState;

/// Encrypts a bundle's payload into `out` as it is produced (constant memory):
/// Argon2id turns the passphrase into the key, secretstream (XChaCha20-Poly1305)
/// encrypts and authenticates each chunk, and the FINAL tag marks the real end so that
/// a truncated file is detected.
class BundleWriter
{
    Q_DECLARE_TR_FUNCTIONS(BundleWriter)

public:
    explicit BundleWriter(QIODevice& out);
    ~BundleWriter();
    BundleWriter(const BundleWriter&) = delete;
    BundleWriter& operator=(const BundleWriter&) = delete;

    /// Writes the header (a fresh salt is drawn into `header`) and derives the key.
    Status begin(BundleHeader& header, const QByteArray& passphrase);
    /// Buffers plaintext; full chunks are encrypted and written.
    Status write(const QByteArray& plaintext);
    /// Encrypts what is left as the FINAL chunk.
    Status finish();

    static constexpr qsizetype chunkSize = 64 * 1024;

private:
    Status pushChunk(const QByteArray& plain, bool final);

    QIODevice& m_out;
    std::unique_ptr<SecretStreamState> m_state;
    QByteArray m_pending;
    QByteArray m_firstAd; // the clear header, bound to the first chunk
    bool m_started = false;
};

} // namespace wp::exchange
