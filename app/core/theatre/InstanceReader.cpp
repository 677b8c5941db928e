#include "InstanceReader.h"

#include "csv/CsvReader.h"
#include "foundation/NumberText.h"
#include "foundation/QuotedText.h"
#include "foundation/TextRules.h"

#include <QFile>

#include <algorithm>
#include <map>

namespace wp::theatre {

namespace {

constexpr qint64 MaximumDuration = 99999;

// Every text column of a contract file must be clean and bounded before any other rule
// reads it (docs/data-safety.md, "Limits"); the others are codes, dates and numbers.
std::optional<Error> textProblem(const CsvReader& csv, const CsvReader::Record& r)
{
    for (const QString& column : csv.header()) {
        // The procedure is free text, and the contract lets a quoted field hold line breaks.
        const bool procedure = column == QLatin1String("procedure");
        if (auto p = TextRules::check(csv.value(r, column),
                                      procedure ? TextRules::LineLength : TextRules::IdentifierLength,
                                      procedure ? TextRules::Lines::Many : TextRules::Lines::One)) {
            return csv.error(r.line, column, TextRules::expected(*p));
        }
    }
    return std::nullopt;
}

bool allDigits(const QString& text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar ch) {
        return ch >= QLatin1Char('0') && ch <= QLatin1Char('9');
    });
}

} // namespace

