#pragma once

#include "PrintCommand.h"

namespace wp::cli {

/// `whiteplan-cli print labels`.
class PrintLabelsCommand : public PrintCommand
{
    Q_DECLARE_TR_FUNCTIONS(PrintLabelsCommand)

public:
    QString name() const override { return QStringLiteral("print labels"); }
    QString summary() const override;

protected:
    printing::PrintKind kind() const override { return printing::PrintKind::Labels; }
    void addOptions(QCommandLineParser& parser) const override;
    Result<printing::PrintRequest> request(const QCommandLineParser& parser) const override;
};

} // namespace wp::cli
