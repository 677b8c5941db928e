// Search-as-you-type latency on a generated hospital, as the nurses' search field runs it:
// one PatientService::search (FTS5, first 50 matches) per pause in typing. Prints a table
// for docs/performance.md. Usage: nurse_search_bench [patients=100000] [data dir]
#include "Transaction.h"
#include "patients/PatientService.h"
#include "site/SiteService.h"
#include "users/UserService.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
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
        auto tx = db::Transaction::begin(ws.db());
        for (int i = 0; i < count; ++i) {
            Patient p;
            p.birthName = QString::fromUtf8(surnames[next(rng) % surnames.size()]) + QString::number(i % 997);
            p.firstNames = QString::fromUtf8(firstNames[next(rng) % firstNames.size()]);
            p.birthDate = QDate(1930, 1, 1).addDays(static_cast<qint64>(next(rng) % 30000));
            p.sex = (next(rng) % 2) ? QStringLiteral("F") : QStringLiteral("M");
            if (auto r = patients.registerPatient(p); !r) {
                out << r.errorMessage() << Qt::endl;
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
    for (int round = 0; round < 3; ++round) {
        for (const QString& query : typed) {
            for (qsizetype n = 1; n <= query.size(); ++n) {
                QElapsedTimer t;
                t.start();
                auto r = patients.search(query.left(n), 50);
                ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
                if (!r) {
                    out << r.errorMessage() << Qt::endl;
                    return 1;
                }
            }
        }
    }
    out << "| patients | keystrokes | median ms | p99 ms | max ms |\n|---|---|---|---|---|\n";
    out << "| " << patients.count() << " | " << ms.size() << " | " << percentile(ms, 0.5) << " | "
        << percentile(ms, 0.99) << " | " << *std::max_element(ms.begin(), ms.end()) << " |" << Qt::endl;
    return 0;
}
