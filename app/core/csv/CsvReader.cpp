#include "CsvReader.h"

#include <QBuffer>
#include <QFile>

namespace wp {

namespace {

constexpr qsizetype chunkSize = 64 * 1024;

// The physical line (counted from `firstLine`) holding the first byte sequence of
// `field` that is not UTF-8. No UTF-8 sequence spans a line feed, so lines are checked
// one by one.
int badUtf8Line(const QByteArray& field, int firstLine)
{
    int line = firstLine;
    qsizetype start = 0;
    while (true) {
        const qsizetype end = field.indexOf('\n', start);
        const QByteArrayView part(field.constData() + start, (end < 0 ? field.size() : end) - start);
        if (!part.isValidUtf8() || end < 0) {
            return line;
        }
        ++line;
        start = end + 1;
    }
}

} // namespace

CsvReader::CsvReader() = default;
CsvReader::~CsvReader() = default;
CsvReader::CsvReader(CsvReader&&) noexcept = default;
CsvReader& CsvReader::operator=(CsvReader&&) noexcept = default;

Error CsvReader::error(const QString& fileName, int line, const QString& column, const QString& expected)
{
    return Error(tr("%1, line %2, column %3: %4").arg(fileName).arg(line).arg(column, expected),
                 Error::Code::InvalidInput);
}

Error CsvReader::error(int line, const QString& column, const QString& expected) const
{
    return error(m_fileName, line, column, expected);
}

QString CsvReader::columnName(qsizetype index) const
{
    if (m_haveHeader && index >= 0 && index < m_header.size() && !m_header[index].isEmpty()) {
        return m_header[index];
    }
    return tr("field %1").arg(index + 1);
}

Result<CsvReader> CsvReader::open(const QString& path, const Limits& limits)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        return Error(tr("%1: cannot be read (%2).").arg(path, file->errorString()), Error::Code::Io);
    }
    return start(std::move(file), path, limits);
}

Result<CsvReader> CsvReader::openData(const QByteArray& data, const QString& fileName, const Limits& limits)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    return start(std::move(buffer), fileName, limits);
}

Result<CsvReader> CsvReader::open(const QString& path)
{
    return open(path, Limits());
}

Result<CsvReader> CsvReader::openData(const QByteArray& data, const QString& fileName)
{
    return openData(data, fileName, Limits());
}

Result<CsvReader> CsvReader::start(std::unique_ptr<QIODevice> device, const QString& fileName,
                                   const Limits& limits)
{
    CsvReader reader;
    reader.m_fileName = fileName;
    reader.m_limits = limits;
    reader.m_device = std::move(device);
    if (auto st = reader.fill(3); !st) {
        return st.error();
    }
    if (reader.m_buffer.startsWith("\xEF\xBB\xBF")) {
        reader.m_pos = 3;
    }
    Record header;
    auto read = reader.readRecord(header);
    if (!read) {
        return read.error();
    }
    if (!*read) {
        return error(fileName, 1, tr("field 1"), tr("a header row"));
    }
    reader.m_header = header.fields;
    reader.m_haveHeader = true;
    return reader;
}

Result<CsvReader> CsvReader::readAll(Result<CsvReader> reader)
{
    if (!reader) {
        return reader;
    }
    Record record;
    while (true) {
        auto read = reader->next(record);
        if (!read) {
            return read.error();
        }
        if (!*read) {
            break;
        }
        reader->m_records.push_back(std::move(record));
    }
    reader->m_device.reset();
    reader->m_buffer.clear();
    return reader;
}

Result<CsvReader> CsvReader::fromFile(const QString& path)
{
    return readAll(open(path));
}

Result<CsvReader> CsvReader::fromData(const QByteArray& data, const QString& fileName)
{
    return readAll(openData(data, fileName));
}

Status CsvReader::fill(qsizetype wanted)
{
    while (!m_eof && m_buffer.size() - m_pos < wanted) {
        if (m_pos > 0) {
            m_buffer.remove(0, m_pos);
            m_pos = 0;
        }
        const qsizetype had = m_buffer.size();
        m_buffer.resize(had + chunkSize);
        const qint64 n = m_device ? m_device->read(m_buffer.data() + had, chunkSize) : 0;
        if (n < 0) {
            m_buffer.resize(had);
            m_eof = true;
            m_failed = true;
            m_readError = Error(tr("%1: cannot be read (%2).").arg(m_fileName, m_device->errorString()),
                                Error::Code::Io);
            return m_readError;
        }
        m_buffer.resize(had + n);
        if (n == 0) {
            m_eof = true;
        }
    }
    return {};
}

int CsvReader::peek(qsizetype ahead)
{
    if (m_pos + ahead >= m_buffer.size()) {
        (void)fill(ahead + 1);
        if (m_pos + ahead >= m_buffer.size()) {
            return -1;
        }
    }
    return static_cast<unsigned char>(m_buffer[m_pos + ahead]);
}

void CsvReader::take()
{
    if (m_buffer[m_pos] == '\n') {
        m_lineBytes = 0;
    } else {
        ++m_lineBytes;
    }
    ++m_pos;
}

Result<bool> CsvReader::next(Record& record)
{
    auto read = readRecord(record);
    if (!read || !*read) {
        return read;
    }
    const qsizetype expected = m_header.size();
    if (record.fields.size() < expected) {
        return error(
            record.line, columnName(record.fields.size()),
            tr("a value (the row has %1 fields, the header %2)").arg(record.fields.size()).arg(expected));
    }
    if (++m_recordCount > m_limits.maxRecords) {
        return error(
            record.line, columnName(0),
            tr("no more than %1 rows after the header (the limit of one import)").arg(m_limits.maxRecords));
    }
    return true;
}

