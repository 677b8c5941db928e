#pragma once

#include "PrintCommand.h"

namespace wp::cli {

/// `whiteplan-cli print handover`.
class PrintHandoverCommand : public PrintCommand
{
    Q_DECLARE_TR_FUNCTIONS(PrintHandoverCommand)

public:
    QString name() const override { return QStringLiteral("print handover"); }
    QString summary() const override;

protected:
    printing::PrintKind kind() const override { return printing::PrintKind::Handover; }
    void addOptions(QCommandLineParser& parser) const override;
    Result<printing::PrintRequest> request(const QCommandLineParser& parser) const override;
};

} // namespace wp::cli
