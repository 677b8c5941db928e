#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace wp::exchange {

/// The rule for the passphrase that protects a bundle on a USB stick: at least
/// `minimumLength` characters, not a single character repeated (four ordinary words such as
/// "lime river cold ticket" pass). Only new bundles are held to it; a bundle written
/// before the rule still opens with its passphrase.
class BundlePassphrase
{
    Q_DECLARE_TR_FUNCTIONS(BundlePassphrase)

public:
    static constexpr int minimumLength = 12;
    static constexpr int minimumDistinct = 5;

    /// Why `passphrase` (UTF-8) is too weak, or an empty string when it is strong enough.
    static QString problem(const QByteArray& passphrase);
};

} // namespace wp::exchange
