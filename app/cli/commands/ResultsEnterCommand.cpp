#include "ResultsEnterCommand.h"

#include "CliSession.h"
#include "OptionValues.h"
#include "OrdersCliSupport.h"
#include "orders/AlertService.h"
#include "orders/ResultService.h"
#include "patients/PatientService.h"

namespace wp::cli {

QString ResultsEnterCommand::summary() const
{
    return tr("Enter one result of an order (from a paper report, a phone call or the laboratory).");
}

int ResultsEnterCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addUserOptions(parser);
    parser.addOptions(
        {{QStringLiteral("order"), tr("The order number (such as P2-L0007)."), tr("ID")},
         {QStringLiteral("test"), tr("The test's code in the catalogue (LOINC), or the imaging exam's code."),
          tr("CODE")},
         {QStringLiteral("value"), tr("The value (a number, a coded value, or the report's text)."),
          tr("VALUE")},
         {QStringLiteral("unit"), tr("The unit, checked against the catalogue's (never converted)."),
          tr("UNIT")},
         {QStringLiteral("via"), tr("How the result came: paper (default), phone or lab."), tr("VIA")},
         {QStringLiteral("caller"), tr("Phone: who gave the result."), tr("NAME")},
         {QStringLiteral("read-back"), tr("Phone: the value as read back to the caller."), tr("VALUE")},
         {QStringLiteral("identity-confirmed"),
          tr("Phone: the patient's name, birth date and downtime number were checked with the caller.")},
         {QStringLiteral("critical-finding"),
          tr("Imaging: the report has a finding a clinician must see now.")},
         {QStringLiteral("comment"), tr("The laboratory's comment."), tr("TEXT")},
         {QStringLiteral("at"), tr("When the result was produced, YYYY-MM-DDTHH:MM (default: now)."),
          tr("TIME")}});
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    const OptionValues values(parser);
    orders::ResultEntry entry;
    for (const auto& [option, field] :
         {std::pair{QStringLiteral("order"), &entry.order}, std::pair{QStringLiteral("test"), &entry.test},
          std::pair{QStringLiteral("value"), &entry.value}}) {
        auto text = values.text(option, true);
        if (!text) {
            return fail(io, text.error());
        }
        *field = *text;
    }
    auto via = values.choice(QStringLiteral("via"),
                             {QStringLiteral("paper"), QStringLiteral("phone"), QStringLiteral("lab")},
                             QStringLiteral("paper"));
    if (!via) {
        return fail(io, via.error());
    }
    const bool phone = *via == QLatin1String("phone");
    if (!phone) {
        // Read-back options on a result that was not phoned would suggest a check nobody made.
        for (const QString& option :
             {QStringLiteral("caller"), QStringLiteral("read-back"), QStringLiteral("identity-confirmed")}) {
            if (parser.isSet(option)) {
                return fail(io, tr("--%1 is for a phoned result (--via phone).").arg(option));
            }
        }
    }
    auto at = OrdersCliSupport::dateTime(parser, QStringLiteral("at"));
    if (!at) {
        return fail(io, at.error());
    }
    entry.unit = parser.value(QStringLiteral("unit"));
    entry.via = *via;
    entry.caller = parser.value(QStringLiteral("caller"));
    entry.readBack = parser.value(QStringLiteral("read-back"));
    entry.identityConfirmed = parser.isSet(QStringLiteral("identity-confirmed"));
    entry.criticalFinding = parser.isSet(QStringLiteral("critical-finding"));
    entry.comment = parser.value(QStringLiteral("comment"));
    entry.resultedAt = *at;

    auto ws = CliSession::openAsUser(parser, io);
    if (!ws) {
        return fail(io, ws.error());
    }
    const auto catalogue = CliSession::loadCatalogue(**ws, io);
    auto result = orders::ResultService(**ws, catalogue).enter(entry);
    if (!result) {
        return fail(io, result.error());
    }
    auto patient = PatientService(**ws).find(result->patientId);
    const QString who = patient ? QStringLiteral("%1 (%2, %3)")
                                      .arg(patient->displayName(), patient->downtimeNumber,
                                           patient->birthDate.toString(Qt::ISODate))
                                : result->patientId;
    const QString flag = orders::shortLabel(result->flag);
    io.out << tr("Recorded %1: %2%3%4 for %5.")
                  .arg(result->test, result->value,
                       result->unit.isEmpty() ? QString() : QLatin1Char(' ') + result->unit,
                       flag.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(flag), who)
           << Qt::endl;
    if (result->critical()) {
        io.out << tr("Critical result: alert %1 stays open until a doctor acknowledges it.")
                      .arg(orders::AlertService::alertIdFor(result->recordId))
               << Qt::endl;
    }
    return ExitOk;
}

} // namespace wp::cli
