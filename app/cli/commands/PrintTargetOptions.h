#pragma once

#include "Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace wp::cli {

/// Where a printout goes, as command-line options (`--out FILE.pdf` or `--printer NAME`),
/// shared by every print command so each checks them the same way.
class PrintTargetOptions
{
    Q_DECLARE_TR_FUNCTIONS(PrintTargetOptions)

public:
    struct Target
    {
        QString pdf;     ///< the file to write, or empty
        QString printer; ///< the printer to print on, or empty
    };

    PrintTargetOptions();
    void addTo(QCommandLineParser& parser) const;
    /// Exactly one of the two, and a printer this machine knows (the message lists those it
    /// does); every error is bad input.
    Result<Target> read(const QCommandLineParser& parser) const;

private:
    QCommandLineOption m_out;
    QCommandLineOption m_printer;
};

} // namespace wp::cli
