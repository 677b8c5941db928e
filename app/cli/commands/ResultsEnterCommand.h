#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli results enter --order ID --test CODE --value V [--unit U]
/// [--via paper|phone|lab] [--caller NAME --read-back V --identity-confirmed]
/// [--at YYYY-MM-DDTHH:MM] --user NAME`: one result, checked against the catalogue as on
/// screen; a phoned result needs its caller, the value read back and the patient confirmed.
class ResultsEnterCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ResultsEnterCommand)

public:
    QString name() const override { return QStringLiteral("results enter"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace wp::cli
