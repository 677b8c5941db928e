#include "HospitalTransfersCommand.h"

#include "CliSession.h"
#include "HospitalOutput.h"
#include "OptionValues.h"
#include "hospital/TransferRegister.h"

namespace wp::cli {

using hospital::HospitalMovement;

QString HospitalTransfersCommand::summary() const
{
    return tr("The transfer register: movements between wards and hospitals, with their times.");
}

int HospitalTransfersCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    HospitalOutput::addOptions(parser);
    parser.addOption(
        {QStringLiteral("hours"), tr("Only the last N hours (default: every movement)."), tr("N")});
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    bool csv = false;
    if (auto st = HospitalOutput::readFormat(parser, csv); !st) {
        return fail(io, st.error());
    }
    const auto hours = OptionValues(parser).integer(QStringLiteral("hours"), 1, 24 * 366, 0);
    if (!hours) {
        return fail(io, hours.error());
    }
    auto ws = CliSession::open(parser, Workspace::Access::Read);
    if (!ws) {
        return fail(io, ws.error());
    }
    const QDateTime now = (*ws)->clock().now();
    const QDateTime from = *hours > 0 ? now.addSecs(-3600 * *hours) : QDateTime();
    auto moves = hospital::TransferRegister(**ws).transfers(from);
    if (!moves) {
        return fail(io, moves.error());
    }
    QList<QStringList> rows;
    for (const HospitalMovement& m : *moves) {
        const auto place = [](const QString& ward, const QString& bed) {
            return bed.isEmpty() ? ward : QStringLiteral("%1/%2").arg(ward, bed);
        };
        const QString to =
            m.type == HospitalMovement::Type::TransferOut ? m.destination : place(m.toWard, m.toBed);
        rows << QStringList{csv ? HospitalOutput::isoTime(m.at) : HospitalOutput::localTime(m.at),
                            csv ? HospitalMovement::typeCode(m.type) : HospitalMovement::typeLabel(m.type),
                            m.downtimeNumber,
                            m.patientName,
                            place(m.fromWard, m.fromBed),
                            to,
                            m.samuNumber,
                            m.transport,
                            m.documents.join(QStringLiteral("; ")),
                            m.device,
                            csv ? HospitalOutput::isoTime(m.recordedAt)
                                : HospitalOutput::localTime(m.recordedAt)};
    }
    const QStringList header =
        csv ? QStringList{QStringLiteral("at"),
                          QStringLiteral("type"),
                          QStringLiteral("downtime_number"),
                          QStringLiteral("patient"),
                          QStringLiteral("from"),
                          QStringLiteral("to"),
                          QStringLiteral("samu_number"),
                          QStringLiteral("transport"),
                          QStringLiteral("documents"),
                          QStringLiteral("device"),
                          QStringLiteral("recorded_at")}
            : QStringList{tr("When"),      tr("Movement"), tr("Number"),     tr("Patient"),
                          tr("From"),      tr("To"),       tr("SAMU"),       tr("Transport"),
                          tr("Documents"), tr("Laptop"),   tr("Recorded at")};
    HospitalOutput::write(io.out, csv, header, rows);
    if (!csv) {
        io.out << tr("%n movement(s)", nullptr, static_cast<int>(moves->size())) << QLatin1Char('\n');
    }
    io.out.flush();
    return ExitOk;
}

} // namespace wp::cli
