#include "CommandRegistry.h"

#include "commands/AlertsAcknowledgeCommand.h"
#include "commands/AlertsListCommand.h"
#include "commands/BackupCommand.h"
#include "commands/BundleConflictsCommand.h"
#include "commands/BundleExportCommand.h"
#include "commands/BundleImportCommand.h"
#include "commands/CheckPlanCommand.h"
#include "commands/DemoCommand.h"
#include "commands/ExportChecklistCommand.h"
#include "commands/ExportCsvCommand.h"
#include "commands/ExportFhirCommand.h"
#include "commands/FhirImportCommand.h"
#include "commands/FormularyImportCommand.h"
#include "commands/HospitalCensusCommand.h"
#include "commands/HospitalFindCommand.h"
#include "commands/HospitalSitrepCommand.h"
#include "commands/HospitalTransfersCommand.h"
#include "commands/HubJoinCommand.h"
#include "commands/HubLeaveCommand.h"
#include "commands/HubStatusCommand.h"
#include "commands/HubSyncCommand.h"
#include "commands/InitCommand.h"
#include "commands/ObservationsExportCommand.h"
#include "commands/ObservationsImportCommand.h"
#include "commands/OrderStepCommand.h"
#include "commands/OrdersAddCommand.h"
#include "commands/OrdersListCommand.h"
#include "commands/PatientsImportCommand.h"
#include "commands/PatientsListCommand.h"
#include "commands/PrintHandoverCommand.h"
#include "commands/PrintKitCommand.h"
#include "commands/PrintLabelsCommand.h"
#include "commands/PrintOrderRequestCommand.h"
#include "commands/PrintSitrepCommand.h"
#include "commands/PrintTransferCommand.h"
#include "commands/PrintTubeLabelsCommand.h"
#include "commands/RescheduleCommand.h"
#include "commands/RestoreCommand.h"
#include "commands/ResultsEnterCommand.h"
#include "commands/ResultsImportCommand.h"
#include "commands/TheatreExportCommand.h"
#include "commands/TheatreImportCommand.h"
#include "commands/TheatrePrintCommand.h"
#include "commands/UsersAddCommand.h"
#include "commands/UsersListCommand.h"
#include "commands/VerifyCommand.h"

// One include and one line per verb; keep both lists sorted.

namespace wp::cli {

CommandRegistry::CommandRegistry()
{
    m_commands.push_back(std::make_unique<AlertsAcknowledgeCommand>());
    m_commands.push_back(std::make_unique<AlertsListCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<BundleConflictsCommand>());
    m_commands.push_back(std::make_unique<BundleExportCommand>());
    m_commands.push_back(std::make_unique<BundleImportCommand>());
    m_commands.push_back(std::make_unique<CheckPlanCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<ExportChecklistCommand>());
    m_commands.push_back(std::make_unique<ExportCsvCommand>());
    m_commands.push_back(std::make_unique<ExportFhirCommand>());
    m_commands.push_back(std::make_unique<FhirImportCommand>());
    m_commands.push_back(std::make_unique<HospitalCensusCommand>());
    m_commands.push_back(std::make_unique<HospitalFindCommand>());
    m_commands.push_back(std::make_unique<HospitalSitrepCommand>());
    m_commands.push_back(std::make_unique<HospitalTransfersCommand>());
    m_commands.push_back(std::make_unique<FormularyImportCommand>());
    m_commands.push_back(std::make_unique<HubJoinCommand>());
    m_commands.push_back(std::make_unique<HubLeaveCommand>());
    m_commands.push_back(std::make_unique<HubStatusCommand>());
    m_commands.push_back(std::make_unique<HubSyncCommand>());
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<ObservationsExportCommand>());
    m_commands.push_back(std::make_unique<ObservationsImportCommand>());
    m_commands.push_back(std::make_unique<OrderStepCommand>(OrderStepCommand::Step::Acknowledge));
    m_commands.push_back(std::make_unique<OrdersAddCommand>());
    m_commands.push_back(std::make_unique<OrderStepCommand>(OrderStepCommand::Step::Cancel));
    m_commands.push_back(std::make_unique<OrderStepCommand>(OrderStepCommand::Step::Collect));
    m_commands.push_back(std::make_unique<OrdersListCommand>());
    m_commands.push_back(std::make_unique<OrderStepCommand>(OrderStepCommand::Step::Receive));
    m_commands.push_back(std::make_unique<PatientsImportCommand>());
    m_commands.push_back(std::make_unique<PatientsListCommand>());
    m_commands.push_back(std::make_unique<PrintHandoverCommand>());
    m_commands.push_back(std::make_unique<PrintKitCommand>());
    m_commands.push_back(std::make_unique<PrintLabelsCommand>());
    m_commands.push_back(std::make_unique<PrintOrderRequestCommand>());
    m_commands.push_back(std::make_unique<PrintSitrepCommand>());
    m_commands.push_back(std::make_unique<PrintTransferCommand>());
    m_commands.push_back(std::make_unique<PrintTubeLabelsCommand>());
    m_commands.push_back(std::make_unique<RescheduleCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
    m_commands.push_back(std::make_unique<ResultsEnterCommand>());
    m_commands.push_back(std::make_unique<ResultsImportCommand>());
    m_commands.push_back(std::make_unique<TheatreExportCommand>());
    m_commands.push_back(std::make_unique<TheatreImportCommand>());
    m_commands.push_back(std::make_unique<TheatrePrintCommand>());
    m_commands.push_back(std::make_unique<UsersAddCommand>());
    m_commands.push_back(std::make_unique<UsersListCommand>());
    m_commands.push_back(std::make_unique<VerifyCommand>());
}

int CommandRegistry::dispatch(const QStringList& arguments, CommandIo& io)
{
    if (arguments.size() < 2 || arguments[1] == QLatin1String("--help") ||
        arguments[1] == QLatin1String("-h") || arguments[1] == QLatin1String("help")) {
        (arguments.size() < 2 ? io.err : io.out) << usage();
        return arguments.size() < 2 ? ExitBadInput : ExitOk;
    }
    if (arguments[1] == QLatin1String("--version")) {
        io.out << QStringLiteral("whiteplan-cli %1\n").arg(QStringLiteral(WHITEPLAN_VERSION));
        return ExitOk;
    }
    // Two-word verbs ("patients import") win over one-word ones.
    const QString two = arguments.size() > 2 ? arguments[1] + QLatin1Char(' ') + arguments[2] : QString();
    for (const auto& c : m_commands) {
        if (!two.isEmpty() && c->name() == two) {
            return c->run(arguments, io);
        }
    }
    for (const auto& c : m_commands) {
        if (c->name() == arguments[1]) {
            return c->run(arguments, io);
        }
    }
    io.err << tr("whiteplan-cli: unknown command \"%1\".").arg(two.isEmpty() ? arguments[1] : two) << '\n'
           << usage();
    return ExitBadInput;
}

QString CommandRegistry::usage() const
{
    QString text = tr("Usage: whiteplan-cli COMMAND [options]\n\nCommands:\n");
    for (const auto& c : m_commands) {
        text += QStringLiteral("  %1%2\n").arg(c->name().leftJustified(24), c->summary());
    }
    text += tr("\nRun \"whiteplan-cli COMMAND --help\" for the options of a command.\n");
    return text;
}

} // namespace wp::cli
