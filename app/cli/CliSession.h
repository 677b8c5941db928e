#pragma once

#include "Command.h"
#include "clinical/forms/FormRegistry.h"
#include "orders/Catalogue.h"
#include "workspace/Workspace.h"

#include <memory>

namespace wp::cli {

/// Opening the data directory and authenticating the user, the same way for every verb.
class CliSession
{
    Q_DECLARE_TR_FUNCTIONS(CliSession)

public:
    /// `--data-dir` or the default location.
    static QString dataDirectory(const QCommandLineParser& parser);

    /// Opens the workspace. Read (commands that only read: no lock, nothing written, works
    /// on a read-only directory) and Write need a directory set up by init or demo and
    /// never create one; Create (init, demo) creates it.
    static Result<std::unique_ptr<Workspace>> open(const QCommandLineParser& parser,
                                                   Workspace::Access access);

    /// Authenticates `--user` (password from WHITEPLAN_PASSWORD or a prompt) and makes
    /// them the workspace's current user, so that writes are attributed and audited.
    static Status login(Workspace& ws, const QCommandLineParser& parser, CommandIo& io);

    /// open() then login(): what every command that changes data starts with.
    static Result<std::unique_ptr<Workspace>> openAsUser(const QCommandLineParser& parser, CommandIo& io);

    /// The password from WHITEPLAN_PASSWORD, else asked on the terminal without echo
    /// (or read as one line from a non-terminal standard input).
    static QString readPassword(const QString& prompt, CommandIo& io);

    /// The shipped forms plus those dropped into the data directory's forms folder;
    /// broken definitions are reported on standard error and skipped.
    static clinical::FormRegistry loadForms(Workspace& ws, CommandIo& io);

    /// The shipped catalogue of tests and exams plus the files dropped into the data
    /// directory's catalogue folder; broken files are reported on standard error and skipped.
    static orders::Catalogue loadCatalogue(Workspace& ws, CommandIo& io);

    /// A secret from the environment variable `envVar`, else asked like readPassword.
    static QString readSecret(const char* envVar, const QString& prompt, CommandIo& io);
};

} // namespace wp::cli
