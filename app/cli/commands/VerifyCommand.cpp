#include "VerifyCommand.h"

#include "CliSession.h"
#include "audit/AuditLog.h"
#include "records/RecordSeal.h"

namespace wp::cli {

QString VerifyCommand::summary() const
{
    return tr("Check the database's integrity, the audit trail's chain and every record against it.");
}

int VerifyCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addDataDirOption(parser);
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    // Read-only: verify never creates, migrates or locks the data directory, so it runs beside
    // a working WhitePlan and on a read-only copy.
    auto ws = CliSession::open(parser, Workspace::Access::Read);
    if (!ws) {
        return fail(io, ws.error());
    }
    auto problems = (*ws)->db().integrityCheck();
    if (!problems) {
        return fail(io, problems.error());
    }
    if (!problems->isEmpty()) {
        io.out << tr("Database integrity: DAMAGED") << '\n';
        for (const QString& p : *problems) {
            io.out << "  " << p << '\n';
        }
        io.out.flush();
        return ExitDamaged;
    }
    io.out << tr("Database integrity: ok") << '\n';
    auto report = AuditLog(**ws).verify();
    if (!report) {
        return fail(io, report.error());
    }
    if (!report->ok()) {
        io.out << tr("Audit trail: BROKEN at entry %1: %2.").arg(*report->firstBadSeq).arg(report->problem)
               << Qt::endl;
        return ExitDamaged;
    }
    io.out << tr("Audit trail: ok (%n entries)", nullptr, static_cast<int>(report->entriesChecked))
           << Qt::endl;
    auto seals = RecordSeal::verify((*ws)->db());
    if (!seals) {
        return fail(io, seals.error());
    }
    if (!seals->ok()) {
        io.out << tr("Records: ALTERED (%n problems):", nullptr, static_cast<int>(seals->problemCount))
               << '\n';
        for (const auto& p : seals->problems) {
            io.out << "  " << p.problem << '\n';
        }
        io.out.flush();
        return ExitDamaged;
    }
    io.out << tr("Records: ok (%n versions match the audit trail)", nullptr,
                 static_cast<int>(seals->versionsChecked))
           << Qt::endl;
    return ExitOk;
}

} // namespace wp::cli
