#pragma once

#include "PrintCommand.h"

namespace wp::cli {

/// `whiteplan-cli print order-request --order N`: the request that goes with the specimen or to imaging.
class PrintOrderRequestCommand : public PrintCommand
{
    Q_DECLARE_TR_FUNCTIONS(PrintOrderRequestCommand)

public:
    QString name() const override { return QStringLiteral("print order-request"); }
    QString summary() const override;

protected:
    printing::PrintKind kind() const override { return printing::PrintKind::OrderRequest; }
    void addOptions(QCommandLineParser& parser) const override;
    Result<printing::PrintRequest> request(const QCommandLineParser& parser) const override;
};

} // namespace wp::cli
