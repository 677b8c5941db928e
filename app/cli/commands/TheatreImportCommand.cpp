#include "TheatreImportCommand.h"

#include "CliSession.h"
#include "ContractInputOptions.h"
#include "OptionValues.h"
#include "theatreplan/TheatreService.h"

namespace wp::cli {

QString TheatreImportCommand::summary() const
{
    return tr(
        "Import the theatre schedule (the rescheduling contract's sessions and cases CSV); all or nothing.");
}

int TheatreImportCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addUserOptions(parser);
    parser.addOptions({{QStringLiteral("sessions"), tr("sessions.csv of the contract."), tr("FILE")},
                       {QStringLiteral("cases"), tr("cases.csv of the contract."), tr("FILE")},
                       {QStringLiteral("turnover"), tr("Minutes between two cases (default 15)."), tr("N")}});
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    if (!parser.isSet(QStringLiteral("sessions")) || !parser.isSet(QStringLiteral("cases"))) {
        return fail(io, tr("Both --sessions and --cases are required."));
    }
    const auto turnover = ContractInputOptions::readTurnover(parser);
    if (!turnover) {
        return fail(io, turnover.error());
    }
    for (const char* file : {"sessions", "cases"}) {
        if (auto st = OptionValues::inputFile(parser.value(QString::fromLatin1(file)),
                                              QStringLiteral("--%1").arg(QString::fromLatin1(file)));
            !st) {
            return fail(io, st.error());
        }
    }
    auto ws = CliSession::openAsUser(parser, io);
    if (!ws) {
        return fail(io, ws.error());
    }
    auto summary = theatre::TheatreService(**ws).importFiles(parser.value(QStringLiteral("sessions")),
                                                             parser.value(QStringLiteral("cases")),
                                                             static_cast<int>(*turnover));
    if (!summary) {
        return fail(io, summary.error(), ErrorSource::InputFile);
    }
    io.out
        << tr("Imported %1 session(s) (%2 closed) and %3 case(s): %4 booked, %5 needing a slot, %6 linked to "
              "registered patients.")
               .arg(summary->sessions)
               .arg(summary->closedSessions)
               .arg(summary->cases)
               .arg(summary->booked)
               .arg(summary->needingSlot)
               .arg(summary->linkedPatients)
        << Qt::endl;
    return ExitOk;
}

} // namespace wp::cli
