#include "FormularyImportCommand.h"

#include "CliSession.h"
#include "OptionValues.h"
#include "formulary/FormularyStore.h"

namespace wp::cli {

QString FormularyImportCommand::summary() const
{
    return tr("Import the pharmacy's formulary from CSV; all or nothing, it replaces the one in use.");
}

int FormularyImportCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addUserOptions(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("formulary.csv"));
    parser.addOption({QStringLiteral("dry-run"), tr("Check the whole file and write nothing.")});
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return fail(io, tr("Give exactly one CSV file."));
    }
    const QString file = parser.positionalArguments().first();
    if (auto st = OptionValues::inputFile(file, tr("The formulary file")); !st) {
        return fail(io, st.error());
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    auto ws = CliSession::openAsUser(parser, io);
    if (!ws) {
        return fail(io, ws.error());
    }
    auto report = medication::FormularyStore(**ws).importFile(file, dryRun);
    if (!report) {
        return fail(io, report.error(), ErrorSource::InputFile);
    }
    const QString summary = tr("%1 drug(s), %2 high-risk; %3 added, %4 removed, %5 changed.")
                                .arg(report->drugs)
                                .arg(report->highRisk)
                                .arg(report->added)
                                .arg(report->removed)
                                .arg(report->changed);
    if (dryRun) {
        io.out << tr("Dry run: %1 Nothing was written.").arg(summary) << Qt::endl;
    } else {
        io.out << tr("Formulary imported: %1").arg(summary) << Qt::endl;
    }
    return ExitOk;
}

} // namespace wp::cli
