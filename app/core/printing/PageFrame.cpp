#include "PageFrame.h"

#include "PrintStyle.h"

#include <QLocale>

#include <algorithm>

namespace wp::printing {

namespace {
constexpr double titleBand = 15.0;   // mm: title, ward and times
constexpr double identityBand = 9.0; // mm: patient identity
constexpr double hospitalLine = 4.0; // mm: the imported hospital record's age, when any

/// The title band grows by a line when the page shows data imported from the hospital record.
double titleBandFor(const wp::printing::PageInfo& info)
{
    return titleBand + (info.hospitalSnapshotAt.isValid() ? hospitalLine : 0.0);
}
constexpr double allergyLine = 5.0; // mm: allergies under the identity
constexpr double footerBand = 6.0;  // mm
constexpr double gap = 3.0;         // mm between the frame and the content
constexpr double minimumIdentityPoints = 7;
const QColor markColour(0xb0, 0x00, 0x20);
} // namespace

QString PageFrame::formatDateTime(const QDateTime& t)
{
    if (!t.isValid()) {
        return QString();
    }
    return QLocale().toString(t.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"));
}

QString PageFrame::formatAge(const QDateTime& from, const QDateTime& to)
{
    const qint64 minutes = std::max<qint64>(0, from.secsTo(to) / 60);
    if (minutes < 60) {
        return tr("%1 min").arg(minutes);
    }
    if (minutes < 24 * 60) {
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    return tr("%1 d %2 h").arg(minutes / (24 * 60)).arg((minutes / 60) % 24);
}

QString PageFrame::downtimeMark()
{
    return tr("RECORDED DURING IT DOWNTIME");
}

double PageFrame::headerHeight(const PageInfo& info) const
{
    if (info.identity.isEmpty()) {
        return m_canvas.mm(titleBandFor(info));
    }
    double band = 0;
    identityFont(info.identity, &band);
    return m_canvas.mm(titleBandFor(info) + (info.allergies.isEmpty() ? 0 : allergyLine)) + band;
}

QFont PageFrame::identityFont(const QString& identity, double* bandHeight) const
{
    // The identity is never cut: the type shrinks until the whole line fits; the longest
    // accepted names still do not, so they wrap at the smallest size and the band grows.
    const PrintCanvas& c = m_canvas;
    const double width = c.area().width() - c.mm(4);
    double size = 11;
    QFont font = c.font(size, true);
    while (size > minimumIdentityPoints && c.textWidth(identity, font) > width) {
        size -= 0.5;
        font = c.font(size, true);
    }
    const double needed = c.textHeight(identity, font, width);
    *bandHeight = std::max(c.mm(identityBand), needed + c.mm(2.5));
    return font;
}

double PageFrame::footerHeight() const
{
    return m_canvas.mm(footerBand);
}

QRectF PageFrame::body(const PageInfo& info) const
{
    const QRectF a = m_canvas.area();
    const double top = headerHeight(info) + m_canvas.mm(gap);
    return QRectF(a.left(), a.top() + top, a.width(), a.height() - top - footerHeight() - m_canvas.mm(gap));
}

void PageFrame::paint(const PageInfo& info, int pageIndex, int pageCount)
{
    PrintCanvas& c = m_canvas;
    const QRectF a = c.area();
    const double band = c.mm(titleBandFor(info));

    // Left: title and subtitle. Right: the downtime mark, then print time and data age.
    const QFont markFont = c.font(9, true);
    const QString mark = downtimeMark();
    const double markWidth = c.textWidth(mark, markFont) + c.mm(4);
    const QRectF markBox(a.right() - markWidth, a.top(), markWidth, c.mm(5.5));
    c.frame(markBox, 0.4, markColour);
    c.text(markBox, mark, markFont, Qt::AlignCenter, markColour);

    QString times = tr("Printed %1").arg(formatDateTime(info.printedAt));
    if (!info.printedBy.isEmpty()) {
        times += tr(" by %1").arg(info.printedBy);
    }
    QString age = info.newestData.isValid()
                      ? tr("Newest data: %1 (%2 before printing)")
                            .arg(formatDateTime(info.newestData), formatAge(info.newestData, info.printedAt))
                      : tr("No clinical data recorded");
    QString hospital;
    if (info.hospitalSnapshotAt.isValid()) {
        // Imported items are as old as the hospital's last export, whatever was recorded since.
        hospital = tr("Hospital record as of %1, %2 old")
                       .arg(formatDateTime(info.hospitalSnapshotAt),
                            formatAge(info.hospitalSnapshotAt, info.printedAt));
    }
    const QFont small = c.font(8.5);
    // As wide as its longest line: the print time and data age must never be cut.
    const double rightWidth = std::min(
        a.width() * 0.55, std::max({markWidth, c.textWidth(times, small), c.textWidth(age, c.font(8.5, true)),
                                    c.textWidth(hospital, c.font(8.5, true))}) +
                              c.mm(1));
    c.text(QRectF(a.right() - rightWidth, markBox.bottom() + c.mm(0.8), rightWidth, c.mm(4)), times, small,
           Qt::AlignRight | Qt::AlignTop);
    c.text(QRectF(a.right() - rightWidth, markBox.bottom() + c.mm(4.6), rightWidth, c.mm(4)), age,
           c.font(8.5, true), Qt::AlignRight | Qt::AlignTop);
    if (!hospital.isEmpty()) {
        c.text(QRectF(a.right() - rightWidth, markBox.bottom() + c.mm(8.4), rightWidth, c.mm(4)), hospital,
               c.font(8.5, true), Qt::AlignRight | Qt::AlignTop, PrintStyle::alert());
    }

    const double leftWidth = a.width() - rightWidth - c.mm(4);
    double titleSize = 15;
    while (titleSize > 11 && c.textWidth(info.title, c.font(titleSize, true)) > leftWidth) {
        titleSize -= 0.5;
    }
    const QFont titleFont = c.font(titleSize, true);
    const QString title = c.elided(info.title, titleFont, leftWidth);
    c.text(QRectF(a.left(), a.top(), leftWidth, c.mm(7.5)), title, titleFont, Qt::AlignLeft | Qt::AlignTop);
    // The hospital follows the title in smaller type, so the ward line keeps its room.
    const double titleWidth = c.textWidth(title, titleFont) + c.mm(3);
    if (!info.hospital.isEmpty() && !info.ward.isEmpty() && titleWidth < leftWidth - c.mm(20)) {
        const QFont hospitalFont = c.font(9.5);
        c.text(QRectF(a.left() + titleWidth, a.top() + c.mm(1.6), leftWidth - titleWidth, c.mm(5.5)),
               c.elided(info.hospital, hospitalFont, leftWidth - titleWidth), hospitalFont,
               Qt::AlignLeft | Qt::AlignTop, PrintStyle::muted());
    }
    QStringList where;
    if (!info.ward.isEmpty()) {
        where << info.ward;
    } else if (!info.hospital.isEmpty()) {
        // Hospital-wide printouts (situation report): the hospital is what identifies them.
        where << info.hospital;
    }
    if (!info.subtitle.isEmpty()) {
        where << info.subtitle;
    }
    const QFont whereFont = c.font(10, true);
    c.text(QRectF(a.left(), a.top() + c.mm(8), leftWidth, c.mm(5.5)),
           c.elided(where.join(QStringLiteral("  ·  ")), whereFont, leftWidth), whereFont,
           Qt::AlignLeft | Qt::AlignTop);
    c.hLine(a.left(), a.right(), a.top() + band - c.mm(0.8), 0.5);

    if (!info.identity.isEmpty()) {
        const double extra = info.allergies.isEmpty() ? 0 : allergyLine;
        double idBand = 0;
        const QFont idFont = identityFont(info.identity, &idBand);
        const QRectF id(a.left(), a.top() + band, a.width(), idBand + c.mm(extra - 1.5));
        c.fill(id, QColor(0xee, 0xee, 0xee));
        c.frame(id, 0.35);
        const QRectF inner = id.adjusted(c.mm(2), c.mm(0.5), -c.mm(2), -c.mm(0.5));
        c.text(QRectF(inner.left(), inner.top(), inner.width(), idBand - c.mm(2.5)), info.identity, idFont,
               Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap);
        if (!info.allergies.isEmpty()) {
            const QFont allergyFont = c.font(9.5, true);
            c.text(QRectF(inner.left(), inner.top() + idBand - c.mm(2.5), inner.width(), c.mm(allergyLine)),
                   tr("ALLERGIES: %1").arg(info.allergies), allergyFont,
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, markColour);
        }
    }

    // Footer: what the paper is, and where it sits in the set.
    const double footTop = a.bottom() - footerHeight();
    c.hLine(a.left(), a.right(), footTop + c.mm(1), 0.3);
    const QFont footFont = c.font(8);
    const QRectF foot(a.left(), footTop + c.mm(1.5), a.width(), footerHeight() - c.mm(1.5));
    c.text(foot,
           tr("WhitePlan · printed %1 · check against the hospital record when systems return")
               .arg(formatDateTime(info.printedAt)),
           footFont, Qt::AlignLeft | Qt::AlignVCenter);
    // The ward or the patient again at the foot, where a torn-off header would lose them.
    // A long name is shortened here (it is whole in the header) so that it never runs over
    // the print time on the left.
    QString where2 =
        !info.identity.isEmpty() ? info.identity.section(QStringLiteral("  ·  "), 0, 0) : info.ward;
    const QFont pageFont = c.font(9, true);
    const QString pageText = tr("Page %1 of %2").arg(pageIndex + 1).arg(pageCount);
    const double leftUsed =
        c.textWidth(tr("WhitePlan · printed %1 · check against the hospital record when systems return")
                        .arg(formatDateTime(info.printedAt)),
                    footFont);
    const double room = foot.width() - leftUsed - c.mm(4) - c.textWidth(pageText, pageFont) -
                        c.textWidth(QStringLiteral("  ·  "), pageFont);
    where2 = room > c.mm(10) ? c.elided(where2, pageFont, room) : QString();
    if (!where2.isEmpty()) {
        where2 += QStringLiteral("  ·  ");
    }
    c.text(foot, where2 + pageText, pageFont, Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace wp::printing
