#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

#include <memory>
#include <vector>

namespace wp {

/// A strict RFC 4180 reader for UTF-8 files with one header row.
///
/// Accepts an optional UTF-8 byte order mark, LF or CRLF line ends, and quoted fields
/// with `""` escapes and embedded line breaks. Values are returned exactly as written
/// (never trimmed). Completely empty physical lines are skipped. Each record remembers
/// the physical line where it starts so that callers can report errors as
/// "FILE, line L, column NAME: what was expected" through error().
///
/// The input is read in small chunks, never whole: open() reads the header and next()
/// one record at a time, so memory stays bounded whatever the file (even /dev/zero).
/// Limits (see Limits) are refused with the line and column where they are exceeded.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Record
    {
        int line = 0; ///< 1-based physical line where the record starts
        QStringList fields;
    };

    /// What a file may hold; beyond it the file is refused (bounded memory and time).
    struct Limits
    {
        qsizetype maxLineBytes = 64 * 1024;  ///< one physical line, line end excluded
        qsizetype maxFieldBytes = 16 * 1024; ///< one value, in UTF-8 bytes
        qsizetype maxColumns = 256;          ///< fields of the header
        qsizetype maxRecords = 2'000'000;    ///< rows after the header
    };

    CsvReader();
    ~CsvReader();
    CsvReader(CsvReader&&) noexcept;
    CsvReader& operator=(CsvReader&&) noexcept;

    /// Opens the file at `path` (named as given in messages) and reads its header;
    /// the records then come from next().
    static Result<CsvReader> open(const QString& path, const Limits& limits);
    static Result<CsvReader> open(const QString& path);
    /// The same over `data` already in memory.
    static Result<CsvReader> openData(const QByteArray& data, const QString& fileName, const Limits& limits);
    static Result<CsvReader> openData(const QByteArray& data, const QString& fileName);
    /// Reads the next record into `record`: true when one was read, false at the end of
    /// the input. Every record must have as many fields as the header.
    Result<bool> next(Record& record);

    /// Parses all of `data` (records()); `fileName` is only used in messages.
    static Result<CsvReader> fromData(const QByteArray& data, const QString& fileName);
    /// Reads and parses all of the file at `path` (named as given in messages).
    static Result<CsvReader> fromFile(const QString& path);

    const QString& fileName() const { return m_fileName; }
    const QStringList& header() const { return m_header; }
    /// The records read by fromData() or fromFile() (empty for a reader from open()).
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
    static Result<CsvReader> start(std::unique_ptr<QIODevice> device, const QString& fileName,
                                   const Limits& limits);
    static Result<CsvReader> readAll(Result<CsvReader> reader);
    /// The byte `ahead` positions on, or -1 at the end of the input.
    int peek(qsizetype ahead = 0);
    /// Consumes one byte (counted in the current physical line).
    void take();
    Status fill(qsizetype wanted);
    Result<bool> readRecord(Record& record);
    QString columnName(qsizetype index) const;

    QString m_fileName;
    QStringList m_header;
    std::vector<Record> m_records;
    Limits m_limits;
    std::unique_ptr<QIODevice> m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    Error m_readError;
    bool m_failed = false;
    int m_line = 1;
    qsizetype m_lineBytes = 0;
    qsizetype m_recordCount = 0;
    bool m_haveHeader = false;
};

} // namespace wp
