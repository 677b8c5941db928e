#pragma once

#include "Command.h"

namespace wp::cli {

/// `whiteplan-cli orders collect|receive|cancel|acknowledge ORDER --user NAME`: one step of an
/// order's loop, recorded as a record of its own (OrderService). The four verbs differ only in
/// the step and its options (`cancel` needs `--reason`), so they share this class.
class OrderStepCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OrderStepCommand)

public:
    enum class Step { Collect, Receive, Cancel, Acknowledge };
    explicit OrderStepCommand(Step step) : m_step(step) {}

    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;

private:
    Step m_step;
};

} // namespace wp::cli
