#pragma once

#include "Command.h"
#include "printing/PrintRequest.h"

namespace wp::cli {

/// What every `print …` verb shares: `--out FILE.pdf` or `--printer NAME`, `--data-dir`,
/// `--user`, the Print permission and the audit entry. Each verb only says which
/// printout and reads its own options.
class PrintCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PrintCommand)

public:
    int run(const QStringList& arguments, CommandIo& io) override;

protected:
    virtual printing::PrintKind kind() const = 0;
    virtual void addOptions(QCommandLineParser& parser) const = 0;
    /// The request from the parsed options, or an InvalidInput error saying what is wrong.
    virtual Result<printing::PrintRequest> request(const QCommandLineParser& parser) const = 0;
    static void addPatientOption(QCommandLineParser& parser);
    static Result<printing::PrintRequest> patientRequest(const QCommandLineParser& parser,
                                                         printing::PrintKind kind);
    /// `--order N`: the order number as printed on the request (or the text of its QR code).
    static void addOrderOption(QCommandLineParser& parser);
    static Result<printing::PrintRequest> orderRequest(const QCommandLineParser& parser,
                                                       printing::PrintKind kind);
};

} // namespace wp::cli
