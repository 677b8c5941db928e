// Hospital-wide views at scale (issue 16): the switchboard's finder, keystroke by keystroke,
// and the census, register and sitrep, on a generated hospital whose records come from one
// laptop per ward.
// Usage:
//   hospital_bench [--patients N] [--observations-per-patient M]   (default 10000 and 20)
// The data is written in bulk in the shape the services write it (patient rows, search index,
// identity, movement and observation records with each ward's laptop as device), in a
// temporary folder; then every figure is timed through the core services the CLI and the
// Hospital page call.

#include "Transaction.h"
#include "clinical/DowntimeNumber.h"
#include "hospital/HospitalCensus.h"
#include "hospital/HospitalSitrep.h"
#include "hospital/PatientFinder.h"
#include "hospital/TransferRegister.h"
#include "patients/Patient.h"
#include "site/SiteService.h"
#include "users/UserService.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace wp;

namespace {

const char* const surnames[] = {"Martin", "Bernard", "Dubois",   "Thomas",  "Robert",  "Richard",  "Petit",
                                "Durand", "Leroy",   "Moreau",   "Simon",   "Laurent", "Lefèvre",  "Michel",
                                "Garcia", "David",   "Bertrand", "Roux",    "Vincent", "Fournier", "Morel",
                                "Girard", "André",   "Lefebvre", "Mercier", "Dupont",  "Lambert",  "Bonnet"};
const char* const firstNames[] = {"Jeanne", "Marie",   "Louise", "Jean",   "Pierre", "Luc",
                                  "Hugo",   "Camille", "Élodie", "Hélène", "Noé",    "Inès"};

constexpr int wards = 20;
constexpr int bedsPerWard = 30;

std::mt19937 rng(16);

int between(int lo, int hi)
{
    return std::uniform_int_distribution<int>(lo, hi)(rng);
}

long peakMemoryMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

double ms(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

/// CPU time of this process in ms: on a shared machine the wall clock also counts the others' builds.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

struct Writer
{
    explicit Writer(Workspace& ws) : db(ws.db()) {}

    bool record(const QString& kind, const QString& recordId, const QString& patientId,
                const QJsonObject& data, const QDateTime& at, const QString& device)
    {
        auto s = db.prepare(QStringLiteral(
            "INSERT INTO record_version(version_id, record_id, kind, patient_id, version, data, occurred_at, "
            "created_at, created_by, device) VALUES (?1,?2,?3,?4,1,?5,?6,?6,'admin',?7)"));
        if (!s) {
            return false;
        }
        s->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(2, recordId)
            .bind(3, kind)
            .bind(4, patientId)
            .bind(5, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)))
            .bind(6, toStorageTime(at))
            .bind(7, device);
        return s->exec().ok();
    }

    bool patient(const Patient& p)
    {
        auto s = db.prepare(QStringLiteral(
            "INSERT INTO patient(id, downtime_number, ipp, birth_name, first_names, birth_date, sex, "
            "identity_status, status, ward_code, bed_label, admitted_at, updated_at) VALUES "
            "(?1,?2,?3,?4,?5,?6,?7,'provisional',?8,?9,?10,?11,?11)"));
        auto search = db.prepare(QStringLiteral(
            "INSERT INTO patient_search(patient_id, numbers, names, bed) VALUES (?1,?2,?3,?4)"));
        if (!s || !search) {
            return false;
        }
        s->bind(1, p.id)
            .bind(2, p.downtimeNumber)
            .bind(3, p.ipp)
            .bind(4, p.birthName)
            .bind(5, p.firstNames)
            .bind(6, p.birthDate.toString(Qt::ISODate))
            .bind(7, p.sex)
            .bind(8, p.status)
            .bindOptional(9, p.wardCode)
            .bindOptional(10, p.bedLabel)
            .bind(11, toStorageTime(p.admittedAt));
        search->bind(1, p.id)
            .bind(2, QStringList{p.downtimeNumber, QString(p.downtimeNumber).remove(QLatin1Char('-')), p.ipp}
                         .join(QLatin1Char(' ')))
            .bind(3, QStringList{p.birthName, p.firstNames}.join(QLatin1Char(' ')))
            .bind(4, p.status == QLatin1String("admitted") ? p.wardCode + QLatin1Char(' ') + p.bedLabel
                                                           : QString());
        return s->exec().ok() && search->exec().ok();
    }

    db::Database& db;
};

