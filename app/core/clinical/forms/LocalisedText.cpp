#include "LocalisedText.h"

#include <QLocale>

namespace wp::clinical {

QString LocalisedText::text(const QString& language) const
{
    const bool french = language.isEmpty() ? QLocale().language() == QLocale::French
                                           : language.startsWith(QLatin1String("fr"), Qt::CaseInsensitive);
    if (french)
        return fr.isEmpty() ? en : fr;
    return en.isEmpty() ? fr : en;
}

} // namespace wp::clinical
