#include "TheatreSummary.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace wp::printing {

namespace {

/// RFC 4180 rows as maps from header to value; empty when the file is missing.
QList<QHash<QString, QString>> readCsv(const QString& path)
{
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QString text = QString::fromUtf8(f.readAll());
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (quoted) {
            if (ch == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += ch;
                ++i;
            } else if (ch == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == QLatin1Char('"')) {
            quoted = true;
        } else if (ch == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (ch == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else if (ch != QLatin1Char('\r')) {
            field += ch;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    QList<QHash<QString, QString>> out;
    if (rows.isEmpty()) {
        return out;
    }
    const QStringList header = rows.takeFirst();
    for (const QStringList& r : rows) {
        QHash<QString, QString> m;
        for (int i = 0; i < header.size() && i < r.size(); ++i) {
            m.insert(header[i], r[i]);
        }
        out << m;
    }
    return out;
}

QString firstExisting(const QDir& dir, const QStringList& names)
{
    for (const QString& n : names) {
        if (QFile::exists(dir.filePath(n))) {
            return dir.filePath(n);
        }
    }
    return QString();
}

} // namespace

std::optional<TheatreSummary> TheatreSummary::load(const QString& dataDir, const QDate& from)
{
    for (const QString& sub : {QStringLiteral("theatre"), QStringLiteral("demo")}) {
        const QDir dir(QDir(dataDir).filePath(sub));
        const QString sessionsFile =
            firstExisting(dir, {QStringLiteral("sessions.csv"), QStringLiteral("theatre-sessions.csv")});
        if (sessionsFile.isEmpty()) {
            continue;
        }
        const auto sessions = readCsv(sessionsFile);
        if (sessions.isEmpty()) {
            continue;
        }
        TheatreSummary s;
        s.source = QDir::toNativeSeparators(dir.path());
        QSet<QString> closed;
        QSet<QString> openToday;
        QSet<QString> closedToday;
        for (const auto& row : sessions) {
            const QDate date = QDate::fromString(row.value(QStringLiteral("date")), Qt::ISODate);
            const bool isClosed = row.value(QStringLiteral("status")) == QLatin1String("closed");
            if (isClosed) {
                closed.insert(row.value(QStringLiteral("session_id")));
            }
            if (date.isValid() && date >= from) {
                (isClosed ? s.sessionsClosed : s.sessionsOpen) += 1;
            }
            if (date == from) {
                (isClosed ? closedToday : openToday).insert(row.value(QStringLiteral("theatre")));
            }
        }
        s.theatresOpenToday = static_cast<int>(openToday.size());
        s.theatresClosedToday = static_cast<int>((closedToday - openToday).size());
        const auto cases =
            readCsv(firstExisting(dir, {QStringLiteral("cases.csv"), QStringLiteral("theatre-cases.csv")}));
        const auto plan =
            readCsv(firstExisting(dir, {QStringLiteral("plan.csv"), QStringLiteral("theatre-plan.csv")}));
        QSet<QString> unscheduled;
        s.fromPlan = !plan.isEmpty();
        for (const auto& row : plan) {
            if (row.value(QStringLiteral("session_id")).isEmpty()) {
                unscheduled.insert(row.value(QStringLiteral("case_id")));
            }
        }
        for (const auto& row : cases) {
            const QString id = row.value(QStringLiteral("case_id"));
            const bool postponed = s.fromPlan
                                       ? unscheduled.contains(id)
                                       : closed.contains(row.value(QStringLiteral("original_session")));
            if (postponed) {
                s.postponedByPriority[row.value(QStringLiteral("priority"))] += 1;
            }
        }
        return s;
    }
    return std::nullopt;
}

} // namespace wp::printing
