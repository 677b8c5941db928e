#include "PayloadLines.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace wp::exchange {

namespace {

QJsonValue optionalText(const db::Statement& s, int column)
{
    return s.isNull(column) ? QJsonValue(QJsonValue::Null) : QJsonValue(s.text(column));
}

QString recordColumns()
{
    return QStringLiteral(
        "rowid, version_id, record_id, kind, patient_id, version, previous_version_id, data, "
        "entered_in_error, reason, occurred_at, created_at, created_by, device");
}

} // namespace

QString PayloadLines::wardSql()
{
    return QStringLiteral("SELECT code, name, created_at FROM ward ORDER BY code");
}

QJsonObject PayloadLines::ward(const db::Statement& s)
{
    return QJsonObject{{QStringLiteral("t"), QStringLiteral("ward")},
                       {QStringLiteral("code"), s.text(0)},
                       {QStringLiteral("name"), s.text(1)},
                       {QStringLiteral("created_at"), s.text(2)}};
}

QString PayloadLines::bedSql()
{
    return QStringLiteral("SELECT ward_code, label, position FROM bed ORDER BY ward_code, position, label");
}

QJsonObject PayloadLines::bed(const db::Statement& s)
{
    return QJsonObject{{QStringLiteral("t"), QStringLiteral("bed")},
                       {QStringLiteral("ward"), s.text(0)},
                       {QStringLiteral("label"), s.text(1)},
                       {QStringLiteral("position"), s.integer(2)}};
}

QString PayloadLines::userSql()
{
    return QStringLiteral("SELECT id, login, full_name, role, password_hash, active, created_at, "
                          "created_by FROM app_user ORDER BY login");
}

QJsonObject PayloadLines::user(const db::Statement& s)
{
    return QJsonObject{
        {QStringLiteral("t"), QStringLiteral("user")}, {QStringLiteral("id"), s.text(0)},
        {QStringLiteral("login"), s.text(1)},          {QStringLiteral("full_name"), s.text(2)},
        {QStringLiteral("role"), s.text(3)},           {QStringLiteral("password_hash"), s.text(4)},
        {QStringLiteral("active"), s.integer(5)},      {QStringLiteral("created_at"), s.text(6)},
        {QStringLiteral("created_by"), s.text(7)}};
}

QString PayloadLines::recordSql()
{
    return QStringLiteral("SELECT %1 FROM record_version WHERE rowid > ?1 ORDER BY rowid")
        .arg(recordColumns());
}

QString PayloadLines::ownRecordSql()
{
    return QStringLiteral(
               "SELECT %1 FROM record_version WHERE rowid > ?1 AND device = ?2 ORDER BY rowid LIMIT ?3")
        .arg(recordColumns());
}

QJsonObject PayloadLines::record(const db::Statement& s)
{
    return QJsonObject{{QStringLiteral("t"), QStringLiteral("rv")},
                       {QStringLiteral("version_id"), s.text(1)},
                       {QStringLiteral("record_id"), s.text(2)},
                       {QStringLiteral("kind"), s.text(3)},
                       {QStringLiteral("patient_id"), optionalText(s, 4)},
                       {QStringLiteral("version"), s.integer(5)},
                       {QStringLiteral("previous_version_id"), optionalText(s, 6)},
                       {QStringLiteral("data"), s.text(7)},
                       {QStringLiteral("entered_in_error"), s.integer(8)},
                       {QStringLiteral("reason"), optionalText(s, 9)},
                       {QStringLiteral("occurred_at"), optionalText(s, 10)},
                       {QStringLiteral("created_at"), s.text(11)},
                       {QStringLiteral("created_by"), s.text(12)},
                       {QStringLiteral("device"), s.text(13)}};
}

QByteArray PayloadLines::text(const QJsonObject& line)
{
    return QJsonDocument(line).toJson(QJsonDocument::Compact);
}

} // namespace wp::exchange
