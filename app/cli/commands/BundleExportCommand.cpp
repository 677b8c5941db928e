#include "BundleExportCommand.h"

#include "CliSession.h"
#include "exchange/ExchangeExporter.h"

namespace wp::cli {

QString BundleExportCommand::name() const
{
    return QStringLiteral("bundle export");
}

QString BundleExportCommand::summary() const
{
    return tr("Write an encrypted bundle for another laptop (everything, or what it has not had yet).");
}

int BundleExportCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addUserOptions(parser);
    parser.addOption({QStringLiteral("out"), tr("Bundle file to write."), tr("FILE")});
    parser.addOption({QStringLiteral("for"),
                      tr("Only what was not yet sent to the laptop with this code (remembered per laptop)."),
                      tr("DEVICE-CODE")});
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    if (!parser.isSet(QStringLiteral("out"))) {
        return fail(io, tr("--out FILE is required."));
    }
    auto ws = CliSession::openAsUser(parser, io);
    if (!ws) {
        return fail(io, ws.error());
    }
    const QString passphrase =
        CliSession::readSecret("WHITEPLAN_BUNDLE_PASSPHRASE", tr("Bundle passphrase: "), io);
    exchange::ExportOptions options;
    options.forDevice = parser.value(QStringLiteral("for"));
    auto summary = exchange::ExchangeExporter(**ws).exportTo(parser.value(QStringLiteral("out")),
                                                             passphrase.toUtf8(), options);
    if (!summary) {
        return fail(io, summary.error());
    }
    io.out << tr("Bundle written to %1: %2 record versions, %3 users, %4 wards, %5 beds.")
                  .arg(summary->file)
                  .arg(summary->records)
                  .arg(summary->users)
                  .arg(summary->wards)
                  .arg(summary->beds)
           << Qt::endl;
    return ExitOk;
}

} // namespace wp::cli
