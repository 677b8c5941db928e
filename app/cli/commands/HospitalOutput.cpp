#include "HospitalOutput.h"

#include "OptionValues.h"
#include "csv/CsvWriter.h"

namespace wp::cli {

using hospital::DeviceFreshnessIndex;

void HospitalOutput::addOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("data-dir"), tr("Use the data directory DIR instead of the default."), tr("DIR")});
    parser.addOption({QStringLiteral("format"), tr("Output format: text (default) or csv."), tr("FORMAT")});
}

Status HospitalOutput::readFormat(const QCommandLineParser& parser, bool& csv)
{
    auto format = OptionValues(parser).choice(
        QStringLiteral("format"), {QStringLiteral("text"), QStringLiteral("csv")}, QStringLiteral("text"));
    if (!format) {
        return format.error();
    }
    csv = *format == QLatin1String("csv");
    return {};
}

void HospitalOutput::write(QTextStream& out, bool csv, const QStringList& header,
                           const QList<QStringList>& rows)
{
    if (csv) {
        CsvWriter w;
        w.addRow(header);
        for (const QStringList& row : rows) {
            w.addRow(row);
        }
        out << QString::fromUtf8(w.data());
        return;
    }
    QList<qsizetype> widths(header.size(), 0);
    for (qsizetype c = 0; c < header.size(); ++c) {
        widths[c] = header[c].size();
    }
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c) {
            widths[c] = std::max(widths[c], row[c].size());
        }
    }
    const auto line = [&](const QStringList& cells) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            text += c + 1 == cells.size() ? cells[c] : cells[c].leftJustified(widths[c] + 2);
        }
        out << text << QLatin1Char('\n');
    };
    line(header);
    for (const QStringList& row : rows) {
        line(row);
    }
}

QString HospitalOutput::localTime(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString HospitalOutput::isoTime(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString HospitalOutput::freshness(bool csv, hospital::FreshnessLevel level, const QDateTime& asOf,
                                  const QDateTime& now)
{
    return csv ? DeviceFreshnessIndex::code(level) : DeviceFreshnessIndex::describe(level, asOf, now);
}

} // namespace wp::cli
