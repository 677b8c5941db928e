#pragma once

#include "PrintCommand.h"

namespace wp::cli {

/// `whiteplan-cli print kit`.
class PrintKitCommand : public PrintCommand
{
    Q_DECLARE_TR_FUNCTIONS(PrintKitCommand)

public:
    QString name() const override { return QStringLiteral("print kit"); }
    QString summary() const override;

protected:
    printing::PrintKind kind() const override { return printing::PrintKind::Kit; }
    void addOptions(QCommandLineParser& parser) const override;
    Result<printing::PrintRequest> request(const QCommandLineParser& parser) const override;
};

} // namespace wp::cli