QDate InstanceReader::parseDate(const QString& text)
{
    if (text.size() != 10 || text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-') ||
        !allDigits(text.left(4)) || !allDigits(text.mid(5, 2)) || !allDigits(text.mid(8, 2))) {
        return {};
    }
    return QDate(text.left(4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
}

int InstanceReader::parseTime(const QString& text)
{
    if (text.size() != 5 || text[2] != QLatin1Char(':') || !allDigits(text.left(2)) ||
        !allDigits(text.mid(3, 2))) {
        return -1;
    }
    const int h = text.left(2).toInt();
    const int m = text.mid(3, 2).toInt();
    return h < 24 && m < 60 ? h * 60 + m : -1;
}

Result<Instance> InstanceReader::readFiles(const QString& sessionsPath, const QString& casesPath,
                                           int turnover)
{
    QFile sessionsFile(sessionsPath);
    if (!sessionsFile.open(QIODevice::ReadOnly)) {
        return Error(tr("%1: cannot be read (%2).").arg(sessionsPath, sessionsFile.errorString()),
                     Error::Code::InvalidInput);
    }
    QFile casesFile(casesPath);
    if (!casesFile.open(QIODevice::ReadOnly)) {
        return Error(tr("%1: cannot be read (%2).").arg(casesPath, casesFile.errorString()),
                     Error::Code::InvalidInput);
    }
    return fromData(sessionsFile.readAll(), sessionsPath, casesFile.readAll(), casesPath, turnover);
}

Result<Instance> InstanceReader::fromData(const QByteArray& sessionsData, const QString& sessionsName,
                                          const QByteArray& casesData, const QString& casesName, int turnover)
{
    auto sessionsCsv = CsvReader::fromData(sessionsData, sessionsName);
    if (!sessionsCsv) {
        return sessionsCsv.error();
    }
    const CsvReader& sf = *sessionsCsv;
    const QStringList sessionColumns{QStringLiteral("session_id"), QStringLiteral("theatre"),
                                     QStringLiteral("date"),       QStringLiteral("start"),
                                     QStringLiteral("end"),        QStringLiteral("specialty"),
                                     QStringLiteral("status")};
    if (auto ok = sf.checkColumns(sessionColumns, {}); !ok) {
        return ok.error();
    }
    Instance instance;
    instance.turnover = turnover;
    QHash<QString, int> sessionLines;
    QHash<QString, int> sessionIndexById;
    for (const auto& r : sf.records()) {
        if (auto e = textProblem(sf, r)) {
            return *e;
        }
        Session s;
        s.line = r.line;
        s.id = sf.value(r, QStringLiteral("session_id"));
        if (s.id.isEmpty()) {
            return sf.error(r.line, QStringLiteral("session_id"), tr("a session id"));
        }
        if (sessionLines.contains(s.id)) {
            return sf.error(r.line, QStringLiteral("session_id"),
                            tr("a unique session id (\"%1\" is already on line %2)")
                                .arg(s.id)
                                .arg(sessionLines.value(s.id)));
        }
        sessionLines.insert(s.id, r.line);
        sessionIndexById.insert(s.id, static_cast<int>(instance.sessions.size()));
        s.theatre = sf.value(r, QStringLiteral("theatre"));
        if (s.theatre.isEmpty()) {
            return sf.error(r.line, QStringLiteral("theatre"), tr("a theatre id"));
        }
        s.date = parseDate(sf.value(r, QStringLiteral("date")));
        if (!s.date.isValid()) {
            return sf.error(r.line, QStringLiteral("date"),
                            tr("a date YYYY-MM-DD, found %1")
                                .arg(QuotedText::quote(sf.value(r, QStringLiteral("date")))));
        }
        s.day = static_cast<int>(s.date.toJulianDay());
        s.start = parseTime(sf.value(r, QStringLiteral("start")));
        if (s.start < 0) {
            return sf.error(
                r.line, QStringLiteral("start"),
                tr("a time HH:MM, found %1").arg(QuotedText::quote(sf.value(r, QStringLiteral("start")))));
        }
        s.end = parseTime(sf.value(r, QStringLiteral("end")));
        if (s.end < 0) {
            return sf.error(
                r.line, QStringLiteral("end"),
                tr("a time HH:MM, found %1").arg(QuotedText::quote(sf.value(r, QStringLiteral("end")))));
        }
        if (s.end <= s.start) {
            return sf.error(
                r.line, QStringLiteral("end"),
                tr("a time after the start %1, found %2")
                    .arg(sf.value(r, QStringLiteral("start")), sf.value(r, QStringLiteral("end"))));
        }
        s.specialty = sf.value(r, QStringLiteral("specialty"));
        const QString status = sf.value(r, QStringLiteral("status"));
        if (status != QLatin1String("open") && status != QLatin1String("closed")) {
            return sf.error(r.line, QStringLiteral("status"),
                            tr("\"open\" or \"closed\", found %1").arg(QuotedText::quote(status)));
        }
        s.open = status == QLatin1String("open");
        instance.sessions.push_back(std::move(s));
    }
    {
        // One theatre cannot run two lists at once; report the later row of the pair.
        std::vector<int> order(instance.sessions.size());
        for (size_t i = 0; i < order.size(); ++i) {
            order[i] = static_cast<int>(i);
        }
        const auto& ss = instance.sessions;
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            if (ss[a].theatre != ss[b].theatre) {
                return ss[a].theatre < ss[b].theatre;
            }
            if (ss[a].day != ss[b].day) {
                return ss[a].day < ss[b].day;
            }
            return ss[a].start != ss[b].start ? ss[a].start < ss[b].start : ss[a].line < ss[b].line;
        });
        int bestLine = 0;
        const Session* first = nullptr;
        const Session* second = nullptr;
        for (size_t i = 0; i < order.size(); ++i) {
            const Session& a = ss[order[i]];
            for (size_t j = i + 1; j < order.size(); ++j) {
                const Session& b = ss[order[j]];
                if (b.theatre != a.theatre || b.day != a.day || b.start >= a.end) {
                    break;
                }
                const int later = std::max(a.line, b.line);
                if (bestLine == 0 || later < bestLine) {
                    bestLine = later;
                    first = a.line < b.line ? &a : &b;
                    second = a.line < b.line ? &b : &a;
                }
            }
        }
        if (second) {
            return sf.error(second->line, QStringLiteral("start"),
                            tr("a window that does not overlap session \"%1\" of theatre \"%2\" (line %3)")
                                .arg(first->id, first->theatre)
                                .arg(first->line));
        }
    }

    auto casesCsv = CsvReader::fromData(casesData, casesName);
    if (!casesCsv) {
        return casesCsv.error();
    }
    const CsvReader& cf = *casesCsv;
    const QStringList caseRequired{QStringLiteral("case_id"),    QStringLiteral("patient_id"),
                                   QStringLiteral("surgeon_id"), QStringLiteral("specialty"),
                                   QStringLiteral("procedure"),  QStringLiteral("duration_min"),
                                   QStringLiteral("priority"),   QStringLiteral("listed_date")};
    const QStringList caseOptional{QStringLiteral("earliest_date"), QStringLiteral("deadline"),
                                   QStringLiteral("original_session"), QStringLiteral("locked")};
    if (auto ok = cf.checkColumns(caseRequired, caseOptional); !ok) {
        return ok.error();
    }
    QHash<QString, int> caseLines;
    for (const auto& r : cf.records()) {
        if (auto e = textProblem(cf, r)) {
            return *e;
        }
        Case k;
        k.line = r.line;
        k.id = cf.value(r, QStringLiteral("case_id"));
        if (k.id.isEmpty()) {
            return cf.error(r.line, QStringLiteral("case_id"), tr("a case id"));
        }
        if (caseLines.contains(k.id)) {
            return cf.error(
                r.line, QStringLiteral("case_id"),
                tr("a unique case id (\"%1\" is already on line %2)").arg(k.id).arg(caseLines.value(k.id)));
        }
        caseLines.insert(k.id, r.line);
        k.patient = cf.value(r, QStringLiteral("patient_id"));
        if (k.patient.isEmpty()) {
            return cf.error(r.line, QStringLiteral("patient_id"), tr("a patient id"));
        }
        k.surgeon = cf.value(r, QStringLiteral("surgeon_id"));
        if (k.surgeon.isEmpty()) {
            return cf.error(r.line, QStringLiteral("surgeon_id"), tr("a surgeon id"));
        }
        k.specialty = cf.value(r, QStringLiteral("specialty"));
        k.procedure = cf.value(r, QStringLiteral("procedure"));
        const QString duration = cf.value(r, QStringLiteral("duration_min"));
        // Beyond a day a case can fit in no session; the cap also keeps sums far from overflow.
        const auto minutes = NumberText::integer(duration);
        if (!minutes || *minutes <= 0 || *minutes > MaximumDuration) {
            return cf.error(r.line, QStringLiteral("duration_min"),
                            tr("a whole number of minutes from 1 to %1, found %2")
                                .arg(MaximumDuration)
                                .arg(QuotedText::quote(duration)));
        }
        k.duration = static_cast<int>(*minutes);
        const QString priority = cf.value(r, QStringLiteral("priority"));
        static const QStringList priorities{QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3"),
                                            QStringLiteral("P4")};
        if (!priorities.contains(priority)) {
            return cf.error(r.line, QStringLiteral("priority"),
                            tr("P1, P2, P3 or P4, found %1").arg(QuotedText::quote(priority)));
        }
        k.priority = static_cast<int>(priorities.indexOf(priority)) + 1;
        k.listed = parseDate(cf.value(r, QStringLiteral("listed_date")));
        if (!k.listed.isValid()) {
            return cf.error(r.line, QStringLiteral("listed_date"),
                            tr("a date YYYY-MM-DD, found %1")
                                .arg(QuotedText::quote(cf.value(r, QStringLiteral("listed_date")))));
        }
        const QString earliest = cf.value(r, QStringLiteral("earliest_date"));
        if (!earliest.isEmpty()) {
            k.earliest = parseDate(earliest);
            if (!k.earliest->isValid()) {
                return cf.error(r.line, QStringLiteral("earliest_date"),
                                tr("empty or a date YYYY-MM-DD, found %1").arg(QuotedText::quote(earliest)));
            }
        }
        const QString deadline = cf.value(r, QStringLiteral("deadline"));
        if (deadline.isEmpty()) {
            static const int days[] = {3, 30, 90, 365};
            k.deadline = k.listed.addDays(days[k.priority - 1]);
        } else {
            k.deadline = parseDate(deadline);
            if (!k.deadline.isValid()) {
                return cf.error(r.line, QStringLiteral("deadline"),
                                tr("empty or a date YYYY-MM-DD, found %1").arg(QuotedText::quote(deadline)));
            }
        }
        const QString original = cf.value(r, QStringLiteral("original_session"));
        if (!original.isEmpty()) {
            if (!sessionLines.contains(original)) {
                return cf.error(r.line, QStringLiteral("original_session"),
                                tr("empty or a session_id of %1, found %2")
                                    .arg(sessionsName, QuotedText::quote(original)));
            }
            k.originalSession = sessionIndexById.value(original);
        }
        const QString locked = cf.value(r, QStringLiteral("locked"));
        if (!locked.isEmpty() && locked != QLatin1String("0") && locked != QLatin1String("1")) {
            return cf.error(r.line, QStringLiteral("locked"),
                            tr("empty, 0 or 1, found %1").arg(QuotedText::quote(locked)));
        }
        k.locked = locked == QLatin1String("1");
        if (k.locked && k.originalSession < 0) {
            return cf.error(r.line, QStringLiteral("original_session"),
                            tr("the session of this locked case (locked is 1)"));
        }
        if (k.locked && !instance.sessions[k.originalSession].open) {
            return cf.error(r.line, QStringLiteral("locked"),
                            tr("0 or empty: the case's original session \"%1\" is closed")
                                .arg(instance.sessions[k.originalSession].id));
        }
        instance.cases.push_back(std::move(k));
    }
    instance.finalize();

    // Locked cases are fixed: if they alone break a constraint, no plan can be feasible.
    std::vector<int> lockedLoad(instance.sessions.size(), 0);
    std::map<std::pair<int, int>, int> patientDay;     // (patient, day) -> case
    std::map<std::pair<int, int>, int> surgeonSession; // (surgeon, session) -> case
    for (int c = 0; c < static_cast<int>(instance.cases.size()); ++c) {
        const Case& k = instance.cases[c];
        if (!k.locked) {
            continue;
        }
        const int s = k.originalSession;
        const Session& x = instance.sessions[s];
        if (!x.servesAnySpecialty() && x.specialty != k.specialty) {
            return cf.error(k.line, QStringLiteral("specialty"),
                            tr("the specialty \"%1\" of its locked session \"%2\"").arg(x.specialty, x.id));
        }
        if (x.day < static_cast<int>(k.listed.toJulianDay())) {
            return cf.error(k.line, QStringLiteral("listed_date"),
                            tr("a date on or before %1, the day of its locked session \"%2\"")
                                .arg(x.date.toString(Qt::ISODate), x.id));
        }
        if (k.earliest && x.day < static_cast<int>(k.earliest->toJulianDay())) {
            return cf.error(k.line, QStringLiteral("earliest_date"),
                            tr("a date on or before %1, the day of its locked session \"%2\"")
                                .arg(x.date.toString(Qt::ISODate), x.id));
        }
        lockedLoad[s] += instance.demand(c);
        if (lockedLoad[s] > instance.capacity(s)) {
            return cf.error(k.line, QStringLiteral("duration_min"),
                            tr("locked cases that fit in session \"%1\" (%2 minutes): with this case and the "
                               "turnover they need %3 minutes")
                                .arg(x.id)
                                .arg(x.length())
                                .arg(lockedLoad[s] - instance.turnover));
        }
        const auto pd = std::make_pair(k.patientIndex, x.day);
        if (auto it = patientDay.find(pd); it != patientDay.end()) {
            return cf.error(k.line, QStringLiteral("patient_id"),
                            tr("one locked case per patient and day: patient \"%1\" already has locked case "
                               "\"%2\" on %3")
                                .arg(k.patient, instance.cases[it->second].id, x.date.toString(Qt::ISODate)));
        }
        patientDay.emplace(pd, c);
        for (int other : instance.overlapping(s)) {
            if (auto it = surgeonSession.find({k.surgeonIndex, other}); it != surgeonSession.end()) {
                return cf.error(
                    k.line, QStringLiteral("surgeon_id"),
                    tr("a surgeon free during session \"%1\": surgeon \"%2\" has locked case \"%3\" "
                       "in the overlapping session \"%4\"")
                        .arg(x.id, k.surgeon, instance.cases[it->second].id, instance.sessions[other].id));
            }
        }
        surgeonSession.emplace(std::make_pair(k.surgeonIndex, s), c);
    }
    return instance;
}

} // namespace wp::theatre
