#include "SessionOrder.h"

#include "MoveChecker.h"
#include "theatre/PlanChecker.h"
#include "theatre/PlanFile.h"

#include <QSet>

#include <algorithm>

namespace wp::theatre {

int SessionOrder::positionForTime(const Schedule& schedule, int c, int s, int time)
{
    int position = 0;
    for (int o : schedule.casesIn(s)) {
        if (o == c) {
            continue;
        }
        const ScheduleCase& k = schedule.cases[o];
        if (k.bookedStart + k.duration / 2 >= time) {
            break;
        }
        ++position;
    }
    return position;
}

void SessionOrder::pack(Schedule& schedule, int s, const std::vector<int>& order, int fixed, int fixedStart)
{
    const ScheduleSession& session = schedule.sessions[s];
    int t = session.start;
    for (int o : order) {
        ScheduleCase& k = schedule.cases[o];
        if (o == fixed && fixedStart > t) {
            t = fixedStart;
        }
        k.bookedSession = session.id;
        k.bookedStart = t;
        t += k.duration + schedule.turnover;
    }
}

QString SessionOrder::place(Schedule& schedule, const Instance& instance, int c, int s, int position,
                            int start, bool fullCheck)
{
    if (c < 0 || c >= static_cast<int>(schedule.cases.size()) || s < 0 ||
        s >= static_cast<int>(schedule.sessions.size())) {
        return tr("There is no such case or session.");
    }
    if (const QString why = MoveChecker::explain(schedule, instance, c, s); !why.isEmpty()) {
        return why;
    }
    const ScheduleSession& target = schedule.sessions[s];
    if (start >= 0 && (start < target.start || start >= target.end)) {
        return tr("Session %1 runs from %2 to %3: %4 is outside it.")
            .arg(target.id, PlanFile::formatTime(target.start), PlanFile::formatTime(target.end),
                 PlanFile::formatTime(start));
    }
    Schedule after = schedule;
    const int from = after.sessionIndex(after.cases[c].bookedSession);
    std::vector<int> order;
    for (int o : after.casesIn(s)) {
        if (o != c) {
            order.push_back(o);
        }
    }
    position = std::clamp(position, 0, static_cast<int>(order.size()));
    order.insert(order.begin() + position, c);
    pack(after, s, order, c, start);
    if (from >= 0 && from != s) {
        std::vector<int> left = after.casesIn(from);
        left.erase(std::remove(left.begin(), left.end(), c), left.end());
        pack(after, from, left);
    }
    const ScheduleCase& last = after.cases[order.back()];
    const int end = last.bookedStart + last.duration;
    if (end > target.end) {
        const ScheduleCase& k = after.cases[c];
        if (order.back() == c) {
            return tr("Case %1 would end at %2, after session %3 ends (%4).")
                .arg(k.id, PlanFile::formatTime(end), target.id, PlanFile::formatTime(target.end));
        }
        return tr("Case %1 at %2 would push case %3 to end at %4, after session %5 ends (%6).")
            .arg(k.id, PlanFile::formatTime(k.bookedStart), last.id, PlanFile::formatTime(end), target.id,
                 PlanFile::formatTime(target.end));
    }
    if (!fullCheck) {
        schedule = std::move(after);
        return {};
    }
    // The contract's checker has the last word: nothing new may break.
    QSet<QString> known;
    for (const auto& v : PlanChecker::check(instance, schedule.plan()).violations) {
        known.insert(v.message);
    }
    for (const auto& v : PlanChecker::check(instance, after.plan()).violations) {
        if (!known.contains(v.message)) {
            return v.message;
        }
    }
    schedule = std::move(after);
    return {};
}

} // namespace wp::theatre
