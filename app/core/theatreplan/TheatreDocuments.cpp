#include "TheatreDocuments.h"

#include "TheatreWording.h"
#include "theatre/PlanFile.h"

#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <memory>

namespace wp::theatre {

namespace {

// Coordinates are in points (1/72 inch): the writer's resolution is set to 72 so that
// layout numbers read like a word processor's, while text and lines stay vector.
constexpr int margin = 40;
constexpr int rowHeight = 16;
constexpr int subLine = 12; // a second, smaller line under a row: the patient's identifiers

/// A PDF being written page by page, with a running header and a cursor.
class Pages
{
public:
    Pages(const QString& path, const QString& title, const PrintContext& context)
        : m_writer(path), m_title(title), m_context(context)
    {
        m_writer.setResolution(72);
        m_writer.setPageSize(QPageSize(QPageSize::A4));
        m_writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        m_writer.setTitle(title);
        m_writer.setCreator(QStringLiteral("WhitePlan"));
        m_ok = m_painter.begin(&m_writer);
        if (m_ok) {
            header();
        }
    }

    bool ok() const { return m_ok; }
    QPainter& painter() { return m_painter; }
    int width() const { return m_writer.width() - 2 * margin; }
    int& y() { return m_y; }

    void newPage(const QString& title = {})
    {
        if (!title.isEmpty()) {
            m_title = title;
        }
        m_writer.newPage();
        header();
    }
    /// Starts a new page when fewer than `height` points are left.
    void ensure(int height)
    {
        if (m_y + height > m_writer.height() - margin) {
            newPage();
        }
    }
    void text(int x, int w, const QString& s, bool bold = false, int size = 9)
    {
        QFont f(QStringLiteral("DejaVu Sans"), size);
        f.setBold(bold);
        m_painter.setFont(f);
        m_painter.drawText(QRect(margin + x, m_y, w, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                           m_painter.fontMetrics().elidedText(s, Qt::ElideRight, w - 4));
    }
    int paragraph(const QString& s, int size = 10)
    {
        m_painter.setFont(QFont(QStringLiteral("DejaVu Sans"), size));
        const QRect bounds = m_painter.boundingRect(QRect(margin, m_y, width(), 2000), Qt::TextWordWrap, s);
        m_painter.drawText(bounds, Qt::TextWordWrap, s);
        m_y += bounds.height() + 8;
        return bounds.height();
    }
    void rule()
    {
        m_painter.setPen(QPen(Qt::black, 0.6));
        m_painter.drawLine(margin, m_y, margin + width(), m_y);
    }
    bool finish() { return m_painter.end(); }

private:
    void header()
    {
        m_y = margin;
        QFont f(QStringLiteral("DejaVu Sans"), 8);
        m_painter.setFont(f);
        m_painter.setPen(Qt::black);
        m_painter.drawText(QRect(margin, m_y, width(), 12), Qt::AlignLeft, m_context.hospital);
        m_painter.drawText(QRect(margin, m_y, width(), 12), Qt::AlignRight,
                           TheatreDocuments::tr("Printed %1")
                               .arg(QLocale().toString(m_context.printedAt, QLocale::ShortFormat)));
        m_y += 16;
        QFont t(QStringLiteral("DejaVu Sans"), 14);
        t.setBold(true);
        m_painter.setFont(t);
        m_painter.drawText(QRect(margin, m_y, width(), 22), Qt::AlignLeft, m_title);
        m_y += 28;
    }

    QPdfWriter m_writer;
    QPainter m_painter;
    QString m_title;
    PrintContext m_context;
    bool m_ok = false;
    int m_y = margin;
};

Status failed(const QString& path)
{
    return Error(TheatreDocuments::tr("Cannot write %1.").arg(path), Error::Code::Io);
}

// "BLOC1, Tue 15 Dec" on the row, the half-day on the line under it: a whole session name
// does not fit the column in French.
QString sessionText(const ScheduleSession* s)
{
    return s != nullptr
               ? TheatreDocuments::tr("%1, %2", "theatre, day").arg(s->theatre, TheatreWording::day(s->date))
               : QString();
}

} // namespace

std::vector<int> TheatreDocuments::affectedCases(const Schedule& schedule)
{
    std::vector<int> result;
    for (int c = 0; c < static_cast<int>(schedule.cases.size()); ++c) {
        const ScheduleCase& k = schedule.cases[c];
        const ScheduleSession* was = schedule.session(k.originalSession);
        if (was == nullptr) {
            continue;
        }
        const ScheduleSession* now = schedule.session(k.bookedSession);
        if (now == nullptr || now->date != was->date) {
            result.push_back(c);
        }
    }
    return result;
}

Status TheatreDocuments::writeDayList(const Schedule& schedule, const QDate& day, const QString& path,
                                      const PrintContext& context)
{
    const QStringList theatres = schedule.theatres();
    QString first;
    for (const auto& t : theatres) {
        for (const auto& s : schedule.sessions) {
            if (s.date == day && s.theatre == t && first.isEmpty()) {
                first = t;
            }
        }
    }
    auto title = [&](const QString& theatre) {
        return tr("%1 — %2").arg(theatre, QLocale().toString(day, QLocale::LongFormat));
    };
    Pages pages(path, title(first.isEmpty() ? tr("Theatres") : first), context);
    if (!pages.ok()) {
        return failed(path);
    }
    bool firstPage = true;
    for (const auto& theatre : theatres) {
        bool any = false;
        for (int s = 0; s < static_cast<int>(schedule.sessions.size()); ++s) {
            const ScheduleSession& session = schedule.sessions[s];
            if (session.date != day || session.theatre != theatre) {
                continue;
            }
            if (!any && !firstPage) {
                pages.newPage(title(theatre));
            }
            any = true;
            firstPage = false;
            pages.ensure(3 * rowHeight);
            pages.text(0, pages.width(),
                       tr("Session: %1, %2–%3, %4%5")
                           .arg(TheatreWording::halfDay(session), PlanFile::formatTime(session.start),
                                PlanFile::formatTime(session.end),
                                session.servesAnySpecialty() ? tr("any specialty") : session.specialty,
                                session.open ? QString() : tr(" — CLOSED: %1").arg(session.closureReason)),
                       true, 10);
            pages.y() += rowHeight + 2;
            const int cols[] = {0, 38, 88, 238, 368, 422, 455};
            const QStringList head{tr("Start"),   tr("Case"), tr("Patient"), tr("Procedure"),
                                   tr("Surgeon"), tr("Min"),  tr("Priority")};
            for (int i = 0; i < head.size(); ++i) {
                pages.text(cols[i], (i + 1 < head.size() ? cols[i + 1] : pages.width()) - cols[i], head[i],
                           true);
            }
            pages.y() += rowHeight;
            pages.rule();
            const auto booked = schedule.casesIn(s);
            for (int c : booked) {
                const ScheduleCase& k = schedule.cases[c];
                const QString ids = TheatreWording::patientIdentifiers(k);
                pages.ensure(rowHeight + (ids.isEmpty() ? 0 : subLine));
                const QStringList row{
                    PlanFile::formatTime(k.bookedStart),
                    k.id,
                    k.patientLabel(),
                    k.procedure,
                    k.surgeon,
                    QString::number(k.duration),
                    QStringLiteral("P%1%2").arg(k.priority).arg(k.locked ? tr(" locked") : QString())};
                for (int i = 0; i < row.size(); ++i) {
                    pages.text(cols[i], (i + 1 < row.size() ? cols[i + 1] : pages.width()) - cols[i], row[i]);
                }
                if (!ids.isEmpty()) {
                    // Namesakes share a ward: the birth date and number under the name.
                    pages.y() += subLine;
                    pages.text(cols[2], cols[4] - cols[2], ids, false, 7);
                }
                pages.y() += rowHeight;
            }
            if (booked.empty()) {
                pages.text(0, pages.width(), tr("No case booked."));
                pages.y() += rowHeight;
            }
            pages.y() += rowHeight;
        }
    }
    if (firstPage) {
        pages.text(0, pages.width(), tr("No session on this day."));
    }
    return pages.finish() ? Status{} : failed(path);
}

Status TheatreDocuments::writeLetters(const Schedule& schedule, const QString& path,
                                      const PrintContext& context)
{
    const auto affected = affectedCases(schedule);
    // The letter is bilingual whatever the interface language, so neither half goes through
    // tr(): translated, the English half would print French twice on a French laptop.
    const QLocale french(QLocale::French, QLocale::France);
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    Pages pages(path, QStringLiteral("Votre intervention / Your operation"), context);
    if (!pages.ok()) {
        return failed(path);
    }
    if (affected.empty()) {
        pages.paragraph(tr("No operation moved or was postponed: there is no letter to send."));
    }
    bool first = true;
    for (int c : affected) {
        const ScheduleCase& k = schedule.cases[c];
        if (!first) {
            pages.newPage();
        }
        first = false;
        const ScheduleSession* was = schedule.session(k.originalSession);
        const ScheduleSession* now = schedule.session(k.bookedSession);
        QString identity = k.patientLabel();
        if (k.patientBirthDate.isValid()) {
            identity += QStringLiteral("\nNé(e) le / Born on %1")
                            .arg(k.patientBirthDate.toString(QStringLiteral("dd/MM/yyyy")));
        }
        if (!k.patientIpp.isEmpty()) {
            identity += QStringLiteral("\nIPP / Hospital number: %1").arg(k.patientIpp);
        } else if (!k.patientDowntimeNumber.isEmpty()) {
            identity += QStringLiteral("\nN° provisoire / Downtime number: %1").arg(k.patientDowntimeNumber);
        }
        pages.paragraph(identity + QLatin1Char('\n') + tr("Reference: case %1").arg(k.id), 11);
        pages.y() += 10;
        const QString frNew =
            now != nullptr
                ? QStringLiteral(
                      "Elle aura lieu le %1 à partir de %2 (bloc %3). Présentez-vous selon les consignes "
                      "habituelles de votre convocation.")
                      .arg(french.toString(now->date, QStringLiteral("dddd d MMMM yyyy")),
                           PlanFile::formatTime(k.bookedStart), now->theatre)
                : QStringLiteral(
                      "Elle est reportée : nous vous appellerons pour vous proposer une nouvelle date.");
        pages.paragraph(
            QStringLiteral("Madame, Monsieur,\n\nEn raison de la situation exceptionnelle que traverse "
                           "l'hôpital (plan blanc), votre intervention (%1) prévue le %2 a dû être "
                           "déplacée. %3\n\nNous vous prions de nous excuser pour ce changement. Pour "
                           "toute question, appelez le secrétariat du bloc opératoire.")
                .arg(k.procedure, french.toString(was->date, QStringLiteral("dddd d MMMM yyyy")), frNew));
        pages.y() += 14;
        pages.rule();
        pages.y() += 14;
        const QString enNew =
            now != nullptr
                ? QStringLiteral("It will now take place on %1 from %2 (theatre %3). Please follow "
                                 "the usual instructions of your appointment letter.")
                      .arg(english.toString(now->date, QStringLiteral("dddd d MMMM yyyy")),
                           PlanFile::formatTime(k.bookedStart), now->theatre)
                : QStringLiteral("It has been postponed: you will be called to agree a new date.");
        pages.paragraph(
            QStringLiteral(
                "Dear patient,\n\nBecause of the exceptional situation at the hospital (major "
                "incident plan), your operation (%1) planned on %2 had to be moved. %3\n\nWe "
                "apologise for this change. If you have any question, please call the theatre office.")
                .arg(k.procedure, english.toString(was->date, QStringLiteral("dddd d MMMM yyyy")), enNew));
    }
    return pages.finish() ? Status{} : failed(path);
}

Status TheatreDocuments::writeCallList(const Schedule& schedule, const QString& path,
                                       const PrintContext& context)
{
    Pages pages(path, tr("Patients to call"), context);
    if (!pages.ok()) {
        return failed(path);
    }
    const int cols[] = {0, 150, 225, 262, 388};
    const QStringList head{tr("Patient"), tr("Phone"), tr("Case"), tr("Was"), tr("Now")};
    auto heading = [&] {
        for (int i = 0; i < head.size(); ++i) {
            pages.text(cols[i], (i + 1 < head.size() ? cols[i + 1] : pages.width()) - cols[i], head[i], true);
        }
        pages.y() += rowHeight;
        pages.rule();
    };
    heading();
    const auto affected = affectedCases(schedule);
    for (int c : affected) {
        const ScheduleCase& k = schedule.cases[c];
        const QString ids = TheatreWording::patientIdentifiers(k);
        const ScheduleSession* now = schedule.session(k.bookedSession);
        if (pages.y() + rowHeight + subLine > 842 - margin) {
            pages.newPage();
            heading();
        }
        const QStringList row{k.patientLabel(), k.phone.isEmpty() ? tr("unknown") : k.phone, k.id,
                              sessionText(schedule.session(k.originalSession)),
                              now != nullptr ? sessionText(now) : tr("postponed: to be called")};
        for (int i = 0; i < row.size(); ++i) {
            pages.text(cols[i], (i + 1 < row.size() ? cols[i + 1] : pages.width()) - cols[i], row[i]);
        }
        // Under the row: who exactly (namesakes), and the half-days, with the new start.
        const ScheduleSession* was = schedule.session(k.originalSession);
        pages.y() += subLine;
        pages.text(cols[0], cols[1] - cols[0], ids, false, 7);
        pages.text(cols[3], cols[4] - cols[3], was != nullptr ? TheatreWording::halfDay(*was) : QString(),
                   false, 7);
        if (now != nullptr) {
            pages.text(
                cols[4], pages.width() - cols[4],
                tr("%1, from %2").arg(TheatreWording::halfDay(*now), PlanFile::formatTime(k.bookedStart)),
                false, 7);
        }
        pages.y() += rowHeight;
    }
    if (affected.empty()) {
        pages.text(0, pages.width(), tr("Nobody to call: no operation moved or was postponed."));
    }
    return pages.finish() ? Status{} : failed(path);
}

} // namespace wp::theatre
