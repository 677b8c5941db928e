#include "Proposal.h"

#include <QSet>

namespace wp::theatre {

Proposal Proposal::build(const Schedule& schedule, const Instance& instance,
                         const std::vector<int>& proposedPlan)
{
    Proposal p;
    p.current = schedule.assignment();
    p.proposed = proposedPlan;
    p.before = PlanChecker::evaluate(instance, p.current);
    p.after = PlanChecker::evaluate(instance, p.proposed);
    const int beyond = instance.lastDay() + 1;
    for (int c = 0; c < static_cast<int>(schedule.cases.size()); ++c) {
        const int from = p.current[c];
        const int to = p.proposed[c];
        if (from == to) {
            continue;
        }
        ProposalChange change;
        change.caseId = schedule.cases[c].id;
        change.caseIndex = c;
        change.priority = schedule.cases[c].priority;
        change.kind = to < 0     ? ProposalChange::Kind::Postponed
                      : from < 0 ? ProposalChange::Kind::Scheduled
                                 : ProposalChange::Kind::Moved;
        if (from >= 0) {
            change.fromSession = schedule.sessions[from].id;
            change.fromDate = schedule.sessions[from].date;
        }
        if (to >= 0) {
            change.toSession = schedule.sessions[to].id;
            change.toDate = schedule.sessions[to].date;
        }
        const int day = to >= 0 ? instance.sessions[to].day : beyond;
        change.late = day > instance.deadline(c);
        p.changes.push_back(change);
    }
    return p;
}

std::vector<int> Proposal::merged(const QStringList& acceptedCaseIds) const
{
    if (acceptedCaseIds.isEmpty()) {
        return proposed;
    }
    std::vector<int> result = current;
    const QSet<QString> accepted(acceptedCaseIds.begin(), acceptedCaseIds.end());
    for (const auto& change : changes) {
        if (accepted.contains(change.caseId)) {
            result[change.caseIndex] = proposed[change.caseIndex];
        }
    }
    return result;
}

int Proposal::count(ProposalChange::Kind kind) const
{
    int n = 0;
    for (const auto& change : changes) {
        n += change.kind == kind ? 1 : 0;
    }
    return n;
}

QString Proposal::summary() const
{
    int late = 0;
    for (const auto& change : changes) {
        late += change.late ? 1 : 0;
    }
    return tr("Cost %1 → %2: %3 moved, %4 given a slot, %5 postponed; %6 of these after their deadline.")
        .arg(before.cost)
        .arg(after.cost)
        .arg(count(ProposalChange::Kind::Moved))
        .arg(count(ProposalChange::Kind::Scheduled))
        .arg(count(ProposalChange::Kind::Postponed))
        .arg(late);
}

QString Proposal::kindLabel(ProposalChange::Kind kind)
{
    switch (kind) {
    case ProposalChange::Kind::Moved:
        return tr("moved");
    case ProposalChange::Kind::Scheduled:
        return tr("given a slot");
    case ProposalChange::Kind::Postponed:
        return tr("postponed");
    }
    return {};
}

} // namespace wp::theatre
