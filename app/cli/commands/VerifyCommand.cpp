#include "VerifyCommand.h"

#include "CliSession.h"
#include "audit/AuditAnchor.h"
#include "audit/AuditLog.h"
#include "records/RecordSeal.h"
#include "site/SiteIdentity.h"

namespace wp::cli {

QString VerifyCommand::summary() const
{
    return tr("Check the database's integrity, the audit trail's chain and every record against it.");
}

int VerifyCommand::verifyAgainst(Workspace& ws, const QString& file, CommandIo& io) const
{
    auto anchor = AuditAnchor::read(file);
    if (!anchor) {
        return fail(io, anchor.error(), ErrorSource::InputFile);
    }
    auto identity = SiteIdentity::of(ws.db());
    if (!identity) {
        return fail(io, identity.error());
    }
    if (!anchor->deviceId.isEmpty() && !identity->deviceId.isEmpty() &&
        anchor->deviceId != identity->deviceId) {
        return fail(io,
                    tr("%1 was made by another laptop (%2): its audit trail is not this laptop's.")
                        .arg(file, anchor->deviceCode),
                    ExitRefused);
    }
    auto check = AuditAnchor::check(ws.db(), anchor->head);
    if (!check) {
        return fail(io, check.error());
    }
    switch (check->outcome) {
    case AuditAnchorCheck::Outcome::Intact:
        io.out << tr("Audit trail against %1: ok (its %2 entries are all here, unchanged; %3 written since)")
                      .arg(file)
                      .arg(check->anchored.seq)
                      .arg(check->current.seq - check->anchored.seq)
               << Qt::endl;
        return ExitOk;
    case AuditAnchorCheck::Outcome::Removed:
        io.out << tr("Audit trail against %1: ENTRIES REMOVED: the file recorded %2 entries, the trail now "
                     "ends at entry %3 (at least %4 removed)")
                      .arg(file)
                      .arg(check->anchored.seq)
                      .arg(check->current.seq)
                      .arg(check->anchored.seq - check->current.seq)
               << Qt::endl;
        return ExitDamaged;
    case AuditAnchorCheck::Outcome::Rewritten:
        io.out << tr("Audit trail against %1: REWRITTEN: entry %2 or one before it is not what the file "
                     "recorded")
                      .arg(file)
                      .arg(check->anchored.seq)
               << Qt::endl;
        return ExitDamaged;
    }
    return ExitDamaged;
}

int VerifyCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addDataDirOption(parser);
    parser.addOption({QStringLiteral("against"),
                      tr("Also check that the audit trail still holds every entry that FILE (a backup or "
                         "bundle of this laptop) recorded."),
                      tr("FILE")});
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
    if (parser.isSet(QStringLiteral("against"))) {
        return verifyAgainst(**ws, parser.value(QStringLiteral("against")), io);
    }
    return ExitOk;
}

} // namespace wp::cli
