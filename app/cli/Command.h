#pragma once

#include "ExitStatus.h"
#include "Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace wp::cli {

/// Where a command talks to: standard streams in production, buffers in tests.
struct CommandIo
{
    QTextStream& out;
    QTextStream& err;
};

/// One verb of whiteplan-cli ("backup", "patients import"…). Each lives in its own file.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    virtual ~Command() = default;
    /// One or two words, as typed after `whiteplan-cli`.
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    /// `arguments` starts with the program name followed by the words of name(), then the options.
    virtual int run(const QStringList& arguments, CommandIo& io) = 0;

protected:
    /// Adds `--data-dir`.
    static void addDataDirOption(QCommandLineParser& parser);
    /// Adds `--data-dir` and `--user`.
    static void addUserOptions(QCommandLineParser& parser);
    /// Parses, printing the error and usage on failure. Returns false when the caller
    /// must stop, with `exitCode` set (0 after --help, 2 on bad arguments, including an
    /// empty option value or one that is another option: see OptionValues::checkAll).
    bool parse(QCommandLineParser& parser, const QStringList& arguments, CommandIo& io, int& exitCode) const;
    /// Prints "whiteplan-cli <verb>: message" on stderr and returns `code`.
    int fail(CommandIo& io, const QString& message, ExitStatus code = ExitBadInput) const;
    /// Same for an Error, with the exit status of its kind (exitStatusFor).
    int fail(CommandIo& io, const Error& error, ErrorSource source = ErrorSource::DataDirectory) const;
};

} // namespace wp::cli
