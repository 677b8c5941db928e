// Benchmark of laptop-to-laptop exchange at hospital scale: 10,000 patients with
// 1,000,000 observations (100 each). Each phase runs in its own process so that its
// peak memory (getrusage) is its own. Prints a Markdown table for docs/performance.md.
//
//   exchange_bench [WORKDIR] [PATIENTS] [OBSERVATIONS_PER_PATIENT]

#include "Transaction.h"
#include "exchange/ExchangeExporter.h"
#include "exchange/ExchangeImporter.h"
#include "patients/PatientService.h"
#include "records/RecordStore.h"
#include "site/SiteIdentity.h"
#include "site/SiteService.h"
#include "users/UserService.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>

#include <sys/resource.h>

#include <cstdio>

using namespace wp;

namespace {

const QByteArray passphrase = QByteArrayLiteral("benchmark passphrase");

long peakKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

std::unique_ptr<Workspace> openLaptop(const QString& dir, const QString& code)
{
    auto ws = Workspace::open(dir);
    if (!ws) {
        qFatal("%s", qPrintable(ws.errorMessage()));
    }
    if (!(*ws)->isInitialised()) {
        SiteSetup setup;
        setup.hospital = QStringLiteral("Bench Hospital");
        // One hospital id for the laptops of one run, as `init --hospital-id` gives them.
        static const QString hospitalId = SiteIdentity::generateHospitalId();
        setup.hospitalId = hospitalId;
        setup.deviceCode = code;
        setup.wards = {{QStringLiteral("MED"), QStringLiteral("Medicine"), {}}};
        setup.adminLogin = QStringLiteral("admin");
        setup.adminName = QStringLiteral("Admin");
        setup.adminPassword = QStringLiteral("bench-password-1");
        if (auto st = SiteService(**ws).initialise(setup); !st) {
            qFatal("%s", qPrintable(st.errorMessage()));
        }
    }
    (*ws)->setCurrentUser(*UserService(**ws).find(QStringLiteral("admin")));
    return std::move(ws).value();
}

void check(const Status& st)
{
    if (!st) {
        qFatal("%s", qPrintable(st.errorMessage()));
    }
}

// Every record goes through the same path as the ward's (appendInTransaction: the
// record, its audit entry and hash), only batched in one transaction instead of one
// per click, so that generating the data takes minutes rather than hours.
int generate(const QString& dir, int patients, int perPatient)
{
    auto ws = openLaptop(dir, QStringLiteral("BA"));
    auto tx = db::Transaction::begin(ws->db());
    check(tx ? Status() : Status(tx.error()));
    PatientService service(*ws);
    RecordStore records(*ws);
    const QDateTime start = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < patients; ++i) {
        Patient p;
        p.birthName = QStringLiteral("NOM%1").arg(i);
        p.firstNames = QStringLiteral("Prenom");
        p.birthDate = QDate(1930, 1, 1).addDays(i % 30000);
        p.sex = i % 2 ? QStringLiteral("F") : QStringLiteral("M");
        auto reg = service.registerPatient(p);
        check(reg ? Status() : Status(reg.error()));
        auto admitted = service.admit(reg->id, QStringLiteral("MED"), QStringLiteral("B%1").arg(i), start);
        check(admitted ? Status() : Status(admitted.error()));
        for (int k = 0; k < perPatient; ++k) {
            RecordVersion v;
            v.recordId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            v.kind = QStringLiteral("observation");
            v.patientId = reg->id;
            v.version = 1;
            v.occurredAt = start.addSecs(3600LL * k);
            v.data = {{QStringLiteral("resp_rate"), 12 + k % 10},
                      {QStringLiteral("spo2"), 94 + k % 5},
                      {QStringLiteral("oxygen"), QStringLiteral("air")},
                      {QStringLiteral("systolic_bp"), 110 + k % 30},
                      {QStringLiteral("diastolic_bp"), 70},
                      {QStringLiteral("pulse"), 60 + k % 40},
                      {QStringLiteral("consciousness"), QStringLiteral("A")},
                      {QStringLiteral("temperature"), 37.1}};
            auto w = records.appendInTransaction(v);
            check(w ? Status() : Status(w.error()));
        }
    }
    check(tx->commit());
    return 0;
}

