#include "printing/HandoverShift.h"

#include <catch2/catch.hpp>

using wp::printing::HandoverShift;

TEST_CASE("Shifts: the running or next occurrence, the night spanning midnight")
{
    const QDateTime morning(QDate(2026, 11, 28), QTime(9, 30));
    CHECK(HandoverShift::current(morning) == HandoverShift::Morning);
    auto [start, end] = HandoverShift::window(HandoverShift::Morning, morning);
    CHECK(start == QDateTime(QDate(2026, 11, 28), QTime(7, 0)));
    CHECK(end == QDateTime(QDate(2026, 11, 28), QTime(14, 0)));

    auto [nStart, nEnd] = HandoverShift::window(HandoverShift::Night, morning);
    CHECK(nStart == QDateTime(QDate(2026, 11, 28), QTime(21, 0)));
    CHECK(nEnd == QDateTime(QDate(2026, 11, 29), QTime(7, 0)));

    const QDateTime lateNight(QDate(2026, 11, 29), QTime(3, 0));
    CHECK(HandoverShift::current(lateNight) == HandoverShift::Night);
    auto [lStart, lEnd] = HandoverShift::window(HandoverShift::Night, lateNight);
    CHECK(lStart == QDateTime(QDate(2026, 11, 28), QTime(21, 0)));
    CHECK(lEnd == QDateTime(QDate(2026, 11, 29), QTime(7, 0)));

    CHECK(HandoverShift::fromCode(QStringLiteral("Afternoon")) == HandoverShift::Afternoon);
    CHECK_FALSE(HandoverShift::fromCode(QStringLiteral("evening")).has_value());
}
