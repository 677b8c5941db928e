#include "AlertsListCommand.h"

#include "CliSession.h"
#include "OrdersCliSupport.h"
#include "orders/AlertService.h"

namespace wp::cli {

QString AlertsListCommand::summary() const
{
    return tr("List the alerts (critical results, NEWS2 escalations) waiting for an acknowledgement.");
}

int AlertsListCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addDataDirOption(parser);
    parser.addOptions(
        {{QStringLiteral("ward"), tr("Only the alerts of this ward's patients."), tr("CODE")},
         {QStringLiteral("all"), tr("Acknowledged alerts too.")},
         {QStringLiteral("format"), tr("Output format: csv or text (default)."), tr("FORMAT")}});
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    auto csv = OrdersCliSupport::csvFormat(parser);
    if (!csv) {
        return fail(io, csv.error());
    }
    auto ws = CliSession::open(parser, Workspace::Access::Read);
    if (!ws) {
        return fail(io, ws.error());
    }
    auto ward = OrdersCliSupport::ward(**ws, parser);
    if (!ward) {
        return fail(io, ward.error());
    }
    auto patients = OrdersCliSupport::patientsById(**ws);
    if (!patients) {
        return fail(io, patients.error());
    }
    const auto catalogue = CliSession::loadCatalogue(**ws, io);
    auto alerts = orders::AlertService(**ws, catalogue).alerts(*ward, !parser.isSet(QStringLiteral("all")));
    if (!alerts) {
        return fail(io, alerts.error());
    }
    const QDateTime now = (*ws)->clock().now();
    QList<QStringList> rows;
    for (const orders::Alert& a : *alerts) {
        const Patient p = patients->value(a.patientId);
        const bool critical = a.kind == orders::Alert::Kind::CriticalResult;
        const auto& ack = a.acknowledgement;
        // The age of an open alert is how long it has waited; an answered one has stopped waiting.
        rows << QStringList{a.id,
                            *csv ? orders::code(a.kind) : (critical ? tr("critical result") : tr("NEWS2")),
                            p.downtimeNumber,
                            p.displayName(),
                            p.wardCode,
                            a.summary,
                            OrdersCliSupport::time(a.raisedAt),
                            a.isOpen() ? QString::number(std::max<qint64>(0, a.raisedAt.secsTo(now) / 60))
                                       : QString(),
                            ack ? ack->by : QString(),
                            ack ? OrdersCliSupport::time(ack->at) : QString(),
                            ack ? ack->action : QString(),
                            ack ? ack->response : QString()};
    }
    const QStringList header{
        QStringLiteral("alert"),           QStringLiteral("kind"),        QStringLiteral("downtime_number"),
        QStringLiteral("patient"),         QStringLiteral("ward"),        QStringLiteral("summary"),
        QStringLiteral("raised_at"),       QStringLiteral("age_minutes"), QStringLiteral("acknowledged_by"),
        QStringLiteral("acknowledged_at"), QStringLiteral("action"),      QStringLiteral("response")};
    OrdersCliSupport::writeTable(io, header, rows, *csv);
    if (!*csv) {
        io.out << tr("%n alert(s)", nullptr, static_cast<int>(rows.size())) << Qt::endl;
    }
    return ExitOk;
}

} // namespace wp::cli
