#include "LineSafety.h"

#include <QCoreApplication>

namespace wp::medication {

QString LineSafety::overrideText() const
{
    if (overrideReason.isEmpty()) {
        return {};
    }
    QStringList what;
    for (const auto& f : findings) {
        what << f.message;
    }
    return QCoreApplication::translate("wp::medication::LineSafety", "Prescribed despite: %1 Reason (%2): %3")
        .arg(what.join(QLatin1Char(' ')), overriddenBy, overrideReason);
}

} // namespace wp::medication
