#include "BundleImportCommand.h"

#include "CliSession.h"
#include "OptionValues.h"
#include "exchange/ConflictLog.h"
#include "exchange/ExchangeImporter.h"

namespace wp::cli {

QString BundleImportCommand::name() const
{
    return QStringLiteral("bundle import");
}

QString BundleImportCommand::summary() const
{
    return tr("Merge a bundle from another laptop (nothing is lost; conflicts are listed).");
}

int BundleImportCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addUserOptions(parser);
    parser.addOption({QStringLiteral("preview"), tr("Show what would be merged, change nothing.")});
    parser.addOption({QStringLiteral("accept-transfer-from"),
                      tr("Administrators only: accept a bundle of another hospital (its name or id) as a "
                         "transfer of its patients; its users are not added."),
                      tr("HOSPITAL")});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Bundle file from the other laptop."));
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        return fail(io, tr("Give exactly one bundle FILE."));
    }
    if (auto st = OptionValues::inputFile(files.first(), tr("The bundle")); !st) {
        return fail(io, st.error());
    }
    auto ws = CliSession::openAsUser(parser, io);
    if (!ws) {
        return fail(io, ws.error());
    }
    const QString passphrase =
        CliSession::readSecret("WHITEPLAN_BUNDLE_PASSPHRASE", tr("Bundle passphrase: "), io);
    exchange::ExchangeImporter importer(**ws);
    const bool preview = parser.isSet(QStringLiteral("preview"));
    exchange::ImportOptions options;
    options.acceptTransferFrom = parser.value(QStringLiteral("accept-transfer-from"));
    auto summary = preview ? importer.preview(files.first(), passphrase.toUtf8(), options)
                           : importer.importFile(files.first(), passphrase.toUtf8(), options);
    if (!summary) {
        // A truncated or altered bundle is bad input like a file that is no bundle at all; a
        // wrong passphrase is a wrong credential.
        return fail(io, summary.error(), ErrorSource::InputFile);
    }
    io.out << (preview ? tr("Preview (nothing changed) of the bundle from %1 made %2:")
                       : tr("Imported the bundle from %1 made %2:"))
                  .arg(summary->senderDevice, summary->createdAt.toUTC().toString(Qt::ISODate))
           << '\n'
           << tr("  record versions: %1 in the bundle, %2 new").arg(summary->records).arg(summary->newRecords)
           << '\n'
           << tr("  new users: %1, new wards: %2, new beds: %3")
                  .arg(summary->newUsers)
                  .arg(summary->newWards)
                  .arg(summary->newBeds)
           << '\n'
           << tr("  patients: %1; conflicts to confirm: %2; possible duplicates: %3")
                  .arg(summary->patients)
                  .arg(summary->conflicts)
                  .arg(summary->duplicates)
           << '\n';
    for (const QString& warning : summary->warnings) {
        io.out << tr("  WARNING: importing it would be refused: %1").arg(warning) << '\n';
    }
    if (!summary->transferFrom.isEmpty()) {
        io.out << tr("  transfer of patients from %1, accepted by %2 (their users were not added)")
                      .arg(summary->transferFrom, (*ws)->actor().login)
               << '\n';
    }
    if (!preview) {
        auto conflicts = exchange::ConflictLog(**ws).list();
        if (conflicts) {
            for (const auto& c : *conflicts) {
                io.out << QStringLiteral("  [%1] %2\n").arg(c.kind, c.detail);
            }
        }
    }
    io.out << Qt::flush;
    return ExitOk;
}

} // namespace wp::cli
