#include "CheckPlanCommand.h"

#include "ContractInputOptions.h"
#include "OptionValues.h"
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
    const ContractInputOptions contract;
    contract.addTo(parser);
    const QCommandLineOption planOpt(QStringLiteral("plan"), tr("Plan CSV file to check."), tr("FILE"));
    parser.addOption(planOpt);
    int code = ExitOk;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(io, tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    }
    if (parser.value(planOpt).isEmpty()) {
        return fail(io, tr("--plan FILE is required."));
    }
    auto instance = contract.read(parser);
    if (!instance) {
        return fail(io, instance.error());
    }
    if (auto st = OptionValues::inputFile(parser.value(planOpt), tr("The plan")); !st) {
        return fail(io, st.error());
    }
    auto plan = theatre::PlanFile::read(parser.value(planOpt));
    if (!plan) {
        return fail(io, plan.error().code == Error::Code::Io
                            ? plan.error()
                            : Error(plan.errorMessage(), Error::Code::InvalidInput));
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
    return evaluation.feasible() ? ExitOk : ExitDamaged;
}

} // namespace wp::cli
