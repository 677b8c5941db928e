#include "JsonFields.h"

#include "JsonLocator.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace wp::fhirimport {

QString JsonFields::join(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonFields::index(const QString& path, int i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

QString JsonFields::describe(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble());
    case QJsonValue::String: {
        QString s = v.toString();
        if (s.size() > 40)
            s = s.left(40) + QStringLiteral("…");
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    default:
        return QStringLiteral("undefined");
    }
}

int JsonFields::lineOf(const QString& path) const
{
    if (m_where.text) {
        const int line = JsonLocator::lineOf(*m_where.text, path.toUtf8());
        if (line > 0)
            return line;
    }
    return m_where.line;
}

void JsonFields::fail(const QString& path, const QString& message)
{
    if (m_error)
        return;
    m_error = Error(tr("%1, line %2, %3: %4").arg(m_where.file).arg(lineOf(path)).arg(path, message),
                    Error::Code::InvalidInput);
}

QString JsonFields::string(const QJsonObject& o, const QString& key, const QString& path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        fail(join(path, key), tr("%1 must be a string, not %2.").arg(key, describe(v)));
        return {};
    }
    return v.toString();
}

QJsonObject JsonFields::object(const QJsonObject& o, const QString& key, const QString& path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject()) {
        fail(join(path, key), tr("%1 must be an object, not %2.").arg(key, describe(v)));
        return {};
    }
    return v.toObject();
}

QJsonArray JsonFields::array(const QJsonObject& o, const QString& key, const QString& path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        fail(join(path, key), tr("%1 must be an array, not %2.").arg(key, describe(v)));
        return {};
    }
    return v.toArray();
}

std::optional<double> JsonFields::number(const QJsonObject& o, const QString& key, const QString& path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble()) {
        fail(join(path, key), tr("%1 must be a number, not %2.").arg(key, describe(v)));
        return std::nullopt;
    }
    return v.toDouble();
}

QDate JsonFields::date(const QJsonObject& o, const QString& key, const QString& path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(-(\\d{2})(-(\\d{2}))?)?$"));
    const QRegularExpressionMatch m = re.match(v.toString());
    if (!v.isString() || !m.hasMatch()) {
        fail(join(path, key), tr("%1 must be a date (YYYY-MM-DD), not %2.").arg(key, describe(v)));
        return {};
    }
    if (m.captured(5).isEmpty())
        return {}; // a partial date is not a birth date we can match on
    const QDate d(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(5).toInt());
    if (!d.isValid())
        fail(join(path, key), tr("%1 must be a date (YYYY-MM-DD), not %2.").arg(key, describe(v)));
    return d;
}

QDateTime JsonFields::parseDateTime(const QString& s)
{
    if (s.size() == 10) {
        const QDate d = QDate::fromString(s, Qt::ISODate);
        return d.isValid() ? d.startOfDay(Qt::UTC) : QDateTime();
    }
    if (s.size() == 7 || s.size() == 4) {
        const QDate d = QDate::fromString(
            s.size() == 4 ? s + QStringLiteral("-01-01") : s + QStringLiteral("-01"), Qt::ISODate);
        return d.isValid() ? d.startOfDay(Qt::UTC) : QDateTime();
    }
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    return t;
}

QDateTime JsonFields::dateTime(const QJsonObject& o, const QString& key, const QString& path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    const QDateTime t = v.isString() ? parseDateTime(v.toString()) : QDateTime();
    if (!t.isValid())
        fail(join(path, key),
             tr("%1 must be a date-time (YYYY-MM-DDThh:mm:ss+zz:zz), not %2.").arg(key, describe(v)));
    return t;
}

QJsonObject JsonFields::element(const QJsonArray& a, int i, const QString& path)
{
    const QJsonValue v = a.at(i);
    if (!v.isObject()) {
        fail(index(path, i), tr("each element must be an object, not %1.").arg(describe(v)));
        return {};
    }
    return v.toObject();
}

} // namespace wp::fhirimport