Result<bool> CsvReader::readRecord(Record& record)
{
    record.fields.clear();
    // Completely empty lines carry no record.
    while (true) {
        const int c = peek();
        if (c == '\n') {
            take();
            ++m_line;
        } else if (c == '\r' && peek(1) == '\n') {
            take();
            take();
            ++m_line;
        } else {
            break;
        }
    }
    if (peek() < 0) {
        if (m_failed) {
            return m_readError;
        }
        return false;
    }
    record.line = m_line;
    const qsizetype maxFields = m_haveHeader ? m_header.size() : m_limits.maxColumns;
    const auto lineTooLong = [&](qsizetype fieldIndex) {
        return error(m_line, columnName(fieldIndex),
                     tr("a line of at most %1 KiB (this line is longer)").arg(m_limits.maxLineBytes / 1024));
    };
    QByteArray field;
    while (true) {
        field.clear();
        const qsizetype fieldIndex = record.fields.size();
        const int fieldLine = m_line;
        if (fieldIndex >= maxFields) {
            if (m_haveHeader) {
                // Count the rest of the line's fields for the message, within the line limit.
                qsizetype found = fieldIndex + 1;
                for (qsizetype k = 0; k < m_limits.maxLineBytes; ++k) {
                    const int c = peek(k);
                    if (c < 0 || c == '\n' || c == '\r') {
                        break;
                    }
                    found += c == ',' ? 1 : 0;
                }
                return error(
                    record.line, columnName(maxFields),
                    tr("no more than %1 fields, as in the header (found %2)").arg(maxFields).arg(found));
            }
            return error(m_line, columnName(fieldIndex),
                         tr("a header of at most %1 columns").arg(m_limits.maxColumns));
        }
        const auto addByte = [&](char c) -> Status {
            field.append(c);
            if (field.size() > m_limits.maxFieldBytes) {
                return error(m_line, columnName(fieldIndex),
                             tr("a value of at most %1 KiB").arg(m_limits.maxFieldBytes / 1024));
            }
            if (m_lineBytes > m_limits.maxLineBytes) {
                return lineTooLong(fieldIndex);
            }
            return {};
        };
        if (peek() == '"') {
            const int quoteLine = m_line;
            take();
            bool closed = false;
            while (true) {
                const int c = peek();
                if (c < 0) {
                    break;
                }
                if (c == '"') {
                    if (peek(1) == '"') {
                        take();
                        take();
                        if (auto st = addByte('"'); !st) {
                            return st.error();
                        }
                        continue;
                    }
                    take();
                    closed = true;
                    break;
                }
                take();
                if (c == '\n') {
                    ++m_line;
                }
                if (auto st = addByte(static_cast<char>(c)); !st) {
                    return st.error();
                }
            }
            if (!closed) {
                if (m_failed) {
                    return m_readError;
                }
                return error(quoteLine, columnName(fieldIndex),
                             tr("a closing quote before the end of the file"));
            }
            const int after = peek();
            if (after >= 0 && after != ',' && after != '\n' && !(after == '\r' && peek(1) == '\n')) {
                return error(m_line, columnName(fieldIndex),
                             tr("a comma or a line end after the closing quote"));
            }
        } else {
            while (true) {
                const int c = peek();
                if (c < 0 || c == ',' || c == '\n') {
                    break;
                }
                if (c == '\r') {
                    if (peek(1) == '\n') {
                        break;
                    }
                    return error(m_line, columnName(fieldIndex),
                                 tr("a line feed after a carriage return (quote values with line breaks)"));
                }
                if (c == '"') {
                    return error(m_line, columnName(fieldIndex),
                                 tr("no quote inside an unquoted value (quote the whole value and double "
                                    "the quote)"));
                }
                take();
                if (auto st = addByte(static_cast<char>(c)); !st) {
                    return st.error();
                }
            }
        }
        if (!QByteArrayView(field).isValidUtf8()) {
            return error(badUtf8Line(field, fieldLine), columnName(fieldIndex), tr("UTF-8 text"));
        }
        record.fields.append(QString::fromUtf8(field));
        const int c = peek();
        if (c < 0) {
            if (m_failed) {
                return m_readError;
            }
            return true;
        }
        take();
        if (c == ',') {
            if (m_lineBytes > m_limits.maxLineBytes) {
                return lineTooLong(fieldIndex + 1);
            }
            continue;
        }
        if (c == '\r') {
            take();
        }
        ++m_line;
        return true;
    }
}

Status CsvReader::checkColumns(const QStringList& required, const QStringList& optional) const
{
    for (qsizetype i = 0; i < m_header.size(); ++i) {
        const QString& name = m_header[i];
        if (!required.contains(name) && !optional.contains(name)) {
            return error(
                1, name.isEmpty() ? tr("field %1").arg(i + 1) : name,
                tr("a known column (one of %1)").arg((required + optional).join(QStringLiteral(", "))));
        }
        if (m_header.indexOf(name) != i) {
            return error(1, name, tr("each column only once"));
        }
    }
    for (const QString& name : required) {
        if (!m_header.contains(name)) {
            return error(1, name, tr("this required column in the header"));
        }
    }
    return {};
}

QString CsvReader::value(const Record& record, const QString& column) const
{
    const qsizetype index = m_header.indexOf(column);
    return index >= 0 && index < record.fields.size() ? record.fields[index] : QString();
}

} // namespace wp
