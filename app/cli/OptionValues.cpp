#include "OptionValues.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

namespace wp::cli {

QString OptionValues::display(const QString& name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

QString OptionValues::quoted(const QString& text)
{
    constexpr int longest = 80;
    QString shown = text.size() > longest ? text.left(longest) + QStringLiteral("…") : text;
    // A control character in an argument must not reach the terminal as such.
    for (QChar& c : shown) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            c = QChar(0xFFFD);
        }
    }
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

Status OptionValues::checkAll(const QCommandLineParser& parser)
{
    for (const QString& name : parser.optionNames()) {
        for (const QString& value : parser.values(name)) {
            if (value.isEmpty()) {
                return Error(tr("%1 needs a value; it was given an empty one.").arg(display(name)),
                             Error::Code::InvalidInput);
            }
            if (value.startsWith(QLatin1String("--"))) {
                return Error(tr("%1 needs a value, but is followed by the option %2.")
                                 .arg(display(name), quoted(value)),
                             Error::Code::InvalidInput);
            }
        }
    }
    return {};
}

Result<QString> OptionValues::text(const QString& name, bool required) const
{
    if (!m_parser.isSet(name)) {
        if (required) {
            return Error(tr("%1 is required.").arg(display(name)), Error::Code::InvalidInput);
        }
        return QString();
    }
    return m_parser.value(name);
}

Result<qint64> OptionValues::parseInteger(const QString& text, qint64 min, qint64 max, const QString& what)
{
    static const QRegularExpression wholeNumber(QStringLiteral("^[+-]?[0-9]+$"));
    const auto range = [&] {
        return Error(tr("%1 must be a whole number from %2 to %3, not %4.")
                         .arg(what)
                         .arg(min)
                         .arg(max)
                         .arg(quoted(text)),
                     Error::Code::InvalidInput);
    };
    if (!wholeNumber.match(text).hasMatch()) {
        return range();
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    // Not ok with digits only means beyond 64 bits: out of range, never wrapped.
    if (!ok || value < min || value > max) {
        return range();
    }
    return value;
}

Result<qint64> OptionValues::integer(const QString& name, qint64 min, qint64 max, qint64 fallback) const
{
    if (!m_parser.isSet(name)) {
        return fallback;
    }
    return parseInteger(m_parser.value(name), min, max, display(name));
}

Result<double> OptionValues::number(const QString& name, double above, double max, double fallback) const
{
    if (!m_parser.isSet(name)) {
        return fallback;
    }
    static const QRegularExpression decimal(QStringLiteral("^[+]?([0-9]+([.][0-9]*)?|[.][0-9]+)$"));
    const QString text = m_parser.value(name);
    bool ok = false;
    const double value = decimal.match(text).hasMatch() ? text.toDouble(&ok) : 0.0;
    if (!ok || !std::isfinite(value) || !(value > above) || value > max) {
        return Error(tr("%1 must be a number greater than %2 and at most %3, not %4.")
                         .arg(display(name))
                         .arg(above)
                         .arg(max)
                         .arg(quoted(text)),
                     Error::Code::InvalidInput);
    }
    return value;
}

Result<QDate> OptionValues::date(const QString& name, const QDate& fallback) const
{
    if (!m_parser.isSet(name)) {
        return fallback;
    }
    static const QRegularExpression iso(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QString text = m_parser.value(name);
    const QDate day = iso.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!day.isValid()) {
        return Error(tr("%1 must be a date as YYYY-MM-DD, not %2.").arg(display(name), quoted(text)),
                     Error::Code::InvalidInput);
    }
    return day;
}

Result<QString> OptionValues::choice(const QString& name, const QStringList& allowed,
                                     const QString& fallback) const
{
    if (!m_parser.isSet(name)) {
        return fallback;
    }
    const QString text = m_parser.value(name);
    if (!allowed.contains(text)) {
        return Error(tr("%1 must be one of %2, not %3.")
                         .arg(display(name), allowed.join(QStringLiteral(", ")), quoted(text)),
                     Error::Code::InvalidInput);
    }
    return text;
}

Status OptionValues::inputFile(const QString& path, const QString& what)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error(tr("%1 %2 does not exist.").arg(what, quoted(path)), Error::Code::NotFound);
    }
    if (info.isDir()) {
        return Error(tr("%1 %2 is a folder, not a file.").arg(what, quoted(path)), Error::Code::InvalidInput);
    }
    if (!info.isReadable()) {
        return Error(tr("%1 %2 cannot be read (permissions).").arg(what, quoted(path)),
                     Error::Code::InvalidInput);
    }
    return {};
}

} // namespace wp::cli
