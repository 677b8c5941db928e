#pragma once

#include "Command.h"
#include "hospital/DeviceFreshnessIndex.h"

namespace wp::cli {

/// What the `hospital` commands print: aligned text tables for people, CSV for scripts.
class HospitalOutput
{
    Q_DECLARE_TR_FUNCTIONS(HospitalOutput)

public:
    /// Parses `--format` (text or csv); `csv` is set when csv was asked for.
    static Status readFormat(const QCommandLineParser& parser, bool& csv);
    /// Adds `--format` and `--data-dir`.
    static void addOptions(QCommandLineParser& parser);

    /// `header` then `rows`, columns aligned (text) or as CSV.
    static void write(QTextStream& out, bool csv, const QStringList& header, const QList<QStringList>& rows);
    /// A time as people read it here: local "yyyy-MM-dd HH:mm"; empty when invalid.
    static QString localTime(const QDateTime& t);
    /// A time for scripts: ISO 8601 UTC; empty when invalid.
    static QString isoTime(const QDateTime& t);
    /// The freshness of a figure: its text for people, its code for scripts.
    static QString freshness(bool csv, hospital::FreshnessLevel level, const QDateTime& asOf,
                             const QDateTime& now);
};

} // namespace wp::cli
