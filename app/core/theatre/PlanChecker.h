#pragma once

#include "Plan.h"

#include <QCoreApplication>

#include <array>
#include <vector>

namespace wp::theatre {

/// A broken hard constraint, numbered as in the contract (1 to 8).
struct Violation
{
    int constraint = 0;
    QString message;
};

/// Cost parts of one priority class. "late" counts scheduled cases operated after their
/// deadline; postponed cases are counted apart.
struct PriorityBreakdown
{
    int cases = 0;
    int scheduled = 0;
    int late = 0;
    int postponed = 0;
    int moved = 0; ///< not in their open original session (postponed ones included)
    qint64 waitCost = 0;
    qint64 lateCost = 0;
    qint64 postponeCost = 0;
    qint64 moveCost = 0;
    qint64 total() const { return waitCost + lateCost + postponeCost + moveCost; }
};

/// Everything check-plan reports about a plan.
struct PlanEvaluation
{
    std::vector<Violation> violations;             ///< every broken constraint, by constraint number
    std::array<PriorityBreakdown, 4> byPriority{}; ///< P1 to P4
    qint64 cost = 0;
    bool feasible() const { return violations.empty(); }
};

/// Checks a plan against every hard constraint of the contract and computes its cost.
/// Independent of the planner on purpose: it re-derives everything from the plan rows.
class PlanChecker
{
    Q_DECLARE_TR_FUNCTIONS(PlanChecker)

public:
    static PlanEvaluation check(const Instance& instance, const Plan& plan);
    /// Cost and breakdown only, for an assignment (session index per case, -1 postponed).
    static PlanEvaluation evaluate(const Instance& instance, const std::vector<int>& sessionOf);
};

} // namespace wp::theatre
