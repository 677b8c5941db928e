#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace wp {

/// A strict RFC 4180 reader for UTF-8 files with one header row.
///
/// Accepts an optional UTF-8 byte order mark, LF or CRLF line ends, and quoted fields
/// with `""` escapes and embedded line breaks. Values are returned exactly as written
/// (never trimmed). Completely empty physical lines are skipped. Each record remembers
/// the physical line where it starts so that callers can report errors as
/// "FILE, line L, column NAME: what was expected" through error().
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Record
    {
        int line = 0; ///< 1-based physical line where the record starts
        QStringList fields;
    };

    /// Parses `data`; `fileName` is only used in messages. Every record must have as
    /// many fields as the header.
    static Result<CsvReader> fromData(const QByteArray& data, const QString& fileName);
    /// Reads and parses the file at `path` (named as given in messages).
    static Result<CsvReader> fromFile(const QString& path);

    const QString& fileName() const { return m_fileName; }
    const QStringList& header() const { return m_header; }
    const std::vector<Record>& records() const { return m_records; }

    /// Index of the header column `name`, or -1.
    int column(const QString& name) const { return m_header.indexOf(name); }
    /// Checks the header: every name in `required` present, no column outside
    /// `required` and `optional`, no column twice.
    Status checkColumns(const QStringList& required, const QStringList& optional) const;
    /// The value of `column` in `record`, or an empty string when the file has no such column.
    QString value(const Record& record, const QString& column) const;

    /// "FILE, line L, column NAME: expected" as an InvalidInput error.
    Error error(int line, const QString& column, const QString& expected) const;
    static Error error(const QString& fileName, int line, const QString& column, const QString& expected);

private:
    QString m_fileName;
    QStringList m_header;
    std::vector<Record> m_records;
};

} // namespace wp
