#pragma once

#include <QByteArray>
#include <QStringList>

namespace wp {

/// Builds RFC 4180 CSV text (UTF-8, LF line ends). A field is quoted only when it
/// holds a comma, a quote, a line break or leading/trailing spaces, so that
/// CsvReader reads back exactly what was written.
class CsvWriter
{
public:
    void addRow(const QStringList& fields);
    const QByteArray& data() const { return m_data; }

    /// One field, quoted when needed.
    static QString escape(const QString& field);

private:
    QByteArray m_data;
};

} // namespace wp
