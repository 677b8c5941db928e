#include "HospitalCensusCommand.h"

#include "CliSession.h"
#include "HospitalOutput.h"
#include "OptionValues.h"
#include "hospital/HospitalCensus.h"

namespace wp::cli {

using hospital::WardCensus;

QString HospitalCensusCommand::summary() const
{
    return tr("Every ward's beds, patients and free beds, with the age of its figures.");
}

int HospitalCensusCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    HospitalOutput::addOptions(parser);
    parser.addOption({QStringLiteral("hours"),
                      tr("Arrivals and departures over the last N hours (default 24)."), tr("N")});
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    bool csv = false;
    if (auto st = HospitalOutput::readFormat(parser, csv); !st) {
        return fail(io, st.error());
    }
    const auto hours = OptionValues(parser).integer(QStringLiteral("hours"), 1, 24 * 31, 24);
    if (!hours) {
        return fail(io, hours.error());
    }
    auto ws = CliSession::open(parser, Workspace::Access::Read);
    if (!ws) {
        return fail(io, ws.error());
    }
    auto census = hospital::HospitalCensus::load(**ws, static_cast<int>(*hours));
    if (!census) {
        return fail(io, census.error());
    }
    const QDateTime now = census->now();
    const auto row = [&](const WardCensus& w, const QString& wardCode, const QString& name) {
        return QStringList{wardCode,
                           name,
                           QString::number(w.beds),
                           QString::number(w.occupied),
                           QString::number(w.free()),
                           QString::number(w.unplaced),
                           QString::number(w.arriving),
                           QString::number(w.leaving),
                           w.sources.join(QLatin1Char(' ')),
                           csv ? HospitalOutput::isoTime(w.dataAsOf) : HospitalOutput::localTime(w.dataAsOf),
                           HospitalOutput::freshness(csv, w.freshness, w.dataAsOf, now)};
    };
    QList<QStringList> rows;
    for (const WardCensus& w : census->wards()) {
        rows << row(w, w.code, w.name);
    }
    rows << row(census->total(), csv ? QStringLiteral("*") : tr("Total"), QString());
    const QStringList header =
        csv ? QStringList{QStringLiteral("ward"),     QStringLiteral("name"),
                          QStringLiteral("beds"),     QStringLiteral("occupied"),
                          QStringLiteral("free"),     QStringLiteral("without_bed"),
                          QStringLiteral("arriving"), QStringLiteral("leaving"),
                          QStringLiteral("sources"),  QStringLiteral("data_as_of"),
                          QStringLiteral("freshness")}
            : QStringList{tr("Ward"),    tr("Name"),       tr("Beds"),     tr("Occupied"),
                          tr("Free"),    tr("No bed"),     tr("Arriving"), tr("Leaving"),
                          tr("Laptops"), tr("Data as of"), tr("Freshness")};
    if (!csv) {
        io.out << tr("Hospital census at %1 — arrivals and departures since %2")
                      .arg(HospitalOutput::localTime(now), HospitalOutput::localTime(census->periodStart()))
               << QLatin1Char('\n');
    }
    HospitalOutput::write(io.out, csv, header, rows);
    if (!csv) {
        io.out << tr("Figures from other laptops are as recent as the newest record received from them "
                     "(bundle or hub). Call a ward whose figures are STALE before relying on them.")
               << QLatin1Char('\n');
    }
    io.out.flush();
    return ExitOk;
}

} // namespace wp::cli
