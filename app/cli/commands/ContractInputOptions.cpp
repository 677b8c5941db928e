#include "ContractInputOptions.h"

#include "theatre/InstanceReader.h"

namespace wp::cli {

ContractInputOptions::ContractInputOptions()
    : m_sessions(QStringLiteral("sessions"), tr("Theatre sessions CSV file."), tr("FILE")),
      m_cases(QStringLiteral("cases"), tr("Cases CSV file."), tr("FILE")),
      m_turnover(QStringLiteral("turnover"), tr("Minutes between two cases in a session (default 15)."),
                 tr("N"), QStringLiteral("15"))
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
    bool ok = false;
    const int turnover = parser.value(m_turnover).toInt(&ok);
    if (!ok || turnover < 0 || turnover > 1440) {
        return Error(tr("--turnover expects whole minutes from 0 to 1440."), Error::Code::InvalidInput);
    }
    auto instance =
        theatre::InstanceReader::readFiles(parser.value(m_sessions), parser.value(m_cases), turnover);
    if (!instance) {
        return Error(instance.errorMessage(), Error::Code::InvalidInput);
    }
    return instance;
}

} // namespace wp::cli
