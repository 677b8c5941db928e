#include "HospitalFindCommand.h"

#include "CliSession.h"
#include "HospitalOutput.h"
#include "OptionValues.h"
#include "hospital/PatientFinder.h"

namespace wp::cli {

QString HospitalFindCommand::summary() const
{
    return tr("Find a patient anywhere in the hospital: where they are now, and how old that is.");
}

int HospitalFindCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    HospitalOutput::addOptions(parser);
    parser.addOption({QStringLiteral("limit"), tr("At most N patients (default 50)."), tr("N")});
    parser.addPositionalArgument(
        QStringLiteral("QUERY"),
        tr("Names, a birth date (31/12/1950 or 1950-12-31), a downtime number or an IPP."));
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    bool csv = false;
    if (auto st = HospitalOutput::readFormat(parser, csv); !st) {
        return fail(io, st.error());
    }
    const auto limit = OptionValues(parser).integer(QStringLiteral("limit"), 1, 10000, 50);
    if (!limit) {
        return fail(io, limit.error());
    }
    const QString query = parser.positionalArguments().join(QLatin1Char(' ')).simplified();
    if (query.isEmpty()) {
        return fail(io, tr("Give a QUERY: a name, a birth date, a downtime number or an IPP."));
    }
    auto ws = CliSession::open(parser, Workspace::Access::Read);
    if (!ws) {
        return fail(io, ws.error());
    }
    hospital::PatientFinder finder(**ws);
    auto hits = finder.find(query, static_cast<int>(*limit));
    if (!hits) {
        return fail(io, hits.error());
    }
    const QDateTime now = (*ws)->clock().now();
    QList<QStringList> rows;
    for (const hospital::FinderHit& h : *hits) {
        const Patient& p = h.patient;
        if (csv) {
            rows << QStringList{p.downtimeNumber,
                                p.ipp,
                                p.birthName,
                                p.usedName,
                                p.firstNames,
                                p.birthDate.toString(Qt::ISODate),
                                p.sex,
                                p.status,
                                p.status == QLatin1String("admitted") ? p.wardCode : QString(),
                                p.status == QLatin1String("admitted") ? p.bedLabel : QString(),
                                h.whereNow,
                                h.device,
                                HospitalOutput::isoTime(h.recordedAt),
                                HospitalOutput::isoTime(h.dataAsOf),
                                hospital::DeviceFreshnessIndex::code(h.freshness)};
        } else {
            rows << QStringList{p.downtimeNumber,
                                p.displayName(),
                                p.birthDate.toString(QStringLiteral("dd/MM/yyyy")),
                                h.whereNow,
                                h.device,
                                HospitalOutput::localTime(h.recordedAt),
                                HospitalOutput::freshness(false, h.freshness, h.dataAsOf, now)};
        }
    }
    const QStringList header =
        csv ? QStringList{QStringLiteral("downtime_number"),
                          QStringLiteral("ipp"),
                          QStringLiteral("birth_name"),
                          QStringLiteral("used_name"),
                          QStringLiteral("first_names"),
                          QStringLiteral("birth_date"),
                          QStringLiteral("sex"),
                          QStringLiteral("status"),
                          QStringLiteral("ward"),
                          QStringLiteral("bed"),
                          QStringLiteral("where_now"),
                          QStringLiteral("recorded_by_device"),
                          QStringLiteral("recorded_at"),
                          QStringLiteral("data_as_of"),
                          QStringLiteral("freshness")}
            : QStringList{tr("Number"), tr("Name"),        tr("Born"),     tr("Where now"),
                          tr("Laptop"), tr("Recorded at"), tr("Freshness")};
    if (!csv && hits->isEmpty()) {
        io.out << tr("No patient matches %1 on this laptop.").arg(OptionValues::quoted(query))
               << QLatin1Char('\n');
        io.out.flush();
        return ExitOk;
    }
    HospitalOutput::write(io.out, csv, header, rows);
    if (!csv) {
        io.out << tr("%n patient(s)", nullptr, static_cast<int>(hits->size())) << QLatin1Char('\n');
    }
    io.out.flush();
    return ExitOk;
}

} // namespace wp::cli
