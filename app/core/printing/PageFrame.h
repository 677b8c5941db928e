#pragma once

#include "PageInfo.h"
#include "PrintCanvas.h"

#include <QCoreApplication>

namespace wp::printing {

/// Header and footer common to every printout: title, ward, print time, age of the
/// newest data, the "recorded during IT downtime" mark, the patient's identity when the
/// page is about one patient, and "page x of y".
class PageFrame
{
    Q_DECLARE_TR_FUNCTIONS(PageFrame)

public:
    explicit PageFrame(PrintCanvas& canvas) : m_canvas(canvas) {}

    /// The area left for the document's content once the frame is drawn.
    QRectF body(const PageInfo& info) const;
    void paint(const PageInfo& info, int pageIndex, int pageCount);

    /// "28/11/2026 14:05" in the user's language.
    static QString formatDateTime(const QDateTime& t);
    /// "45 min", "3 h 10 min", "2 d 4 h" between two times.
    static QString formatAge(const QDateTime& from, const QDateTime& to);
    static QString downtimeMark();

private:
    double headerHeight(const PageInfo& info) const;
    /// The identity's type and the height of its band (at least the usual 9 mm).
    QFont identityFont(const QString& identity, double* bandHeight) const;
    double footerHeight() const;
    PrintCanvas& m_canvas;
};

} // namespace wp::printing
