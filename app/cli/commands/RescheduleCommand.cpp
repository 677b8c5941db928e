#include "RescheduleCommand.h"

#include "ContractInputOptions.h"
#include "OptionValues.h"
#include "theatre/Plan.h"
#include "theatre/PlanChecker.h"
#include "theatre/PlanFile.h"
#include "theatre/PlanReport.h"
#include "theatre/Planner.h"

namespace wp::cli {

QString RescheduleCommand::summary() const
{
    return tr("Plan theatre cases into the open sessions (sessions.csv, cases.csv to plan.csv).");
}

int RescheduleCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    const ContractInputOptions contract;
    contract.addTo(parser);
    const QCommandLineOption limitOpt(QStringLiteral("time-limit"),
                                      tr("Stop searching after SECONDS at the latest (default 60)."),
                                      tr("SECONDS"));
    const QCommandLineOption outOpt(QStringLiteral("out"), tr("Plan CSV file to write."), tr("FILE"));
    parser.addOptions({limitOpt, outOpt});
    int code = ExitOk;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(io, tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    }
    if (parser.value(outOpt).isEmpty()) {
        return fail(io, tr("--out FILE is required."));
    }
    // A day at most: beyond that the search is as good as it gets, and a huge value would overflow
    // the planner's deadline arithmetic.
    const auto limit = OptionValues(parser).number(QStringLiteral("time-limit"), 0.0, 86400.0, 60.0);
    if (!limit) {
        return fail(io, limit.error());
    }
    auto instance = contract.read(parser);
    if (!instance) {
        return fail(io, instance.error());
    }
    theatre::PlannerOptions options;
    options.timeLimitSeconds = *limit;
    const theatre::PlannerResult result = theatre::Planner::solve(*instance, options);
    const theatre::Plan plan = theatre::Plan::fromAssignment(*instance, result.sessionOf);
    // The independent checker vets the engine's plan before anyone relies on it.
    const theatre::PlanEvaluation evaluation = theatre::PlanChecker::check(*instance, plan);
    if (!evaluation.feasible()) {
        return fail(io,
                    tr("internal error: the plan found breaks a constraint:\n%1")
                        .arg(theatre::PlanReport::violations(evaluation)),
                    ExitIoFailure);
    }
    if (auto written = theatre::PlanFile::write(plan, parser.value(outOpt)); !written) {
        return fail(io, written.error());
    }
    io.out << tr("Plan written to %1 (%2 cases, %3 sessions).")
                  .arg(parser.value(outOpt))
                  .arg(instance->cases.size())
                  .arg(instance->sessions.size())
           << '\n';
    io.out << theatre::PlanReport::costTable(evaluation);
    io.out << tr("Lower bound: %1").arg(result.lowerBound) << '\n';
    io.out << (result.provenOptimal ? tr("Gap: 0.00 % (optimal)")
                                    : tr("Gap: %1 %").arg(result.gapPercent(), 0, 'f', 2))
           << '\n';
    io.out << tr("Earliest-deadline first-fit would cost: %1").arg(result.baselineCost) << '\n';
    io.out << tr("Time: %1 s").arg(result.seconds, 0, 'f', 2) << '\n';
    if (result.timedOut) {
        io.out << tr("The time limit stopped the search: a longer limit may find a better plan.") << '\n';
    }
    io.out.flush();
    return ExitOk;
}

} // namespace wp::cli
