#include "Proposal.h"

#include <QLocale>
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

QString Proposal::score(qint64 cost)
{
    return QLocale().toString(cost);
}

QString Proposal::summary() const
{
    int late = 0;
    for (const auto& change : changes) {
        late += change.late ? 1 : 0;
    }
    QString text = tr("%1 moved, %2 given a slot, %3 postponed; %4 of these after their deadline.")
                       .arg(count(ProposalChange::Kind::Moved))
                       .arg(count(ProposalChange::Kind::Scheduled))
                       .arg(count(ProposalChange::Kind::Postponed))
                       .arg(late);
    if (before.cost > 0 && after.cost < before.cost) {
        const int percent = static_cast<int>((before.cost - after.cost) * 100 / before.cost);
        text +=
            QLatin1Char(' ') +
            tr("Delay score %1 → %2 (%3 % lower).").arg(score(before.cost), score(after.cost)).arg(percent);
    } else {
        text += QLatin1Char(' ') + tr("Delay score %1 → %2.").arg(score(before.cost), score(after.cost));
    }
    return text;
}

QString Proposal::scoreExplanation()
{
    return tr("The delay score adds up, for every case, the days it waits weighted by its priority (a day "
              "counts 50 for P1, 10 for P2, 3 for P3 and 1 for P4), ten times as much for each day past "
              "its deadline, 30 days' worth for a case left without a date, and 2 for each booking "
              "moved. Lower is better.");
}

QString Proposal::lateExplanation() const
{
    bool rises = false;
    for (std::size_t p = 0; p < before.byPriority.size(); ++p) {
        rises = rises || after.byPriority[p].late > before.byPriority[p].late;
    }
    if (!rises) {
        return {};
    }
    int dated = 0;  // had no date, now have a late one
    int pushed = 0; // had a date, now a later one past the deadline
    for (const auto& change : changes) {
        if (change.late && change.kind == ProposalChange::Kind::Scheduled) {
            ++dated;
        } else if (change.late && change.kind == ProposalChange::Kind::Moved) {
            ++pushed;
        }
    }
    QStringList parts{tr("Why more cases are late: \"late\" counts only cases that have a date; those "
                         "without one are counted as postponed.")};
    if (dated > 0) {
        parts << tr("%n case(s) had no date (their session was closed, or they were never booked) and "
                    "now get one after their deadline: the earliest slot left once the theatres closed, "
                    "the most urgent first. A late date is better than none.",
                    nullptr, dated);
    }
    if (pushed > 0) {
        parts << tr("%n case(s) move after their deadline to make room for more urgent ones.", nullptr,
                    pushed);
    }
    return parts.join(QLatin1Char(' '));
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
