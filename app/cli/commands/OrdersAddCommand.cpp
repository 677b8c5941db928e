#include "OrdersAddCommand.h"

#include "CliSession.h"
#include "OptionValues.h"
#include "OrdersCliSupport.h"
#include "orders/OrderService.h"

namespace wp::cli {

QString OrdersAddCommand::summary() const
{
    return tr("Order laboratory tests or an imaging exam for a patient; prints the order number.");
}

int OrdersAddCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addUserOptions(parser);
    parser.addOptions({{QStringLiteral("patient"), tr("The patient: downtime number or IPP."), tr("ID")},
                       {QStringLiteral("tests"),
                        tr("Test, panel or exam codes of the catalogue, separated by commas."), tr("CODES")},
                       {QStringLiteral("priority"), tr("routine (default), urgent or stat."), tr("PRIORITY")},
                       {QStringLiteral("info"), tr("Clinical information for the laboratory."), tr("TEXT")},
                       {QStringLiteral("collect-at"),
                        tr("Planned collection time (laboratory), YYYY-MM-DDTHH:MM."), tr("TIME")}});
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    const OptionValues values(parser);
    auto patientText = values.text(QStringLiteral("patient"), true);
    if (!patientText) {
        return fail(io, patientText.error());
    }
    auto testsText = values.text(QStringLiteral("tests"), true);
    if (!testsText) {
        return fail(io, testsText.error());
    }
    auto priorityText =
        values.choice(QStringLiteral("priority"),
                      {QStringLiteral("routine"), QStringLiteral("urgent"), QStringLiteral("stat")},
                      QStringLiteral("routine"));
    if (!priorityText) {
        return fail(io, priorityText.error());
    }
    auto collectAt = OrdersCliSupport::dateTime(parser, QStringLiteral("collect-at"));
    if (!collectAt) {
        return fail(io, collectAt.error());
    }
    auto ws = CliSession::openAsUser(parser, io);
    if (!ws) {
        return fail(io, ws.error());
    }
    auto patient = OrdersCliSupport::patient(**ws, *patientText);
    if (!patient) {
        return fail(io, patient.error());
    }
    const auto catalogue = CliSession::loadCatalogue(**ws, io);
    orders::OrderRequest request;
    request.patientId = patient->id;
    request.codes = testsText->split(QLatin1Char(','), Qt::SkipEmptyParts);
    request.priority = orders::priorityFromCode(*priorityText).value_or(orders::Priority::Routine);
    request.clinicalInfo = parser.value(QStringLiteral("info"));
    request.plannedCollection = *collectAt;
    auto placed = orders::OrderService(**ws, catalogue).place(request);
    if (!placed) {
        return fail(io, placed.error());
    }
    // The number alone on standard output, so that a script can capture it; the rest on stderr.
    io.out << placed->number << Qt::endl;
    io.err << tr("Ordered %1 for %2 (%3): %4, due %5.")
                  .arg(placed->number, patient->displayName(), patient->downtimeNumber,
                       placed->tests.join(QStringLiteral(", ")),
                       placed->dueAt.isValid() ? OrdersCliSupport::time(placed->dueAt) : tr("no turnaround"))
           << Qt::endl;
    return ExitOk;
}

} // namespace wp::cli
