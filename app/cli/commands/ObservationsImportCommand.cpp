#include "ObservationsImportCommand.h"

#include "CliSession.h"
#include "OptionValues.h"
#include "wardcsv/ObservationCsv.h"

namespace wp::cli {

QString ObservationsImportCommand::summary() const
{
    return tr("Import observations from CSV; all or nothing.");
}

int ObservationsImportCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addUserOptions(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("observations.csv"));
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return fail(io, tr("Give exactly one CSV file."));
    }
    if (auto st = OptionValues::inputFile(parser.positionalArguments().first(), tr("The observations file"));
        !st) {
        return fail(io, st.error());
    }
    auto ws = CliSession::openAsUser(parser, io);
    if (!ws) {
        return fail(io, ws.error());
    }
    const auto forms = CliSession::loadForms(**ws, io);
    auto report = ObservationCsv(**ws, forms).importFile(parser.positionalArguments().first());
    if (!report) {
        // The importer's error kind decides: a bad row is bad input (2), a full disk an I/O
        // failure (4), a role without the right a refusal of the user (5).
        return fail(io, report.error(), ErrorSource::InputFile);
    }
    io.out << tr("Imported %1 observation(s); %2 already present.")
                  .arg(report->imported)
                  .arg(report->alreadyPresent)
           << Qt::endl;
    return ExitOk;
}

} // namespace wp::cli
