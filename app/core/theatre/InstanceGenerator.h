#pragma once

#include <QByteArray>
#include <QDate>

namespace wp::theatre {

/// Builds synthetic but realistic white-plan instances as sessions.csv and cases.csv
/// text: theatres with a main specialty, morning and afternoon lists (some all-day, a few
/// open to any specialty), a share of sessions closed, more cases than open time,
/// surgeons with several lists a week, a few patients with two cases, some earliest
/// dates, original bookings and locked cases. Same parameters, same files. Locked cases
/// are made to fit with the default 15-minute turnover: read the files with that turnover.
class InstanceGenerator
{
public:
    struct Parameters
    {
        int theatres = 8;
        int weeks = 3;
        int cases = 250;
        double closedShare = 0.4;
        double lockedShare = 0.03;
        QDate firstDay = QDate(2026, 12, 7); ///< a Monday
        quint64 seed = 1;
    };
    struct Files
    {
        QByteArray sessions;
        QByteArray cases;
    };

    static Files generate(const Parameters& parameters);
};

} // namespace wp::theatre
