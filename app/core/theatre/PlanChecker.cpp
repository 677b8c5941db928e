#include "PlanChecker.h"

#include "PlanFile.h"

#include <algorithm>
#include <map>
#include <set>

namespace wp::theatre {

namespace {

QString isoDate(const Instance& instance, int s)
{
    return instance.sessions[s].date.toString(Qt::ISODate);
}

} // namespace

PlanEvaluation PlanChecker::evaluate(const Instance& instance, const std::vector<int>& sessionOf)
{
    PlanEvaluation ev;
    for (int c = 0; c < static_cast<int>(instance.cases.size()); ++c) {
        const Case& k = instance.cases[c];
        const int s = sessionOf[c];
        PriorityBreakdown& b = ev.byPriority[k.priority - 1];
        const qint64 w = Instance::weight(k.priority);
        const int day = s >= 0 ? instance.sessions[s].day : instance.lastDay() + 1;
        const qint64 wait = std::max(0, day - instance.release(c));
        const qint64 late = std::max(0, day - instance.deadline(c));
        ++b.cases;
        b.waitCost += w * wait;
        b.lateCost += 10 * w * late;
        if (s < 0) {
            ++b.postponed;
            b.postponeCost += 30 * w;
        } else {
            ++b.scheduled;
            if (late > 0) {
                ++b.late;
            }
        }
        if (k.originalSession >= 0 && instance.sessions[k.originalSession].open && k.originalSession != s) {
            ++b.moved;
            b.moveCost += 2;
        }
    }
    for (const auto& b : ev.byPriority) {
        ev.cost += b.total();
    }
    return ev;
}

PlanEvaluation PlanChecker::check(const Instance& instance, const Plan& plan)
{
    std::vector<Violation> v;
    const auto add = [&v](int constraint, const QString& message) {
        v.push_back({constraint, message});
    };
    const int nCases = static_cast<int>(instance.cases.size());

    // 1. Every case exactly once, nothing unknown.
    std::vector<std::vector<int>> rowsOf(nCases);
    for (const PlanEntry& e : plan.entries) {
        const int c = instance.caseIndex(e.caseId);
        if (c < 0) {
            add(1, tr("Plan line %1: case \"%2\" is not in the cases file.").arg(e.line).arg(e.caseId));
        } else {
            rowsOf[c].push_back(e.line);
        }
    }
    std::vector<const PlanEntry*> entryOf(nCases, nullptr);
    for (const PlanEntry& e : plan.entries) {
        const int c = instance.caseIndex(e.caseId);
        if (c >= 0 && !entryOf[c]) {
            entryOf[c] = &e;
        }
    }
    for (int c = 0; c < nCases; ++c) {
        if (rowsOf[c].empty()) {
            add(1, tr("Case \"%1\" is missing from the plan.").arg(instance.cases[c].id));
        } else if (rowsOf[c].size() > 1) {
            QStringList lines;
            for (int l : rowsOf[c]) {
                lines << QString::number(l);
            }
            add(1, tr("Case \"%1\" appears %2 times (plan lines %3).")
                       .arg(instance.cases[c].id)
                       .arg(rowsOf[c].size())
                       .arg(lines.join(QStringLiteral(", "))));
        }
    }

    // 2-4 and 8, case by case.
    std::vector<int> sessionOf(nCases, -1);
    for (int c = 0; c < nCases; ++c) {
        const Case& k = instance.cases[c];
        const PlanEntry* e = entryOf[c];
        int s = -1;
        if (e && !e->sessionId.isEmpty()) {
            s = instance.sessionIndex(e->sessionId);
            if (s < 0) {
                add(2, tr("Case \"%1\" is booked in session \"%2\", which does not exist.")
                           .arg(k.id, e->sessionId));
            } else if (!instance.sessions[s].open) {
                add(2,
                    tr("Case \"%1\" is booked in session \"%2\", which is closed.").arg(k.id, e->sessionId));
            }
        }
        if (s >= 0) {
            const Session& x = instance.sessions[s];
            if (!x.servesAnySpecialty() && x.specialty != k.specialty) {
                add(3, tr("Case \"%1\" (specialty \"%2\") is in session \"%3\", which serves \"%4\".")
                           .arg(k.id, k.specialty, x.id, x.specialty));
            }
            if (x.day < k.listed.toJulianDay()) {
                add(4, tr("Case \"%1\" is operated on %2, before its listed date %3.")
                           .arg(k.id, isoDate(instance, s), k.listed.toString(Qt::ISODate)));
            }
            if (k.earliest && x.day < k.earliest->toJulianDay()) {
                add(4, tr("Case \"%1\" is operated on %2, before its earliest date %3.")
                           .arg(k.id, isoDate(instance, s), k.earliest->toString(Qt::ISODate)));
            }
        }
        if (k.locked && s != k.originalSession) {
            add(8, tr("Case \"%1\" is locked in session \"%2\" but the plan puts it %3.")
                       .arg(k.id, instance.sessions[k.originalSession].id,
                            s >= 0 ? tr("in session \"%1\"").arg(instance.sessions[s].id) : tr("nowhere")));
        }
        sessionOf[c] = s;
    }

    // 5. Sequencing inside each session.
    std::vector<std::vector<int>> members(instance.sessions.size());
    for (int c = 0; c < nCases; ++c) {
        if (sessionOf[c] >= 0) {
            members[sessionOf[c]].push_back(c);
        }
    }
    for (int s = 0; s < static_cast<int>(members.size()); ++s) {
        auto& list = members[s];
        if (list.empty()) {
            continue;
        }
        const Session& x = instance.sessions[s];
        std::sort(list.begin(), list.end(), [&](int a, int b) {
            return entryOf[a]->start != entryOf[b]->start ? entryOf[a]->start < entryOf[b]->start : a < b;
        });
        const int first = list.front();
        if (entryOf[first]->start < x.start) {
            add(5, tr("Case \"%1\" starts at %2, before the start %3 of session \"%4\".")
                       .arg(instance.cases[first].id, PlanFile::formatTime(entryOf[first]->start),
                            PlanFile::formatTime(x.start), x.id));
        }
        for (size_t i = 0; i < list.size(); ++i) {
            const int c = list[i];
            const int end = entryOf[c]->start + instance.cases[c].duration;
            if (end > x.end) {
                add(5, tr("Case \"%1\" ends at %2, after the end %3 of session \"%4\".")
                           .arg(instance.cases[c].id, PlanFile::formatTime(end), PlanFile::formatTime(x.end),
                                x.id));
            }
            if (i + 1 < list.size()) {
                const int next = list[i + 1];
                if (entryOf[next]->start < end + instance.turnover) {
                    add(5, tr("Case \"%1\" starts at %2 in session \"%3\", less than %4 minutes after case "
                              "\"%5\" "
                              "ends at %6.")
                               .arg(instance.cases[next].id, PlanFile::formatTime(entryOf[next]->start), x.id)
                               .arg(instance.turnover)
                               .arg(instance.cases[c].id, PlanFile::formatTime(end)));
                }
            }
        }
    }

    // 6. A surgeon in two overlapping sessions.
    std::map<int, std::map<int, int>> sessionsOfSurgeon; // surgeon -> session -> a case there
    for (int c = 0; c < nCases; ++c) {
        if (sessionOf[c] >= 0) {
            sessionsOfSurgeon[instance.cases[c].surgeonIndex].emplace(sessionOf[c], c);
        }
    }
    for (const auto& [surgeon, used] : sessionsOfSurgeon) {
        for (auto a = used.begin(); a != used.end(); ++a) {
            for (auto b = std::next(a); b != used.end(); ++b) {
                if (instance.sessions[a->first].overlaps(instance.sessions[b->first])) {
                    add(6, tr("Surgeon \"%1\" has case \"%2\" in session \"%3\" and case \"%4\" in the "
                              "overlapping "
                              "session \"%5\" on %6.")
                               .arg(instance.cases[a->second].surgeon, instance.cases[a->second].id,
                                    instance.sessions[a->first].id, instance.cases[b->second].id,
                                    instance.sessions[b->first].id, isoDate(instance, a->first)));
                }
            }
        }
    }

    // 7. One case per patient and day.
    std::map<std::pair<int, int>, std::vector<int>> casesOfPatientDay;
    for (int c = 0; c < nCases; ++c) {
        if (sessionOf[c] >= 0) {
            casesOfPatientDay[{instance.cases[c].patientIndex, instance.sessions[sessionOf[c]].day}]
                .push_back(c);
        }
    }
    for (const auto& [key, list] : casesOfPatientDay) {
        if (list.size() > 1) {
            QStringList ids;
            for (int c : list) {
                ids << QStringLiteral("\"%1\"").arg(instance.cases[c].id);
            }
            add(7, tr("Patient \"%1\" has %2 cases on %3: %4.")
                       .arg(instance.cases[list.front()].patient)
                       .arg(list.size())
                       .arg(isoDate(instance, sessionOf[list.front()]), ids.join(QStringLiteral(", "))));
        }
    }

    std::stable_sort(v.begin(), v.end(),
                     [](const Violation& a, const Violation& b) { return a.constraint < b.constraint; });
    // Cost as the contract defines it, even for an infeasible plan: day(c) is the date of the
    // session the plan names; a session that does not exist counts as postponed.
    PlanEvaluation ev = evaluate(instance, sessionOf);
    ev.violations = std::move(v);
    return ev;
}

} // namespace wp::theatre
