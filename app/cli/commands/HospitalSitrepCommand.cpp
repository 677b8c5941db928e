#include "HospitalSitrepCommand.h"

#include "CliSession.h"
#include "HospitalOutput.h"
#include "OptionValues.h"
#include "hospital/HospitalSitrep.h"

namespace wp::cli {

using hospital::DeviceFreshnessIndex;
using hospital::SitrepWard;

QString HospitalSitrepCommand::summary() const
{
    return tr("The situation report's figures for the crisis cell, with the age of each ward's data.");
}

int HospitalSitrepCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    HospitalOutput::addOptions(parser);
    parser.addOption({QStringLiteral("hours"), tr("Movements over the last N hours (default 24)."), tr("N")});
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
    auto sitrep = hospital::HospitalSitrep::build(**ws, static_cast<int>(*hours));
    if (!sitrep) {
        return fail(io, sitrep.error());
    }
    const auto& s = *sitrep;
    const QString all = QStringLiteral("*");
    if (csv) {
        // One figure per row: a script keeps the ones it needs whatever is added later.
        QList<QStringList> rows;
        const auto wardRows = [&](const SitrepWard& w, const QString& ward) {
            const QString asOf = HospitalOutput::isoTime(w.census.dataAsOf);
            const QString level = DeviceFreshnessIndex::code(w.census.freshness);
            const QList<std::pair<QString, int>> figures{
                {QStringLiteral("beds"), w.census.beds},
                {QStringLiteral("patients"), w.census.patients()},
                {QStringLiteral("free_beds"), w.census.free()},
                {QStringLiteral("news2_5_or_more"), w.news2AtLeast5},
                {QStringLiteral("news2_7_or_more"), w.news2AtLeast7},
                {QStringLiteral("pending_transfers"), w.pendingTransfers},
                {QStringLiteral("arriving"), w.census.arriving},
                {QStringLiteral("leaving"), w.census.leaving}};
            for (const auto& [name, value] : figures) {
                rows << QStringList{name, ward, QString(), QString::number(value), asOf, level};
            }
        };
        for (const SitrepWard& w : s.wards) {
            wardRows(w, w.census.code);
        }
        wardRows(s.total, all);
        const QList<std::pair<QString, int>> movements{{QStringLiteral("admissions"), s.admissions},
                                                       {QStringLiteral("ward_moves"), s.wardMoves},
                                                       {QStringLiteral("transfers_out"), s.transfersOut},
                                                       {QStringLiteral("discharges"), s.discharges},
                                                       {QStringLiteral("deaths"), s.deaths}};
        for (const auto& [name, value] : movements) {
            rows << QStringList{name, all, QString(), QString::number(value), QString(), QString()};
        }
        for (auto it = s.transfersByDestination.cbegin(); it != s.transfersByDestination.cend(); ++it) {
            rows << QStringList{QStringLiteral("transfers_out_to"), all,       it.key(),
                                QString::number(it.value()),        QString(), QString()};
        }
        if (s.theatre) {
            for (auto it = s.theatre->postponedByPriority.cbegin();
                 it != s.theatre->postponedByPriority.cend(); ++it) {
                rows << QStringList{QStringLiteral("operations_postponed"),
                                    all,
                                    it.key(),
                                    QString::number(it.value()),
                                    QString(),
                                    QString()};
            }
        }
        for (const auto& d : s.devices) {
            rows << QStringList{QStringLiteral("laptop_records"),
                                all,
                                d.device,
                                QString::number(d.records),
                                HospitalOutput::isoTime(d.thisLaptop ? s.now : d.newestRecord),
                                DeviceFreshnessIndex::code(
                                    d.thisLaptop ? hospital::FreshnessLevel::Live
                                                 : DeviceFreshnessIndex::levelOf(d.newestRecord, s.now))};
        }
        HospitalOutput::write(io.out, true,
                              {QStringLiteral("figure"), QStringLiteral("ward"), QStringLiteral("detail"),
                               QStringLiteral("value"), QStringLiteral("data_as_of"),
                               QStringLiteral("freshness")},
                              rows);
        io.out.flush();
        return ExitOk;
    }

    io.out << tr("Situation report at %1 — movements since %2")
                  .arg(HospitalOutput::localTime(s.now), HospitalOutput::localTime(s.periodStart))
           << QLatin1Char('\n') << QLatin1Char('\n');
    QList<QStringList> rows;
    const auto wardRow = [&](const SitrepWard& w, const QString& label) {
        return QStringList{label,
                           QString::number(w.census.patients()),
                           QString::number(w.census.free()),
                           QString::number(w.news2AtLeast5),
                           QString::number(w.news2AtLeast7),
                           QString::number(w.pendingTransfers),
                           QString::number(w.census.arriving),
                           QString::number(w.census.leaving),
                           HospitalOutput::freshness(false, w.census.freshness, w.census.dataAsOf, s.now)};
    };
    for (const SitrepWard& w : s.wards) {
        rows << wardRow(w, w.census.code);
    }
    rows << wardRow(s.total, tr("Total"));
    HospitalOutput::write(io.out, false,
                          {tr("Ward"), tr("Patients"), tr("Free beds"), tr("NEWS2 ≥ 5"), tr("NEWS2 ≥ 7"),
                           tr("Transfers pending"), tr("Arriving"), tr("Leaving"), tr("Data")},
                          rows);
    io.out << QLatin1Char('\n')
           << tr("Admissions: %1 · moves between wards: %2 · transfers out: %3 · discharges: %4 · deaths: %5")
                  .arg(s.admissions)
                  .arg(s.wardMoves)
                  .arg(s.transfersOut)
                  .arg(s.discharges)
                  .arg(s.deaths)
           << QLatin1Char('\n');
    for (auto it = s.transfersByDestination.cbegin(); it != s.transfersByDestination.cend(); ++it) {
        io.out << tr("  transferred to %1: %2").arg(it.key()).arg(it.value()) << QLatin1Char('\n');
    }
    if (s.theatre) {
        io.out << tr("Operations postponed: %1 (P1 %2 · P2 %3 · P3 %4 · P4 %5)")
                      .arg(s.postponedOperations())
                      .arg(s.theatre->postponedByPriority.value(QStringLiteral("P1")))
                      .arg(s.theatre->postponedByPriority.value(QStringLiteral("P2")))
                      .arg(s.theatre->postponedByPriority.value(QStringLiteral("P3")))
                      .arg(s.theatre->postponedByPriority.value(QStringLiteral("P4")))
               << QLatin1Char('\n');
    } else {
        io.out << tr("Operations postponed: no theatre list on this laptop.") << QLatin1Char('\n');
    }
    io.out << QLatin1Char('\n') << tr("Newest record held from each laptop:") << QLatin1Char('\n');
    QList<QStringList> devices;
    for (const auto& d : s.devices) {
        const auto level = d.thisLaptop ? hospital::FreshnessLevel::Live
                                        : DeviceFreshnessIndex::levelOf(d.newestRecord, s.now);
        devices << QStringList{d.device, QString::number(d.records),
                               HospitalOutput::localTime(d.newestRecord),
                               DeviceFreshnessIndex::describe(level, d.newestRecord, s.now)};
    }
    HospitalOutput::write(io.out, false, {tr("Laptop"), tr("Records"), tr("Newest record"), tr("Data")},
                          devices);
    io.out.flush();
    return ExitOk;
}

} // namespace wp::cli
