#include "InitCommand.h"

#include "CliSession.h"
#include "OptionValues.h"
#include "site/SiteService.h"
#include "users/UserService.h"

#include <QRegularExpression>

namespace wp::cli {

namespace {

// The downtime-number format allows six digits (SiteService::validate checks the same).
constexpr qint64 maximumDowntimeNumber = 999999;
// Far above any real ward, low enough that a typo cannot create a million beds.
constexpr qint64 maximumBedsPerWard = 500;

} // namespace

QString InitCommand::summary() const
{
    return tr("Set up a new data directory: hospital, this laptop's code and the first administrator.");
}

int InitCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    addDataDirOption(parser);
    parser.addOptions({
        {QStringLiteral("hospital"), tr("Name of the hospital."), tr("NAME")},
        {QStringLiteral("hospital-id"),
         tr("For every laptop but the hospital's first: the hospital id that the first laptop's init printed "
            "(laptops exchange bundles only within one hospital)."),
         tr("ID")},
        {QStringLiteral("device-code"),
         tr("This laptop's code, 2 to 6 capitals or digits, unique in the hospital."), tr("CODE")},
        {QStringLiteral("admin"), tr("User name of the first administrator."), tr("USER")},
        {QStringLiteral("admin-name"), tr("Full name of the first administrator (default: the user name)."),
         tr("NAME")},
        {QStringLiteral("ward"),
         tr("A ward as CODE:NAME:BEDS (BEDS a count or labels separated by |); repeatable."), tr("WARD")},
        {QStringLiteral("range-first"), tr("First downtime number of this laptop (default 1)."), tr("N")},
        {QStringLiteral("range-last"), tr("Last downtime number of this laptop (default 999999)."), tr("N")},
    });
    int code = 0;
    if (!parse(parser, arguments, io, code)) {
        return code;
    }
    for (const char* required : {"hospital", "device-code", "admin"}) {
        if (!parser.isSet(QString::fromLatin1(required))) {
            return fail(io, tr("--%1 is required.").arg(QString::fromLatin1(required)));
        }
    }
    SiteSetup setup;
    setup.hospital = parser.value(QStringLiteral("hospital"));
    setup.hospitalId = parser.value(QStringLiteral("hospital-id"));
    setup.deviceCode = parser.value(QStringLiteral("device-code"));
    setup.adminLogin = parser.value(QStringLiteral("admin"));
    setup.adminName = parser.isSet(QStringLiteral("admin-name")) ? parser.value(QStringLiteral("admin-name"))
                                                                 : setup.adminLogin;
    const OptionValues values(parser);
    const auto first = values.integer(QStringLiteral("range-first"), 1, maximumDowntimeNumber, 1);
    if (!first) {
        return fail(io, first.error());
    }
    const auto last =
        values.integer(QStringLiteral("range-last"), 1, maximumDowntimeNumber, maximumDowntimeNumber);
    if (!last) {
        return fail(io, last.error());
    }
    if (*first > *last) {
        return fail(io, tr("--range-first (%1) must not be above --range-last (%2).").arg(*first).arg(*last));
    }
    setup.rangeFirst = static_cast<int>(*first);
    setup.rangeLast = static_cast<int>(*last);
    static const QRegularExpression digits(QStringLiteral("^[+-]?[0-9]+$"));
    for (const QString& spec : parser.values(QStringLiteral("ward"))) {
        const QStringList parts = spec.split(QLatin1Char(':'));
        if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            return fail(io, tr("--ward expects CODE:NAME:BEDS, got %1.").arg(OptionValues::quoted(spec)));
        }
        WardSetup w{parts[0], parts[1], {}};
        if (digits.match(parts[2]).hasMatch()) {
            // A count of beds, numbered from 1; a number out of range is an error, never labels.
            const auto count = OptionValues::parseInteger(parts[2], 1, maximumBedsPerWard,
                                                          tr("The bed count of --ward %1").arg(parts[0]));
            if (!count) {
                return fail(io, count.error());
            }
            for (qint64 i = 1; i <= *count; ++i) {
                w.beds << QString::number(i);
            }
        } else {
            w.beds = parts[2].split(QLatin1Char('|'), Qt::SkipEmptyParts);
        }
        setup.wards << w;
    }
    // Check everything but the password before asking for it (any long-enough text passes that check).
    setup.adminPassword = QString(UserService::minimumPasswordLength, QLatin1Char('x'));
    if (const QString problem = SiteService::validate(setup); !problem.isEmpty()) {
        return fail(io, problem);
    }
    setup.adminPassword = CliSession::readPassword(tr("Password for %1: ").arg(setup.adminLogin), io);
    auto ws = CliSession::open(parser, Workspace::Access::Create);
    if (!ws) {
        return fail(io, ws.error());
    }
    if (auto st = SiteService(**ws).initialise(setup); !st) {
        return fail(io, st.error());
    }
    io.out << tr("Set up %1 on laptop %2 in %3.")
                  .arg(setup.hospital, (*ws)->deviceCode(), (*ws)->dataDirectory())
           << '\n'
           << tr("Hospital id: %1 (give it with --hospital-id to the init of the hospital's other laptops).")
                  .arg((*ws)->setting(QStringLiteral("hospital.id")))
           << Qt::endl;
    return ExitOk;
}

} // namespace wp::cli
