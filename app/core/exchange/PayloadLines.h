#pragma once

#include "Statement.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace wp::exchange {

/// The rows a laptop hands to the others, as the JSON lines of an exchange payload: the same
/// text for a USB bundle (ExchangeExporter) and for the hub (HubSync), so that both yield the
/// same records. Each *Sql() query's columns are what the matching line function reads.
class PayloadLines
{
public:
    static QString wardSql();
    static QJsonObject ward(const db::Statement& s);
    static QString bedSql();
    static QJsonObject bed(const db::Statement& s);
    static QString userSql();
    /// Password hashes travel (inside the encrypted bundle, or over the hub's TLS) so that
    /// staff can log in on the other laptop; importers never replace an existing password.
    static QJsonObject user(const db::Statement& s);
    /// Record versions with rowid > ?1 (column 0 is the rowid), in rowid order.
    static QString recordSql();
    /// The same, only those written on the laptop ?2 (device code).
    static QString ownRecordSql();
    static QJsonObject record(const db::Statement& s);

    /// The line's text: compact JSON (keys sorted, so one row always gives the same text), no newline.
    static QByteArray text(const QJsonObject& line);
};

} // namespace wp::exchange
