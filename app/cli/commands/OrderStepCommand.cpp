#include "OrderStepCommand.h"

#include "CliSession.h"
#include "OptionValues.h"
#include "OrdersCliSupport.h"
#include "orders/OrderService.h"

namespace wp::cli {

QString OrderStepCommand::name() const
{
    switch (m_step) {
    case Step::Collect:
        return QStringLiteral("orders collect");
    case Step::Receive:
        return QStringLiteral("orders receive");
    case Step::Cancel:
        return QStringLiteral("orders cancel");
    case Step::Acknowledge:
        return QStringLiteral("orders acknowledge");
    }
    return {};
}

QString OrderStepCommand::summary() const
{
    switch (m_step) {
    case Step::Collect:
        return tr("Record that an order's specimen was taken.");
    case Step::Receive:
        return tr("Record that the laboratory received an order's specimen.");
    case Step::Cancel:
        return tr("Cancel an order that has no result yet, with the reason.");
    case Step::Acknowledge:
        return tr("Record that a clinician has seen all the results of an order.");
    }
    return {};
}

int OrderStepCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addUserOptions(parser);
    parser.addPositionalArgument(QStringLiteral("ORDER"), tr("The order number (such as P2-L0007)."));
    if (m_step == Step::Collect) {
        parser.addOption({QStringLiteral("at"),
                          tr("When the specimen was taken, YYYY-MM-DDTHH:MM (default: now)."), tr("TIME")});
    }
    if (m_step == Step::Cancel) {
        parser.addOption({QStringLiteral("reason"), tr("Why the order is cancelled."), tr("TEXT")});
    }
    if (m_step == Step::Acknowledge) {
        parser.addOption({QStringLiteral("note"), tr("What was done about the results."), tr("TEXT")});
    }
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return fail(io, tr("Give exactly one order number."));
    }
    const QString number = parser.positionalArguments().first();
    QString reason;
    if (m_step == Step::Cancel) {
        auto r = OptionValues(parser).text(QStringLiteral("reason"), true);
        if (!r) {
            return fail(io, r.error());
        }
        reason = *r;
    }
    QDateTime at;
    if (m_step == Step::Collect) {
        auto t = OrdersCliSupport::dateTime(parser, QStringLiteral("at"));
        if (!t) {
            return fail(io, t.error());
        }
        at = *t;
    }
    auto ws = CliSession::openAsUser(parser, io);
    if (!ws) {
        return fail(io, ws.error());
    }
    const auto catalogue = CliSession::loadCatalogue(**ws, io);
    orders::OrderService service(**ws, catalogue);
    auto done = [&]() -> Result<orders::Order> {
        switch (m_step) {
        case Step::Collect:
            return service.collect(number, QStringLiteral("click"), at);
        case Step::Receive:
            return service.receive(number);
        case Step::Cancel:
            return service.cancel(number, reason);
        case Step::Acknowledge:
            break;
        }
        return service.acknowledge(number, parser.value(QStringLiteral("note")));
    }();
    if (!done) {
        return fail(io, done.error());
    }
    io.out << tr("Order %1: %2.").arg(done->number, orders::label(done->status)) << Qt::endl;
    return ExitOk;
}

} // namespace wp::cli
