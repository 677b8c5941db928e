#include "PatientsImportCommand.h"

#include "CliSession.h"
#include "OptionValues.h"
#include "wardcsv/CensusImporter.h"

namespace wp::cli {

QString PatientsImportCommand::summary() const
{
    return tr("Import the census CSV (patients present when IT went down); all or nothing.");
}

int PatientsImportCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addUserOptions(parser);
    parser.addOption(
        {QStringLiteral("dry-run"), tr("Check the file and say what would be imported; write nothing.")});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("census.csv"));
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return fail(io, tr("Give exactly one CSV file."));
    }
    if (auto st = OptionValues::inputFile(parser.positionalArguments().first(), tr("The census")); !st) {
        return fail(io, st.error());
    }
    auto ws = CliSession::openAsUser(parser, io);
    if (!ws) {
        return fail(io, ws.error());
    }
    auto report = CensusImporter(**ws).importFile(parser.positionalArguments().first(),
                                                  parser.isSet(QStringLiteral("dry-run")));
    if (!report) {
        // The importer's error kind decides: a bad row is bad input (2), a full disk an I/O
        // failure (4), a role without the right a refusal of the user (5).
        return fail(io, report.error(), ErrorSource::InputFile);
    }
    for (const QString& w : report->warnings) {
        io.err << w << '\n';
    }
    io.out << (parser.isSet(QStringLiteral("dry-run")) ? tr("Would import %1 patient(s); %2 already present.")
                                                       : tr("Imported %1 patient(s); %2 already present."))
                  .arg(report->imported)
                  .arg(report->alreadyPresent)
           << Qt::endl;
    if (report->identityMismatches > 0) {
        io.err << tr("%n row(s) carry an IPP already given to a different identity: check them (see above).",
                     nullptr, report->identityMismatches)
               << '\n';
    }
    io.err.flush();
    return ExitOk;
}

} // namespace wp::cli
