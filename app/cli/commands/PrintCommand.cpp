#include "PrintCommand.h"

#include "CliSession.h"
#include "PrintTargetOptions.h"
#include "printing/PrintService.h"

#include <QDir>
#include <QPrinter>

namespace wp::cli {

void PrintCommand::addPatientOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("patient"), tr("The patient: downtime number or IPP."), tr("ID")});
}

Result<printing::PrintRequest> PrintCommand::patientRequest(const QCommandLineParser& parser,
                                                            printing::PrintKind kind)
{
    const QString id = parser.value(QStringLiteral("patient")).trimmed();
    if (id.isEmpty()) {
        return Error(tr("--patient ID is required (a downtime number or an IPP)."),
                     Error::Code::InvalidInput);
    }
    printing::PrintRequest r;
    r.kind = kind;
    r.patient = id;
    return r;
}

void PrintCommand::addOrderOption(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("order"), tr("The order number, as printed on the request."), tr("NUMBER")});
}

Result<printing::PrintRequest> PrintCommand::orderRequest(const QCommandLineParser& parser,
                                                          printing::PrintKind kind)
{
    const QString number = parser.value(QStringLiteral("order")).trimmed();
    if (number.isEmpty()) {
        return Error(tr("--order NUMBER is required (the order number, e.g. T1-L0001)."),
                     Error::Code::InvalidInput);
    }
    printing::PrintRequest r;
    r.kind = kind;
    r.order = number;
    return r;
}

int PrintCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addUserOptions(parser);
    const PrintTargetOptions targetOptions;
    targetOptions.addTo(parser);
    addOptions(parser);
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(io, tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    }
    const auto target = targetOptions.read(parser);
    if (!target) {
        return fail(io, target.error());
    }
    const QString& out = target->pdf;
    const QString& printerName = target->printer;
    auto req = request(parser);
    if (!req) {
        return fail(io, req.error());
    }
    auto ws = CliSession::openAsUser(parser, io);
    if (!ws) {
        return fail(io, ws.error());
    }
    printing::PrintService service(**ws);
    auto document = service.prepare(*req);
    if (!document) {
        return fail(io, document.error());
    }
    if (!out.isEmpty()) {
        if (auto st = service.printToPdf(**document, out); !st) {
            return fail(io, st.error());
        }
        io.out << tr("%n page(s) written to %1", nullptr, (*document)->pageCount())
                      .arg(QDir::toNativeSeparators(out))
               << Qt::endl;
        return ExitOk;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPrinterName(printerName);
    printer.setOutputFormat(QPrinter::NativeFormat);
    printer.setDocName(QStringLiteral("WhitePlan ") + (*document)->suggestedFileName());
    if (auto st = service.print(**document, printer, printerName); !st) {
        return fail(io, st.error());
    }
    io.out << tr("%n page(s) sent to %1", nullptr, (*document)->pageCount()).arg(printerName) << Qt::endl;
    return ExitOk;
}

} // namespace wp::cli
