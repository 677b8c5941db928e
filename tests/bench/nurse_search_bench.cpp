// Search-as-you-type latency on a generated hospital, as the nurses' search field runs it:
// one PatientService::search (FTS5, first 50 matches) per pause in typing. Prints a table
// for docs/performance.md. Usage: nurse_search_bench [patients=100000] [data dir]
#include "Transaction.h"
#include "foundation/Clock.h"
#include "patients/PatientService.h"
#include "site/SiteService.h"
#include "users/UserService.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

using namespace wp;

namespace {

std::uint64_t next(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

const std::array<const char*, 24> surnames{"Martin",  "Bernard",  "Dubois", "Thomas", "Robert",   "Richard",
                                           "Petit",   "Durand",   "Leroy",  "Moreau", "Simon",    "Laurent",
                                           "Lefèvre", "Michel",   "García", "David",  "Bertrand", "Roux",
                                           "Vincent", "Fournier", "Morel",  "Girard", "André",    "Mercier"};
const std::array<const char*, 16> firstNames{"Jeanne", "Marie", "Élise", "Louise", "Camille", "Chloé",
                                             "Inès",   "Léa",   "Jean",  "Pierre", "Michel",  "André",
                                             "Luc",    "Hugo",  "Noël",  "Yves"};

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir tmp;
    const QString dir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : tmp.path();

    auto opened = Workspace::open(dir);
    if (!opened) {
        out << opened.errorMessage() << Qt::endl;
        return 1;
    }
    auto& ws = **opened;
    PatientService patients(ws);
    if (!ws.isInitialised()) {
        SiteSetup setup;
        setup.hospital = QStringLiteral("Bench");
        setup.deviceCode = QStringLiteral("BN");
        setup.wards = {{QStringLiteral("MED"), QStringLiteral("Medicine"), {}}};
        setup.adminLogin = QStringLiteral("admin");
        setup.adminName = QStringLiteral("Admin");
        setup.adminPassword = QStringLiteral("bench-password-1");
        if (auto st = SiteService(ws).initialise(setup); !st) {
            out << st.errorMessage() << Qt::endl;
            return 1;
        }
        ws.setCurrentUser(*UserService(ws).find(setup.adminLogin));
        QElapsedTimer fill;
        fill.start();
        std::uint64_t rng = 42;
        const auto makePatient = [&](int i) {
            Patient p;
            p.birthName = QString::fromUtf8(surnames[next(rng) % surnames.size()]) + QString::number(i % 997);
            p.firstNames = QString::fromUtf8(firstNames[next(rng) % firstNames.size()]);
            p.birthDate = QDate(1930, 1, 1).addDays(static_cast<qint64>(next(rng) % 30000));
            p.sex = (next(rng) % 2) ? QStringLiteral("F") : QStringLiteral("M");
            return p;
        };
        auto tx = db::Transaction::begin(ws.db());
        // The first thousand go through PatientService (records, audit, search index) like real
        // registrations. Doing that 100,000 times takes most of an hour on a shared two-core
        // machine, so the rest are written straight into the two tables the search reads, in
        // the same shape PatientService writes them. Search latency depends only on those.
        const int viaService = std::min(count, 1000);
        for (int i = 0; i < viaService; ++i) {
            if (auto r = patients.registerPatient(makePatient(i)); !r) {
                out << r.errorMessage() << Qt::endl;
                return 1;
            }
        }
        auto row = ws.db().prepare(QStringLiteral(
            "INSERT INTO patient(id, downtime_number, birth_name, first_names, birth_date, sex, "
            "identity_status, "
            "status, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'provisional', 'registered', ?7)"));
        auto index = ws.db().prepare(QStringLiteral(
            "INSERT INTO patient_search(patient_id, numbers, names, bed) VALUES (?1, ?2, ?3, '')"));
        if (!row || !index) {
            out << (row ? index.errorMessage() : row.errorMessage()) << Qt::endl;
            return 1;
        }
        const QString now = toStorageTime(QDateTime::currentDateTimeUtc());
        for (int i = viaService; i < count; ++i) {
            const Patient p = makePatient(i);
            const QString id = QStringLiteral("bench-%1").arg(i);
            const QString number = QStringLiteral("BX-%1-0").arg(i + 1, 6, 10, QLatin1Char('0'));
            row->reset();
            row->bind(1, id).bind(2, number).bind(3, p.birthName).bind(4, p.firstNames);
            row->bind(5, p.birthDate.toString(Qt::ISODate)).bind(6, p.sex).bind(7, now);
            index->reset();
            index->bind(1, id).bind(2, number + QLatin1Char(' ') + QString(number).remove(QLatin1Char('-')));
            index->bind(3, p.birthName + QLatin1Char(' ') + p.firstNames);
            if (auto st = row->exec(); !st) {
                out << st.errorMessage() << Qt::endl;
                return 1;
            }
            if (auto st = index->exec(); !st) {
                out << st.errorMessage() << Qt::endl;
                return 1;
            }
        }
        if (auto st = tx->commit(); !st) {
            out << st.errorMessage() << Qt::endl;
            return 1;
        }
        out << "generated " << count << " patients in " << fill.elapsed() / 1000.0 << " s" << Qt::endl;
    }

    // Typing each query one character at a time, as a nurse would (no debounce: worst case).
    const QStringList typed{QStringLiteral("lefevre eli"), QStringLiteral("martin"),
                            QStringLiteral("garcia ines"), QStringLiteral("BN-000042"),
                            QStringLiteral("m"),           QStringLiteral("roux yv"),
                            QStringLiteral("du"),          QStringLiteral("noel")};
    std::vector<double> ms;
    QMap<QString, double> slowest; // per typed text, to see which keystrokes cost
    for (int round = 0; round < 3; ++round) {
        for (const QString& query : typed) {
            for (qsizetype n = 1; n <= query.size(); ++n) {
                QElapsedTimer t;
                t.start();
                auto r = patients.search(query.left(n), 50);
                ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
                slowest[query.left(n)] = std::max(slowest.value(query.left(n)), ms.back());
                if (!r) {
                    out << r.errorMessage() << Qt::endl;
                    return 1;
                }
            }
        }
    }
    if (qEnvironmentVariableIsSet("BENCH_DETAIL")) {
        for (auto it = slowest.cbegin(); it != slowest.cend(); ++it) {
            out << it.key() << '\t' << it.value() << '\n';
        }
    }
    out << "| patients | keystrokes | median ms | p99 ms | max ms |\n|---|---|---|---|---|\n";
    out << "| " << patients.count() << " | " << ms.size() << " | " << percentile(ms, 0.5) << " | "
        << percentile(ms, 0.99) << " | " << *std::max_element(ms.begin(), ms.end()) << " |" << Qt::endl;
    return 0;
}
