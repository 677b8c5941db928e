#pragma once

#include "Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>

namespace wp::cli {

/// The one place where command-line option values are read and checked. Every message names
/// the option and what it expects; every error is InvalidInput (exit status 2).
class OptionValues
{
    Q_DECLARE_TR_FUNCTIONS(OptionValues)

public:
    explicit OptionValues(const QCommandLineParser& parser) : m_parser(parser) {}

    /// Run on every parse: refuses an empty value (`--turnover ''`) and a value that is
    /// itself an option (`--data-dir --user admin` would take "--user" as the directory).
    static Status checkAll(const QCommandLineParser& parser);

    /// `--name`'s value; empty when not given, or an error when `required`.
    Result<QString> text(const QString& name, bool required = false) const;
    /// A whole number from `min` to `max`; `fallback` when not given.
    Result<qint64> integer(const QString& name, qint64 min, qint64 max, qint64 fallback) const;
    /// A number (decimals allowed) greater than `above` and at most `max`; `fallback` when not given.
    Result<double> number(const QString& name, double above, double max, double fallback) const;
    /// A date as YYYY-MM-DD; `fallback` when not given.
    Result<QDate> date(const QString& name, const QDate& fallback) const;
    /// One of `allowed` (exactly as listed); `fallback` when not given.
    Result<QString> choice(const QString& name, const QStringList& allowed, const QString& fallback) const;

    /// Parses `text` as a whole number from `min` to `max` for `what` ("--turnover", or
    /// "the bed count of --ward"). Digits only, with an optional sign; never wraps: a value
    /// too large for any integer is reported as out of range.
    static Result<qint64> parseInteger(const QString& text, qint64 min, qint64 max, const QString& what);
    /// An input file named by an argument: it must exist, not be a folder, and be readable.
    static Status inputFile(const QString& path, const QString& what);
    /// `text` quoted for a message, shortened when very long.
    static QString quoted(const QString& text);

private:
    static QString display(const QString& name);
    const QCommandLineParser& m_parser;
};

} // namespace wp::cli
