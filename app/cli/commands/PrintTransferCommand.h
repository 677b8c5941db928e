#pragma once

#include "PrintCommand.h"

namespace wp::cli {

/// `whiteplan-cli print transfer`.
class PrintTransferCommand : public PrintCommand
{
    Q_DECLARE_TR_FUNCTIONS(PrintTransferCommand)

public:
    QString name() const override { return QStringLiteral("print transfer"); }
    QString summary() const override;

protected:
    printing::PrintKind kind() const override { return printing::PrintKind::Transfer; }
    void addOptions(QCommandLineParser& parser) const override;
    Result<printing::PrintRequest> request(const QCommandLineParser& parser) const override;
};

} // namespace wp::cli
