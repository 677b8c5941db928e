#include "LabelSheet.h"

#include "PrintStyle.h"
#include "QrCode.h"

#include <QLocale>

namespace wp::printing {

namespace {
constexpr double wristbandMm = 30;
constexpr double gapMm = 6;
} // namespace

Result<std::unique_ptr<LabelSheet>> LabelSheet::build(Workspace& ws, const Patient& patient)
{
    auto data = PatientPrintData::load(ws, patient);
    if (!data) {
        return data.error();
    }
    std::unique_ptr<LabelSheet> sheet(new LabelSheet(patient));
    sheet->m_hospital = ws.hospitalName();
    sheet->m_today = ws.clock().now().toLocalTime().date();
    PageInfo& info = sheet->m_info;
    info.title = tr("Identity labels and wristband");
    info.hospital = sheet->m_hospital;
    info.ward = patient.wardCode;
    info.printedAt = ws.clock().now();
    info.printedBy = ws.currentUser() ? ws.currentUser()->login : QString();
    info.newestData = data->newestData;
    info.identity = data->identityLine(sheet->m_today);
    return sheet;
}

QString LabelSheet::suggestedFileName() const
{
    return QStringLiteral("labels-%1").arg(m_patient.downtimeNumber);
}

PageInfo LabelSheet::pageInfo(int) const
{
    return m_info;
}

int LabelSheet::layout(PrintCanvas&, const QRectF&)
{
    return 1;
}

void LabelSheet::paintPage(PrintCanvas& c, const QRectF& body, int)
{
    const QRectF band(body.left(), body.top() + c.mm(5), body.width(), c.mm(wristbandMm));
    c.text(
        QRectF(body.left(), body.top(), body.width(), c.mm(4.5)),
        tr("Wristband: cut along the dashed line. Check the identity with the patient before putting it on."),
        c.font(PrintStyle::small, false, true), Qt::AlignLeft | Qt::AlignTop, PrintStyle::muted());
    paintWristband(c, band);

    const QRectF grid(body.left(), band.bottom() + c.mm(gapMm), body.width(),
                      body.bottom() - band.bottom() - c.mm(gapMm));
    const double w = grid.width() / columns;
    const double h = std::min(grid.height() / rows, c.mm(40));
    for (int row = 0; row < rows; ++row) {
        for (int col = 0; col < columns; ++col) {
            const QRectF cell(grid.left() + col * w, grid.top() + row * h, w, h);
            c.painter().save();
            c.painter().setPen(c.pen(0.15, QColor(0xa0, 0xa0, 0xa0), Qt::DashLine));
            c.painter().drawRect(cell);
            c.painter().restore();
            paintLabel(c, cell.adjusted(c.mm(2.5), c.mm(2.5), -c.mm(2.5), -c.mm(2.5)));
        }
    }
}

void LabelSheet::paintWristband(PrintCanvas& c, const QRectF& band)
{
    c.painter().save();
    c.painter().setPen(c.pen(0.3, Qt::black, Qt::DashLine));
    c.painter().drawRect(band);
    c.painter().restore();
    const QRectF inner = band.adjusted(c.mm(3), c.mm(2), -c.mm(3), -c.mm(2));
    if (auto qr = QrCode::encode(m_patient.downtimeNumber)) {
        qr->paint(c.painter(), QRectF(inner.left(), inner.top(), inner.height(), inner.height()));
    }
    const QRectF text(inner.left() + inner.height() + c.mm(4), inner.top(), inner.width() * 0.62,
                      inner.height());
    // The birth and number lines keep their size; the name has the rest of the band.
    double y = text.top();
    y += std::max(c.mm(7),
                  paintName(c, QRectF(text.left(), y, text.width(), text.height() - c.mm(13)), 13, 6));
    c.text(QRectF(text.left(), y, text.width(), c.mm(6)),
           tr("Born %1 · %2 · %3 y")
               .arg(QLocale().toString(m_patient.birthDate, QStringLiteral("dd/MM/yyyy")), m_patient.sex)
               .arg(m_patient.ageOn(m_today)),
           c.font(10.5));
    y += c.mm(6);
    c.text(QRectF(text.left(), y, text.width(), c.mm(7)), tr("No. %1").arg(m_patient.downtimeNumber),
           c.font(13, true));
    const QRectF right(text.right() + c.mm(2), inner.top(), inner.right() - text.right() - c.mm(2),
                       inner.height());
    QStringList lines;
    if (!m_patient.ipp.isEmpty()) {
        lines << tr("IPP %1").arg(m_patient.ipp);
    }
    lines << m_hospital;
    c.text(right, lines.join(QLatin1Char('\n')), c.font(PrintStyle::small),
           Qt::AlignRight | Qt::AlignTop | Qt::TextWordWrap);
}

double LabelSheet::paintName(PrintCanvas& c, const QRectF& box, double points, double minPoints)
{
    const QString name = m_patient.displayName();
    const double size = c.fittingSize(name, points, minPoints, true, box.size());
    const QFont font = c.font(size, true);
    if (c.fits(name, font, box.size())) {
        return c.text(box, name, font);
    }
    // Too long even in the smallest type (the whole name is in the page's identity band):
    // the names on one line and the usual first name on the next, each shortened, so that
    // neither vanishes.
    const QString usual = m_patient.firstNames.section(QLatin1Char(' '), 0, 0);
    QString names = m_patient.displayName();
    names.chop(usual.size());
    const double line = c.lineHeight(font);
    c.text(QRectF(box.left(), box.top(), box.width(), line), c.elided(names.trimmed(), font, box.width()),
           font, Qt::AlignLeft | Qt::AlignTop);
    c.text(QRectF(box.left(), box.top() + line, box.width(), line), c.elided(usual, font, box.width()), font,
           Qt::AlignLeft | Qt::AlignTop);
    return std::min(2 * line, box.height());
}

void LabelSheet::paintLabel(PrintCanvas& c, const QRectF& r)
{
    const double qrSide = std::min(r.height(), c.mm(19));
    if (auto qr = QrCode::encode(m_patient.downtimeNumber)) {
        qr->paint(c.painter(), QRectF(r.right() - qrSide, r.top(), qrSide, qrSide));
    }
    const QRectF text(r.left(), r.top(), r.width() - qrSide - c.mm(1), r.height());
    double y = text.top();
    y += paintName(c, QRectF(text.left(), y, text.width(), c.mm(9)), 9.5, 6) + c.mm(0.5);
    c.text(QRectF(text.left(), y, text.width(), c.mm(4.5)),
           tr("Born %1 · %2")
               .arg(QLocale().toString(m_patient.birthDate, QStringLiteral("dd/MM/yyyy")), m_patient.sex),
           c.font(PrintStyle::small));
    y += c.mm(4.5);
    // The number is what gets read aloud and typed: shrink rather than cut it.
    const QString number = tr("No. %1").arg(m_patient.downtimeNumber);
    double size = 9.5;
    while (size > 7 && c.textWidth(number, c.font(size, true)) > text.width()) {
        size -= 0.5;
    }
    c.text(QRectF(text.left(), y, text.width(), c.mm(5)), number, c.font(size, true));
    y += c.mm(5);
    QStringList more;
    if (!m_patient.ipp.isEmpty()) {
        more << tr("IPP %1").arg(m_patient.ipp);
    }
    if (!m_patient.wardCode.isEmpty()) {
        more << QStringLiteral("%1 %2").arg(m_patient.wardCode, m_patient.bedLabel).trimmed();
    }
    c.text(QRectF(text.left(), y, text.width(), r.bottom() - y), more.join(QStringLiteral(" · ")),
           c.font(PrintStyle::small), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
}

} // namespace wp::printing
