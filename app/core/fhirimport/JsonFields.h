#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace wp::fhirimport {

/// Where a resource being read is: its file, its NDJSON line (or the line of the resource in a
/// Bundle), and the Bundle's text when there is one, so that a JSON path can be turned into the
/// line where its value is.
struct Where
{
    QString file;
    int line = 0;
    const QByteArray* text = nullptr; ///< the Bundle's bytes; null for NDJSON lines
};

/// Typed access to the fields of a FHIR resource that records the first wrong type met, with
/// its file, line and JSON path. Accessors return an empty value when the field is absent or
/// wrong, so mapping code reads straight through and checks failed() once at the end.
class JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(JsonFields)

public:
    explicit JsonFields(Where where) : m_where(std::move(where)) {}

    bool failed() const { return m_error.has_value(); }
    const Error& error() const { return *m_error; }

    /// Records "FILE, line N, PATH: message" (only the first failure is kept).
    void fail(const QString& path, const QString& message);

    QString string(const QJsonObject& o, const QString& key, const QString& path);
    QJsonObject object(const QJsonObject& o, const QString& key, const QString& path);
    QJsonArray array(const QJsonObject& o, const QString& key, const QString& path);
    std::optional<double> number(const QJsonObject& o, const QString& key, const QString& path);
    /// A FHIR date: YYYY, YYYY-MM or YYYY-MM-DD; a partial date gives an invalid QDate.
    QDate date(const QJsonObject& o, const QString& key, const QString& path);
    /// A FHIR dateTime or instant (a date alone is taken at midnight, UTC).
    QDateTime dateTime(const QJsonObject& o, const QString& key, const QString& path);

    /// Element `i` of an array as an object (an error when it is not one).
    QJsonObject element(const QJsonArray& a, int i, const QString& path);

    /// "name[0].given" from "name[0]" and "given"; the root's children have no leading dot.
    static QString join(const QString& path, const QString& key);
    static QString index(const QString& path, int i);
    /// A short rendering of a JSON value for messages: "12", "\"x\"", "an object".
    static QString describe(const QJsonValue& v);
    /// A FHIR dateTime/instant/date string, invalid when it is none.
    static QDateTime parseDateTime(const QString& s);

    /// The line a path is on: found in the Bundle's text, else the resource's line.
    int lineOf(const QString& path) const;
    const Where& where() const { return m_where; }

private:
    Where m_where;
    std::optional<Error> m_error;
};

} // namespace wp::fhirimport
