#include "ContractInputOptions.h"

#include "OptionValues.h"
#include "theatre/InstanceReader.h"

namespace wp::cli {

ContractInputOptions::ContractInputOptions()
    : m_sessions(QStringLiteral("sessions"), tr("Theatre sessions CSV file."), tr("FILE")),
      m_cases(QStringLiteral("cases"), tr("Cases CSV file."), tr("FILE")),
      m_turnover(QStringLiteral("turnover"), tr("Minutes between two cases in a session (default 15)."),
                 tr("N"))
{}

void ContractInputOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({m_sessions, m_cases, m_turnover});
}

Result<theatre::Instance> ContractInputOptions::read(const QCommandLineParser& parser) const
{
    for (const auto* opt : {&m_sessions, &m_cases}) {
        if (parser.value(*opt).isEmpty()) {
            return Error(tr("--%1 is required.").arg(opt->names().constFirst()), Error::Code::InvalidInput);
        }
    }
    auto turnover = readTurnover(parser);
    if (!turnover) {
        return turnover.error();
    }
    auto instance = theatre::InstanceReader::readFiles(parser.value(m_sessions), parser.value(m_cases),
                                                       static_cast<int>(*turnover));
    if (!instance) {
        return Error(instance.errorMessage(), Error::Code::InvalidInput);
    }
    return instance;
}

Result<qint64> ContractInputOptions::readTurnover(const QCommandLineParser& parser)
{
    return OptionValues(parser).integer(QStringLiteral("turnover"), 0, maximumTurnover, defaultTurnover);
}

} // namespace wp::cli
