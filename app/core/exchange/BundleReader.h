#pragma once

#include "BundleHeader.h"

#include <QIODevice>

#include <memory>
#include <optional>

namespace wp::exchange {

struct SecretStreamState;

/// Reads a bundle written by BundleWriter, chunk by chunk (constant memory). Every
/// failure is an Error whose message says what is wrong in words: not a bundle, newer
/// format, wrong passphrase, altered or truncated.
class BundleReader
{
    Q_DECLARE_TR_FUNCTIONS(BundleReader)

public:
    /// A file of another kind than `expected` (a backup given as a bundle) is refused by readHeader().
    explicit BundleReader(QIODevice& in, BundleHeader::Kind expected = BundleHeader::Kind::Bundle);
    ~BundleReader();
    BundleReader(const BundleReader&) = delete;
    BundleReader& operator=(const BundleReader&) = delete;

    /// Reads and checks the clear header (no passphrase needed).
    Result<BundleHeader> readHeader();
    /// Derives the key and opens the stream.
    Status unlock(const QByteArray& passphrase);
    /// The next plaintext chunk, or nullopt after the FINAL chunk (then checks that
    /// nothing follows it).
    Result<std::optional<QByteArray>> next();

private:
    QIODevice& m_in;
    BundleHeader::Kind m_expected;
    std::unique_ptr<SecretStreamState> m_state;
    BundleHeader m_header;
    QByteArray m_firstAd;
    QByteArray m_streamHeader;
    int m_chunks = 0;
    bool m_finished = false;
};

} // namespace wp::exchange
