#include "MoveChecker.h"

#include "theatre/PlanChecker.h"
#include "theatre/PlanFile.h"

#include <algorithm>

namespace wp::theatre {

QString MoveChecker::explain(const Schedule& schedule, const Instance& instance, int c, int s)
{
    const ScheduleCase& k = schedule.cases[c];
    const QString current = k.bookedSession;
    if (k.locked && (s < 0 || schedule.sessions[s].id != current)) {
        return tr("Case %1 is locked in its session: unlock it first.").arg(k.id);
    }
    if (s < 0) {
        return {};
    }
    const ScheduleSession& target = schedule.sessions[s];
    if (!target.open) {
        return target.closureReason.isEmpty()
                   ? tr("Session %1 is closed.").arg(target.id)
                   : tr("Session %1 is closed: %2.").arg(target.id, target.closureReason);
    }
    if (!target.servesAnySpecialty() && target.specialty != k.specialty) {
        return tr("Session %1 serves %2; case %3 is %4.").arg(target.id, target.specialty, k.id, k.specialty);
    }
    if (target.date < k.listed) {
        return tr("Case %1 was put on the list on %2, after that session.")
            .arg(k.id, k.listed.toString(Qt::ISODate));
    }
    if (k.earliest && target.date < *k.earliest) {
        return tr("Case %1 may not be operated before %2.").arg(k.id, k.earliest->toString(Qt::ISODate));
    }
    int used = 0;
    int count = 0;
    for (int o = 0; o < static_cast<int>(schedule.cases.size()); ++o) {
        if (o == c || schedule.cases[o].bookedSession.isEmpty()) {
            continue;
        }
        const ScheduleCase& other = schedule.cases[o];
        const ScheduleSession* os = schedule.session(other.bookedSession);
        if (os == nullptr) {
            continue;
        }
        if (os->id == target.id) {
            used += other.duration;
            ++count;
        }
        if (other.surgeon == k.surgeon && os->id != target.id && os->date == target.date &&
            os->start < target.end && target.start < os->end) {
            return tr("%1 operates in %2 at that time (%3, %4–%5).")
                .arg(k.surgeon, os->theatre, os->id, PlanFile::formatTime(os->start),
                     PlanFile::formatTime(os->end));
        }
        if (other.patientRef == k.patientRef && os->date == target.date) {
            return tr("Patient %1 already has an operation that day (case %2 in %3).")
                .arg(k.patientLabel(), other.id, os->id);
        }
    }
    const int needed = used + k.duration + count * schedule.turnover;
    if (needed > target.length()) {
        const int free = std::max(0, target.length() - used - count * schedule.turnover);
        return tr("Session %1 has %2 minutes left; case %3 needs %4 (with %5 minutes of turnover).")
            .arg(target.id)
            .arg(free)
            .arg(k.id)
            .arg(k.duration + (count > 0 ? schedule.turnover : 0))
            .arg(schedule.turnover);
    }
    // The contract's checker on the would-be plan, limited to what concerns this case.
    std::vector<int> sessionOf = schedule.assignment();
    sessionOf[c] = s;
    const PlanEvaluation evaluation = PlanChecker::check(instance, Plan::fromAssignment(instance, sessionOf));
    const QString quoted = QLatin1Char('"') + k.id + QLatin1Char('"');
    for (const auto& v : evaluation.violations) {
        if (v.message.contains(quoted)) {
            return v.message;
        }
    }
    return {};
}

} // namespace wp::theatre
