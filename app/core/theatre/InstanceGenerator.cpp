#include "InstanceGenerator.h"

#include "PlanFile.h"
#include "Random.h"
#include "csv/CsvWriter.h"

#include <QStringList>

#include <map>
#include <set>
#include <vector>

namespace wp::theatre {

namespace {

struct GenSession
{
    QString id;
    int theatre;
    int day; // offset from the first day
    int start;
    int end;
    QString specialty;
    bool open;
};

const char* const kSpecialties[] = {"ORTH", "GEN", "URO", "GYN", "ENT", "OPH"};
constexpr int kSpecialtyCount = 6;

} // namespace

InstanceGenerator::Files InstanceGenerator::generate(const Parameters& p)
{
    Random random(p.seed * 0x2545F4914F6CDD1DULL + 7);
    std::vector<GenSession> sessions;
    for (int week = 0; week < p.weeks; ++week) {
        for (int weekday = 0; weekday < 5; ++weekday) {
            const int day = week * 7 + weekday;
            for (int t = 0; t < p.theatres; ++t) {
                const QString specialty = QString::fromLatin1(kSpecialties[t % kSpecialtyCount]);
                const auto add = [&](int start, int end) {
                    GenSession s;
                    s.id = QStringLiteral("S%1").arg(sessions.size() + 1, 4, 10, QLatin1Char('0'));
                    s.theatre = t;
                    s.day = day;
                    s.start = start;
                    s.end = end;
                    s.specialty = random.chance(0.08) ? QStringLiteral("*") : specialty;
                    s.open = !random.chance(p.closedShare);
                    sessions.push_back(s);
                };
                if (random.chance(0.2)) {
                    add(8 * 60, 17 * 60 + 30);
                } else {
                    add(8 * 60, 12 * 60 + 30);
                    add(13 * 60 + 30, 18 * 60);
                }
            }
        }
    }
    const int horizonDays = p.weeks * 7;

    // Cases follow the theatres' specialties so each specialty is short of time alike.
    std::vector<int> theatresOf(kSpecialtyCount, 0);
    for (int t = 0; t < p.theatres; ++t) {
        ++theatresOf[t % kSpecialtyCount];
    }
    std::vector<int> specialtyPool;
    for (int sp = 0; sp < kSpecialtyCount; ++sp) {
        for (int i = 0; i < theatresOf[sp]; ++i) {
            specialtyPool.push_back(sp);
        }
    }
    // About three lists a week per surgeon in their specialty's theatres.
    std::vector<int> surgeonsOf(kSpecialtyCount, 0);
    for (int sp = 0; sp < kSpecialtyCount; ++sp) {
        surgeonsOf[sp] = std::max(2, theatresOf[sp] * 3);
    }
    static const int durations[] = {30, 45, 60, 60, 75, 90, 90, 120, 120, 150, 180, 240};
    const int durationCount = static_cast<int>(sizeof(durations) / sizeof(durations[0]));

    CsvWriter sessionsCsv;
    sessionsCsv.addRow({QStringLiteral("session_id"), QStringLiteral("theatre"), QStringLiteral("date"),
                        QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("specialty"),
                        QStringLiteral("status")});
    for (const GenSession& s : sessions) {
        sessionsCsv.addRow({s.id, QStringLiteral("T%1").arg(s.theatre + 1),
                            p.firstDay.addDays(s.day).toString(Qt::ISODate), PlanFile::formatTime(s.start),
                            PlanFile::formatTime(s.end), s.specialty,
                            s.open ? QStringLiteral("open") : QStringLiteral("closed")});
    }

    CsvWriter casesCsv;
    casesCsv.addRow({QStringLiteral("case_id"), QStringLiteral("patient_id"), QStringLiteral("surgeon_id"),
                     QStringLiteral("specialty"), QStringLiteral("procedure"), QStringLiteral("duration_min"),
                     QStringLiteral("priority"), QStringLiteral("listed_date"),
                     QStringLiteral("earliest_date"), QStringLiteral("deadline"),
                     QStringLiteral("original_session"), QStringLiteral("locked")});
    std::vector<int> lockedLoad(sessions.size(), 0);
    std::set<std::pair<QString, int>> lockedPatientDays;
    std::map<QString, std::vector<int>> lockedSurgeonSessions;
    std::vector<std::pair<QString, int>> patients; // id, specialty
    for (int i = 0; i < p.cases; ++i) {
        const int sp = specialtyPool[random.below(static_cast<int>(specialtyPool.size()))];
        const QString specialty = QString::fromLatin1(kSpecialties[sp]);
        QString patient = QStringLiteral("PAT%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        if (!patients.empty() && random.chance(0.04)) {
            patient = patients[random.below(static_cast<int>(patients.size()))].first;
        }
        patients.emplace_back(patient, sp);
        const QString surgeon =
            QStringLiteral("%1-DR%2").arg(specialty).arg(random.below(surgeonsOf[sp]) + 1);
        const int roll = random.below(100);
        const int priority = roll < 6 ? 1 : roll < 30 ? 2 : roll < 70 ? 3 : 4;
        static const int waitSpan[] = {4, 40, 120, 400};
        // Mostly listed before the disruption; urgent ones also arrive during it.
        int listed = -random.below(waitSpan[priority - 1]);
        if (random.chance(priority == 1 ? 0.6 : 0.1)) {
            listed = random.below(horizonDays);
        }
        QString earliest;
        if (random.chance(0.06)) {
            earliest = p.firstDay.addDays(std::max(listed, 0) + random.below(15)).toString(Qt::ISODate);
        }
        const int duration = durations[random.below(durationCount)];

        // Half the cases had a booking before the disruption, in a list of their specialty.
        QString original;
        QString locked;
        if (random.chance(0.5)) {
            std::vector<int> fitting;
            for (int s = 0; s < static_cast<int>(sessions.size()); ++s) {
                const GenSession& x = sessions[s];
                if ((x.specialty == specialty || x.specialty == QLatin1String("*")) &&
                    x.day >= std::max(listed, 0) && x.end - x.start >= duration) {
                    fitting.push_back(s);
                }
            }
            if (!fitting.empty()) {
                const int s = fitting[random.below(static_cast<int>(fitting.size()))];
                const GenSession& x = sessions[s];
                original = x.id;
                bool canLock = x.open && earliest.isEmpty() &&
                               lockedLoad[s] + duration + 15 <= x.end - x.start + 15 &&
                               !lockedPatientDays.count({patient, x.day});
                for (int other : lockedSurgeonSessions[surgeon]) {
                    const GenSession& y = sessions[other];
                    if (other != s && y.day == x.day && y.start < x.end && x.start < y.end) {
                        canLock = false;
                    }
                }
                if (canLock && random.chance(p.lockedShare / 0.35)) {
                    locked = QStringLiteral("1");
                    lockedLoad[s] += duration + 15;
                    lockedPatientDays.insert({patient, x.day});
                    lockedSurgeonSessions[surgeon].push_back(s);
                }
            }
        }
        casesCsv.addRow({QStringLiteral("C%1").arg(i + 1, 5, 10, QLatin1Char('0')), patient, surgeon,
                         specialty, QStringLiteral("procedure %1").arg(random.below(40) + 1),
                         QString::number(duration), QStringLiteral("P%1").arg(priority),
                         p.firstDay.addDays(listed).toString(Qt::ISODate), earliest, QString(), original,
                         locked});
    }
    return {sessionsCsv.data(), casesCsv.data()};
}

} // namespace wp::theatre