QJsonObject observation()
{
    return {{QStringLiteral("resp_rate"), between(12, 26)},
            {QStringLiteral("spo2"), between(90, 99)},
            {QStringLiteral("spo2_scale"), QStringLiteral("1")},
            {QStringLiteral("oxygen"), QStringLiteral("air")},
            {QStringLiteral("systolic_bp"), between(95, 150)},
            {QStringLiteral("pulse"), between(55, 120)},
            {QStringLiteral("consciousness"), QStringLiteral("A")},
            {QStringLiteral("temperature"), 37.0}};
}

int generate(Workspace& ws, int patients, int perPatient)
{
    SiteSetup setup;
    setup.hospital = QStringLiteral("Benchmark hospital");
    setup.deviceCode = QStringLiteral("BED");
    for (int w = 1; w <= wards; ++w) {
        WardSetup ward{QStringLiteral("W%1").arg(w), QStringLiteral("Ward %1").arg(w), {}};
        for (int b = 1; b <= bedsPerWard; ++b) {
            ward.beds << QString::number(b);
        }
        setup.wards << ward;
    }
    setup.adminLogin = QStringLiteral("admin");
    setup.adminName = QStringLiteral("Admin");
    setup.adminPassword = QStringLiteral("bench-password");
    if (auto st = SiteService(ws).initialise(setup); !st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.errorMessage()));
        return 1;
    }
    const QDateTime now = ws.clock().now();
    Writer writer(ws);
    auto tx = db::Transaction::begin(ws.db());
    if (!tx) {
        return 1;
    }
    std::vector<int> nextBed(wards + 1, 1);
    for (int i = 0; i < patients; ++i) {
        const int ward = i % wards + 1;
        // Each ward's laptop; the last ones have not sent a bundle for a while.
        const QString device = QStringLiteral("L%1").arg(ward);
        const QDateTime lastHeard = now.addSecs(-60LL * (ward <= 15 ? ward : 30 * ward));
        Patient p;
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        p.downtimeNumber = clinical::DowntimeNumber::make(device, i + 1)->text();
        p.ipp = QString::number(80000000 + i);
        p.birthName = QString::fromUtf8(surnames[between(0, std::size(surnames) - 1)]);
        p.firstNames = QString::fromUtf8(firstNames[between(0, std::size(firstNames) - 1)]);
        p.birthDate = QDate(between(1925, 2020), between(1, 12), between(1, 28));
        p.sex = between(0, 1) ? QStringLiteral("F") : QStringLiteral("M");
        p.admittedAt = lastHeard.addDays(-between(0, 20));
        const bool stays = nextBed[ward] <= bedsPerWard && i % 16 == 0;
        p.status = stays ? QStringLiteral("admitted")
                         : (i % 3 ? QStringLiteral("discharged") : QStringLiteral("transferred"));
        p.wardCode = QStringLiteral("W%1").arg(ward);
        p.bedLabel = stays ? QString::number(nextBed[ward]++) : QStringLiteral("x");
        if (!writer.patient(p) ||
            !writer.record(QStringLiteral("patient"), p.id, p.id, p.identityRecord(), p.admittedAt, device) ||
            !writer.record(QStringLiteral("movement"), QUuid::createUuid().toString(), p.id,
                           {{QStringLiteral("type"), QStringLiteral("admit")},
                            {QStringLiteral("ward"), p.wardCode},
                            {QStringLiteral("bed"), p.bedLabel}},
                           p.admittedAt, device)) {
            std::fprintf(stderr, "cannot write patient %d\n", i);
            return 1;
        }
        if (!stays) {
            const QJsonObject out =
                p.status == QLatin1String("transferred")
                    ? QJsonObject{{QStringLiteral("type"), QStringLiteral("transfer")},
                                  {QStringLiteral("destination"), QStringLiteral("CHU %1").arg(ward)},
                                  {QStringLiteral("samu_number"), QString::number(i)}}
                    : QJsonObject{{QStringLiteral("type"), QStringLiteral("discharge")}};
            if (!writer.record(QStringLiteral("movement"), QUuid::createUuid().toString(), p.id, out,
                               lastHeard.addSecs(-60LL * between(1, 3000)), device)) {
                return 1;
            }
        }
        for (int k = 0; k < perPatient; ++k) {
            if (!writer.record(QStringLiteral("observation"), QUuid::createUuid().toString(), p.id,
                               observation(), lastHeard.addSecs(-3600LL * 4 * (perPatient - k)), device)) {
                return 1;
            }
        }
    }
    if (!tx->commit()) {
        return 1;
    }
    (void)ws.db().exec(QStringLiteral("ANALYZE"));
    return 0;
}

