#include "BundlePassphrase.h"

#include <QSet>

namespace wp::exchange {

QString BundlePassphrase::problem(const QByteArray& passphrase)
{
    const QList<uint> characters = QString::fromUtf8(passphrase).toUcs4();
    const QSet<uint> distinct(characters.begin(), characters.end());
    if (characters.size() < minimumLength || distinct.size() < minimumDistinct) {
        return tr("The bundle passphrase must have at least %1 characters and not repeat one character, for "
                  "example four words such as \"lime river cold ticket\": it protects patients' data on a "
                  "USB stick.")
            .arg(minimumLength);
    }
    return {};
}

} // namespace wp::exchange
