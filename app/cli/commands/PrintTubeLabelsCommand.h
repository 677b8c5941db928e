#pragma once

#include "PrintCommand.h"

namespace wp::cli {

/// `whiteplan-cli print tube-labels --order N`: one label per tube type of a laboratory order.
class PrintTubeLabelsCommand : public PrintCommand
{
    Q_DECLARE_TR_FUNCTIONS(PrintTubeLabelsCommand)

public:
    QString name() const override { return QStringLiteral("print tube-labels"); }
    QString summary() const override;

protected:
    printing::PrintKind kind() const override { return printing::PrintKind::TubeLabels; }
    void addOptions(QCommandLineParser& parser) const override;
    Result<printing::PrintRequest> request(const QCommandLineParser& parser) const override;
};

} // namespace wp::cli
