#pragma once

#include "Schedule.h"
#include "theatre/PlanChecker.h"

#include <QCoreApplication>

#include <vector>

namespace wp::theatre {

/// One case the engine's plan treats differently from the current plan.
struct ProposalChange
{
    enum class Kind { Moved, Scheduled, Postponed };

    QString caseId;
    int caseIndex = -1;
    int priority = 4;
    Kind kind = Kind::Moved;
    QString fromSession; ///< empty: needed a slot
    QString toSession;   ///< empty: postponed beyond the horizon
    QDate fromDate;
    QDate toDate;
    bool late = false; ///< after its deadline in the proposed plan
};

/// The difference between the current plan and the engine's plan, for review: what moves,
/// what is postponed, what is late, by priority, and the contract's cost before and after.
class Proposal
{
    Q_DECLARE_TR_FUNCTIONS(Proposal)

public:
    static Proposal build(const Schedule& schedule, const Instance& instance,
                          const std::vector<int>& proposed);

    std::vector<int> current;  ///< session index per case (schedule order)
    std::vector<int> proposed; ///< same, from the engine
    std::vector<ProposalChange> changes;
    PlanEvaluation before;
    PlanEvaluation after;

    /// The current plan with the changes of `acceptedCaseIds` (all of them when empty).
    std::vector<int> merged(const QStringList& acceptedCaseIds) const;
    int count(ProposalChange::Kind kind) const;
    /// "12 moved, 8 given a slot, 3 postponed; 5 of these after their deadline. Delay score
    /// 1 234 → 567 (54 % lower)." The contract's cost is called the delay score.
    QString summary() const;
    /// What the delay score counts, in words (the contract's cost, for a theatre manager).
    static QString scoreExplanation();
    /// Why a priority has more late cases in the proposal than now (cases that had no date
    /// get a late one; cases moved after their deadline for more urgent ones); empty when no
    /// priority has more late cases.
    QString lateExplanation() const;
    /// `cost` with the locale's digit grouping: "209 075".
    static QString score(qint64 cost);
    static QString kindLabel(ProposalChange::Kind kind);
};

} // namespace wp::theatre
