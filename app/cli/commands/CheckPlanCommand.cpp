#include "CheckPlanCommand.h"

#include "theatre/InstanceReader.h"
#include "theatre/PlanChecker.h"
#include "theatre/PlanFile.h"
#include "theatre/PlanReport.h"

namespace wp::cli {

QString CheckPlanCommand::summary() const
{
    return tr("Check a theatre plan against the hard constraints and print its cost.");
}

int CheckPlanCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    const QCommandLineOption sessionsOpt(QStringLiteral("sessions"), tr("Theatre sessions CSV file."),
                                         tr("FILE"));
    const QCommandLineOption casesOpt(QStringLiteral("cases"), tr("Cases CSV file."), tr("FILE"));
    const QCommandLineOption planOpt(QStringLiteral("plan"), tr("Plan CSV file to check."), tr("FILE"));
    const QCommandLineOption turnoverOpt(QStringLiteral("turnover"),
                                         tr("Minutes between two cases in a session (default 15)."), tr("N"),
                                         QStringLiteral("15"));
    parser.addOptions({sessionsOpt, casesOpt, planOpt, turnoverOpt});
    int code = ExitOk;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(io, tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    }
    for (const auto* opt : {&sessionsOpt, &casesOpt, &planOpt}) {
        if (parser.value(*opt).isEmpty()) {
            return fail(io, tr("--%1 is required.").arg(opt->names().constFirst()));
        }
    }
    bool ok = false;
    const int turnover = parser.value(turnoverOpt).toInt(&ok);
    if (!ok || turnover < 0 || turnover > 1440) {
        return fail(io, tr("--turnover expects whole minutes from 0 to 1440."));
    }
    auto instance =
        theatre::InstanceReader::readFiles(parser.value(sessionsOpt), parser.value(casesOpt), turnover);
    if (!instance) {
        return fail(io, instance.errorMessage());
    }
    auto plan = theatre::PlanFile::read(parser.value(planOpt));
    if (!plan) {
        return fail(io, plan.errorMessage());
    }
    const theatre::PlanEvaluation evaluation = theatre::PlanChecker::check(*instance, *plan);
    if (evaluation.feasible()) {
        io.out << tr("The plan is feasible.") << '\n';
    } else {
        io.out << tr("The plan is infeasible: %n violated constraint(s).", nullptr,
                     static_cast<int>(evaluation.violations.size()))
               << '\n'
               << theatre::PlanReport::violations(evaluation);
    }
    io.out << theatre::PlanReport::costTable(evaluation);
    io.out.flush();
    return evaluation.feasible() ? ExitOk : ExitFailure;
}

} // namespace wp::cli