int exportBundle(const QString& dir, const QString& file)
{
    auto ws = openLaptop(dir, QStringLiteral("BA"));
    auto r = exchange::ExchangeExporter(*ws).exportTo(file, passphrase);
    check(r ? Status() : Status(r.error()));
    std::printf("records %lld\n", static_cast<long long>(r->records));
    return 0;
}

int importBundle(const QString& dir, const QString& file)
{
    auto ws = openLaptop(dir, QStringLiteral("BB"));
    auto r = exchange::ExchangeImporter(*ws).importFile(file, passphrase);
    check(r ? Status() : Status(r.error()));
    std::printf("records %lld new %lld patients %d\n", static_cast<long long>(r->records),
                static_cast<long long>(r->newRecords), r->patients);
    return 0;
}

struct Phase
{
    QString name;
    double seconds = 0;
    long peakKb = 0;
    QString output;
};

Phase runPhase(const QString& name, const QStringList& args)
{
    QElapsedTimer timer;
    timer.start();
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), args);
    child.waitForFinished(-1);
    Phase p;
    p.name = name;
    p.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    for (const QString& line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("peak_kb "))) {
            p.peakKb = line.mid(8).toLong();
        } else {
            p.output += line;
        }
    }
    if (child.exitCode() != 0) {
        std::fprintf(stderr, "phase %s failed\n", qPrintable(name));
        std::exit(1);
    }
    return p;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 2 && args[1].startsWith(QLatin1String("--phase="))) {
        const QString phase = args[1].mid(8);
        int rc = 1;
        if (phase == QLatin1String("generate")) {
            rc = generate(args[2], args[3].toInt(), args[4].toInt());
        } else if (phase == QLatin1String("export")) {
            rc = exportBundle(args[2], args[3]);
        } else if (phase == QLatin1String("import")) {
            rc = importBundle(args[2], args[3]);
        }
        std::printf("peak_kb %ld\n", peakKb());
        return rc;
    }
    const QString work =
        args.size() > 1 ? args[1] : QDir::temp().filePath(QStringLiteral("whiteplan-exchange-bench"));
    const QString patients = args.size() > 2 ? args[2] : QStringLiteral("10000");
    const QString perPatient = args.size() > 3 ? args[3] : QStringLiteral("100");
    QDir(work).removeRecursively();
    QDir().mkpath(work);
    const QString a = QDir(work).filePath(QStringLiteral("laptop-a"));
    const QString b = QDir(work).filePath(QStringLiteral("laptop-b"));
    const QString file = QDir(work).filePath(QStringLiteral("a.wpb"));
    QList<Phase> phases;
    phases << runPhase(QStringLiteral("generate (not part of the exchange)"),
                       {QStringLiteral("--phase=generate"), a, patients, perPatient});
    phases << runPhase(QStringLiteral("export everything"), {QStringLiteral("--phase=export"), a, file});
    phases << runPhase(QStringLiteral("import into an empty laptop"),
                       {QStringLiteral("--phase=import"), b, file});
    phases << runPhase(QStringLiteral("import the same bundle again"),
                       {QStringLiteral("--phase=import"), b, file});
    QTextStream out(stdout);
    out << QStringLiteral("%1 patients, %2 observations each; bundle %3 MB; database %4 MB\n\n")
               .arg(patients, perPatient)
               .arg(static_cast<double>(QFileInfo(file).size()) / 1e6, 0, 'f', 1)
               .arg(static_cast<double>(QFileInfo(QDir(a).filePath(QStringLiteral("whiteplan.db"))).size()) /
                        1e6,
                    0, 'f', 1);
    out << "| phase | time (s) | peak memory (MB) | result |\n|---|---:|---:|---|\n";
    for (const auto& p : phases) {
        out << QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(p.name)
                   .arg(p.seconds, 0, 'f', 1)
                   .arg(static_cast<double>(p.peakKb) / 1024.0, 0, 'f', 0)
                   .arg(p.output);
    }
    return 0;
}
