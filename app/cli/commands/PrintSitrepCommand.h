#pragma once

#include "PrintCommand.h"

namespace wp::cli {

/// `whiteplan-cli print sitrep`.
class PrintSitrepCommand : public PrintCommand
{
    Q_DECLARE_TR_FUNCTIONS(PrintSitrepCommand)

public:
    QString name() const override { return QStringLiteral("print sitrep"); }
    QString summary() const override;

protected:
    printing::PrintKind kind() const override { return printing::PrintKind::Sitrep; }
    void addOptions(QCommandLineParser& parser) const override;
    Result<printing::PrintRequest> request(const QCommandLineParser& parser) const override;
};

} // namespace wp::cli
