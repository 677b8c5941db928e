#include "CsvReader.h"

#include <QFile>
#include <QStringDecoder>

namespace wp {

namespace {

// Finds the first physical line that is not valid UTF-8, for the error message.
int firstBadUtf8Line(const QByteArray& data)
{
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString ignored = decoder.decode(lines[i]);
        if (decoder.hasError()) {
            return static_cast<int>(i) + 1;
        }
    }
    return 1;
}

QString columnName(const QStringList& header, qsizetype index)
{
    if (index >= 0 && index < header.size()) {
        return header[index];
    }
    return CsvReader::tr("field %1").arg(index + 1);
}

} // namespace

Error CsvReader::error(const QString& fileName, int line, const QString& column, const QString& expected)
{
    return Error(tr("%1, line %2, column %3: %4").arg(fileName).arg(line).arg(column, expected),
                 Error::Code::InvalidInput);
}

Error CsvReader::error(int line, const QString& column, const QString& expected) const
{
    return error(m_fileName, line, column, expected);
}

Result<CsvReader> CsvReader::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(tr("%1: cannot be read (%2).").arg(path, file.errorString()), Error::Code::Io);
    }
    return fromData(file.readAll(), path);
}

Result<CsvReader> CsvReader::fromData(const QByteArray& rawData, const QString& fileName)
{
    QByteArray data = rawData;
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3);
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data);
    if (decoder.hasError()) {
        return error(fileName, firstBadUtf8Line(data), tr("field 1"), tr("UTF-8 text"));
    }

    CsvReader reader;
    reader.m_fileName = fileName;
    bool haveHeader = false;
    int line = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto nameOf = [&](qsizetype index) {
        return haveHeader ? columnName(reader.m_header, index) : tr("field %1").arg(index + 1);
    };

    while (i < n) {
        // Completely empty lines carry no record.
        if (text[i] == QLatin1Char('\n')) {
            ++line;
            ++i;
            continue;
        }
        if (text[i] == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n')) {
            ++line;
            i += 2;
            continue;
        }
        Record record;
        record.line = line;
        bool endOfRecord = false;
        while (!endOfRecord) {
            QString field;
            const qsizetype fieldIndex = record.fields.size();
            if (i < n && text[i] == QLatin1Char('"')) {
                const int quoteLine = line;
                ++i;
                bool closed = false;
                while (i < n) {
                    const QChar c = text[i];
                    if (c == QLatin1Char('"')) {
                        if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                            field += QLatin1Char('"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == QLatin1Char('\n')) {
                        ++line;
                    }
                    field += c;
                    ++i;
                }
                if (!closed) {
                    return error(fileName, quoteLine, nameOf(fieldIndex),
                                 tr("a closing quote before the end of the file"));
                }
                if (i < n && text[i] != QLatin1Char(',') && text[i] != QLatin1Char('\n') &&
                    !(text[i] == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))) {
                    return error(fileName, line, nameOf(fieldIndex),
                                 tr("a comma or a line end after the closing quote"));
                }
            } else {
                while (i < n) {
                    const QChar c = text[i];
                    if (c == QLatin1Char(',') || c == QLatin1Char('\n')) {
                        break;
                    }
                    if (c == QLatin1Char('\r')) {
                        if (i + 1 < n && text[i + 1] == QLatin1Char('\n')) {
                            break;
                        }
                        return error(
                            fileName, line, nameOf(fieldIndex),
                            tr("a line feed after a carriage return (quote values with line breaks)"));
                    }
                    if (c == QLatin1Char('"')) {
                        return error(fileName, line, nameOf(fieldIndex),
                                     tr("no quote inside an unquoted value (quote the whole value and double "
                                        "the quote)"));
                    }
                    field += c;
                    ++i;
                }
            }
            record.fields.append(field);
            if (i >= n) {
                endOfRecord = true;
            } else if (text[i] == QLatin1Char(',')) {
                ++i;
            } else {
                i += text[i] == QLatin1Char('\r') ? 2 : 1;
                ++line;
                endOfRecord = true;
            }
        }
        if (!haveHeader) {
            reader.m_header = record.fields;
            haveHeader = true;
            continue;
        }
        const qsizetype expected = reader.m_header.size();
        if (record.fields.size() < expected) {
            return error(
                fileName, record.line, nameOf(record.fields.size()),
                tr("a value (the row has %1 fields, the header %2)").arg(record.fields.size()).arg(expected));
        }
        if (record.fields.size() > expected) {
            return error(fileName, record.line, nameOf(expected),
                         tr("no more than %1 fields, as in the header (found %2)")
                             .arg(expected)
                             .arg(record.fields.size()));
        }
        reader.m_records.push_back(std::move(record));
    }
    if (!haveHeader) {
        return error(fileName, 1, tr("field 1"), tr("a header row"));
    }
    return reader;
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
