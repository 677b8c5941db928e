#include "OrdersListCommand.h"

#include "CliSession.h"
#include "OrdersCliSupport.h"
#include "orders/OrderService.h"

namespace wp::cli {

QString OrdersListCommand::summary() const
{
    return tr("List orders (all, pending, overdue or not yet acknowledged), for a ward or a patient.");
}

int OrdersListCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addDataDirOption(parser);
    parser.addOptions(
        {{QStringLiteral("ward"), tr("Only the orders of this ward's patients."), tr("CODE")},
         {QStringLiteral("patient"), tr("Only this patient's orders (downtime number or IPP)."), tr("ID")},
         {QStringLiteral("pending"), tr("Only open orders (no complete result yet).")},
         {QStringLiteral("overdue"), tr("Only open orders past their expected turnaround.")},
         {QStringLiteral("unacknowledged"), tr("Only resulted orders nobody has acknowledged.")},
         {QStringLiteral("format"), tr("Output format: csv or text (default)."), tr("FORMAT")}});
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    auto csv = OrdersCliSupport::csvFormat(parser);
    if (!csv) {
        return fail(io, csv.error());
    }
    const bool pending = parser.isSet(QStringLiteral("pending"));
    const bool overdue = parser.isSet(QStringLiteral("overdue"));
    const bool unacknowledged = parser.isSet(QStringLiteral("unacknowledged"));
    if (int(pending) + int(overdue) + int(unacknowledged) > 1) {
        return fail(io, tr("Choose one of --pending, --overdue and --unacknowledged."));
    }
    // Read-only, no lock: the ward can list while the app or an import writes.
    auto ws = CliSession::open(parser, Workspace::Access::Read);
    if (!ws) {
        return fail(io, ws.error());
    }
    auto ward = OrdersCliSupport::ward(**ws, parser);
    if (!ward) {
        return fail(io, ward.error());
    }
    QString patientId;
    if (parser.isSet(QStringLiteral("patient"))) {
        auto p = OrdersCliSupport::patient(**ws, parser.value(QStringLiteral("patient")));
        if (!p) {
            return fail(io, p.error());
        }
        patientId = p->id;
    }
    auto patients = OrdersCliSupport::patientsById(**ws);
    if (!patients) {
        return fail(io, patients.error());
    }
    const auto catalogue = CliSession::loadCatalogue(**ws, io);
    orders::OrderService service(**ws, catalogue);
    auto all = patientId.isEmpty() ? service.all() : service.forPatient(patientId);
    if (!all) {
        return fail(io, all.error());
    }
    const QDateTime now = (*ws)->clock().now();
    const QString yes = *csv ? QStringLiteral("yes") : tr("yes");
    const QString no = *csv ? QStringLiteral("no") : tr("no");
    QList<QStringList> rows;
    for (const orders::Order& o : *all) {
        const Patient p = patients->value(o.patientId);
        if (!ward->isEmpty() && p.wardCode.compare(*ward, Qt::CaseInsensitive) != 0) {
            continue;
        }
        if ((pending && !o.isOpen()) || (overdue && !o.isOverdue(now)) ||
            (unacknowledged && o.status != orders::OrderStatus::Resulted)) {
            continue;
        }
        // Codes in CSV (for scripts), words on a terminal (for people).
        rows << QStringList{o.number,
                            p.downtimeNumber,
                            p.displayName(),
                            p.wardCode,
                            o.tests.join(QLatin1Char(' ')),
                            *csv ? orders::code(o.priority) : orders::label(o.priority),
                            *csv ? orders::code(o.status) : orders::label(o.status),
                            OrdersCliSupport::time(o.orderedAt),
                            OrdersCliSupport::time(o.dueAt),
                            o.isOverdue(now) ? yes : no};
    }
    const QStringList header{QStringLiteral("order"),   QStringLiteral("downtime_number"),
                             QStringLiteral("patient"), QStringLiteral("ward"),
                             QStringLiteral("tests"),   QStringLiteral("priority"),
                             QStringLiteral("status"),  QStringLiteral("ordered_at"),
                             QStringLiteral("due_at"),  QStringLiteral("overdue")};
    OrdersCliSupport::writeTable(io, header, rows, *csv);
    if (!*csv) {
        io.out << tr("%n order(s)", nullptr, static_cast<int>(rows.size())) << Qt::endl;
    }
    return ExitOk;
}

} // namespace wp::cli
