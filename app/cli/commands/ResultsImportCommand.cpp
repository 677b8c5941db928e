#include "ResultsImportCommand.h"

#include "CliSession.h"
#include "OptionValues.h"
#include "orders/AlertService.h"
#include "orders/ResultCsvImporter.h"

#include <QSet>

namespace wp::cli {

namespace {

Result<QSet<QString>> openCriticalAlerts(Workspace& ws, const orders::Catalogue& catalogue)
{
    auto open = orders::AlertService(ws, catalogue).alerts({}, true);
    if (!open) {
        return open.error();
    }
    QSet<QString> ids;
    for (const auto& a : *open) {
        if (a.kind == orders::Alert::Kind::CriticalResult) {
            ids.insert(a.id);
        }
    }
    return ids;
}

} // namespace

QString ResultsImportCommand::summary() const
{
    return tr("Import laboratory results from CSV (results.csv); all or nothing.");
}

int ResultsImportCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addUserOptions(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("results.csv"));
    parser.addOption({QStringLiteral("dry-run"), tr("Check the whole file and write nothing.")});
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return fail(io, tr("Give exactly one CSV file."));
    }
    const QString file = parser.positionalArguments().first();
    if (auto st = OptionValues::inputFile(file, tr("The results file")); !st) {
        return fail(io, st.error());
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    auto ws = CliSession::openAsUser(parser, io);
    if (!ws) {
        return fail(io, ws.error());
    }
    const auto catalogue = CliSession::loadCatalogue(**ws, io);
    auto before = openCriticalAlerts(**ws, catalogue);
    if (!before) {
        return fail(io, before.error());
    }
    auto report = orders::ResultCsvImporter(**ws, catalogue).importFile(file, dryRun);
    if (!report) {
        // A bad line is bad input (2) with its file, line and column; a full disk is 4.
        return fail(io, report.error(), ErrorSource::InputFile);
    }
    if (dryRun) {
        io.out << tr("Dry run: %1 result(s) would be imported; %2 already present. Nothing was written.")
                      .arg(report->imported)
                      .arg(report->alreadyPresent)
               << Qt::endl;
        return ExitOk;
    }
    io.out
        << tr("Imported %1 result(s); %2 already present.").arg(report->imported).arg(report->alreadyPresent)
        << Qt::endl;
    // Critical values must reach a doctor: name the alerts this file opened.
    auto after = openCriticalAlerts(**ws, catalogue);
    if (!after) {
        return fail(io, after.error());
    }
    QStringList raised;
    for (const QString& id : *after) {
        if (!before->contains(id)) {
            raised << id;
        }
    }
    raised.sort();
    if (!raised.isEmpty()) {
        io.out << tr("%n critical result(s): alert(s) %1 stay open until a doctor acknowledges them.",
                     nullptr, static_cast<int>(raised.size()))
                      .arg(raised.join(QStringLiteral(", ")))
               << Qt::endl;
    }
    for (const QString& warning : report->warnings) {
        io.err << warning << Qt::endl;
    }
    return ExitOk;
}

} // namespace wp::cli
