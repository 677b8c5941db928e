// Census import at scale: rows -> seconds and peak memory, through the same
// CensusImporter as `whiteplan-cli patients import` (one transaction, fsync at commit).
// Usage:
//   census_bench [ROWS ...]        (default: 2000 8000 32000 100000)
// Each size runs on a fresh data directory in a temporary folder; the generated census
// has an IPP, a ward (20 wards), a bed and an allergy line per patient, as a hospital's
// pre-attack export would.

#include "site/SiteService.h"
#include "users/UserService.h"
#include "wardcsv/CensusImporter.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace wp;

namespace {

const char* const surnames[] = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard",
                                "Petit",  "Durand",  "Leroy",  "Moreau", "Simon",  "Laurent"};
const char* const firstNames[] = {"Jeanne", "Marie", "Louise", "Jean", "Pierre", "Luc", "Hugo", "Camille"};

long peakMemoryMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// Names must be letters only: the row number is spelt with letters (0 -> a, 1 -> b ...).
QByteArray census(int rows)
{
    QByteArray out = "ipp,birth_name,first_names,birth_date,sex,ward,bed,admitted_at,allergies\n";
    for (int i = 0; i < rows; ++i) {
        QByteArray suffix = QByteArray::number(i);
        for (char& c : suffix) {
            c = static_cast<char>('a' + (c - '0'));
        }
        out += QByteArray::number(90000000 + i) + ',' + surnames[i % 12] + suffix + ',' + firstNames[i % 8] +
               ',' + QByteArray::number(1930 + i % 80) + '-' + QByteArray::number(10 + i % 3) + '-' +
               QByteArray::number(10 + i % 18) + ',' + (i % 2 ? "F" : "M") + ",W" +
               QByteArray::number(i % 20) + ',' + QByteArray::number(i / 20 + 1) + ",2026-11-20T08:00,none\n";
    }
    return out;
}

int run(int rows)
{
    QTemporaryDir tmp;
    auto ws = Workspace::open(tmp.filePath(QStringLiteral("data")));
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.errorMessage()));
        return 1;
    }
    SiteSetup setup;
    setup.hospital = QStringLiteral("Benchmark hospital");
    setup.deviceCode = QStringLiteral("BENCH");
    setup.adminLogin = QStringLiteral("admin");
    setup.adminName = QStringLiteral("Admin");
    setup.adminPassword = QStringLiteral("bench-password");
    if (auto st = SiteService(**ws).initialise(setup); !st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.errorMessage()));
        return 1;
    }
    (*ws)->setCurrentUser(*UserService(**ws).find(QStringLiteral("admin")));
    const QString path = tmp.filePath(QStringLiteral("census.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(census(rows)) < 0) {
        return 1;
    }
    file.close();
    QElapsedTimer timer;
    timer.start();
    auto report = CensusImporter(**ws).importFile(path);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(report.errorMessage()));
        return 1;
    }
    std::printf("| %7d | %8.1f | %9.0f | %7ld |\n", report->imported, seconds, report->imported / seconds,
                peakMemoryMb());
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i) {
        sizes << QString::fromLocal8Bit(argv[i]).toInt();
    }
    if (sizes.isEmpty()) {
        sizes = {2000, 8000, 32000, 100000};
    }
    std::printf("|    rows | seconds | rows/s | peak MB |\n|---|---|---|---|\n");
    for (int rows : sizes) {
        if (int rc = run(rows); rc != 0) {
            return rc;
        }
    }
    return 0;
}