struct Figures
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Figures summarise(QList<double> t)
{
    std::sort(t.begin(), t.end());
    if (t.isEmpty()) {
        return {};
    }
    return {t[t.size() / 2], t[static_cast<qsizetype>(static_cast<double>(t.size() - 1) * 0.95)], t.last()};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int patients = 10000;
    int perPatient = 20;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--patients")) {
            patients = args[i + 1].toInt();
        } else if (args[i] == QLatin1String("--observations-per-patient")) {
            perPatient = args[i + 1].toInt();
        }
    }
    QTemporaryDir tmp;
    auto ws = Workspace::open(tmp.filePath(QStringLiteral("data")));
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.errorMessage()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (int rc = generate(**ws, patients, perPatient); rc != 0) {
        return rc;
    }
    std::printf("generated %d patients, %d observations, 20 laptops, in %.1f s\n\n", patients,
                patients * perPatient, ms(timer) / 1000.0);
    (*ws)->setCurrentUser(*UserService(**ws).find(QStringLiteral("admin")));

    // The switchboard types a name letter by letter, a birth date, a number, an IPP.
    hospital::PatientFinder finder(**ws);
    timer.restart();
    if (!finder.refresh()) {
        return 1;
    }
    const double refresh = ms(timer);
    QStringList queries;
    for (const char* name : surnames) {
        const QString n = QString::fromUtf8(name).toLower();
        for (qsizetype k = 1; k <= n.size(); ++k) {
            queries << n.left(k);
        }
        queries << n + QStringLiteral(" j") << n + QStringLiteral(" 12/03/1950");
    }
    for (const QString& n :
         {QStringLiteral("L7-"), QStringLiteral("L7-0000"), QStringLiteral("8000123"),
          QStringLiteral("1950-03-12"), QStringLiteral("helene"), QStringLiteral("élodie m")}) {
        queries << n;
    }
    QList<double> keystrokes;
    QList<double> keystrokesCpu;
    int found = 0;
    for (const QString& q : queries) {
        timer.restart();
        const double start = cpuMs();
        auto hits = finder.find(q);
        keystrokes << ms(timer);
        keystrokesCpu << cpuMs() - start;
        if (!hits) {
            std::fprintf(stderr, "%s\n", qPrintable(hits.errorMessage()));
            return 1;
        }
        found += static_cast<int>(hits->size());
    }
    const Figures k = summarise(keystrokes);
    const Figures kc = summarise(keystrokesCpu);

    // Median wall clock and median CPU time of 5 runs.
    const auto time = [&](auto&& f) {
        QList<double> wall;
        QList<double> cpu;
        for (int i = 0; i < 5; ++i) {
            timer.restart();
            const double start = cpuMs();
            if (!f()) {
                return std::pair(-1.0, -1.0);
            }
            wall << ms(timer);
            cpu << cpuMs() - start;
        }
        return std::pair(summarise(wall).median, summarise(cpu).median);
    };
    const auto census = time([&] { return hospital::HospitalCensus::load(**ws).ok(); });
    const auto transfers = time([&] { return hospital::TransferRegister(**ws).transfers().ok(); });
    const auto sitrep = time([&] { return hospital::HospitalSitrep::build(**ws).ok(); });

    std::printf("| operation (%d patients, %d observations) | median | p95 | max | CPU median |\n"
                "|---|---|---|---|---|\n",
                patients, patients * perPatient);
    std::printf(
        "| finder keystroke (%lld queries, %d hits, limit 50) | %.2f ms | %.2f ms | %.2f ms | %.2f ms |\n",
        static_cast<long long>(queries.size()), found, k.median, k.p95, k.max, kc.median);
    std::printf("| laptops' freshness (one pass, on refresh) | %.1f ms | | | |\n", refresh);
    for (const auto& [label, figures] : {std::pair("hospital census, 20 wards", census),
                                         std::pair("transfer register (every movement)", transfers),
                                         std::pair("situation report figures", sitrep)}) {
        std::printf("| %s | %.1f ms | | | %.1f ms |\n", label, figures.first, figures.second);
    }
    std::printf("\npeak memory %ld MB\n", peakMemoryMb());
    return 0;
}
