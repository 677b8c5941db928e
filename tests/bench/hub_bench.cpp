// Benchmark of hospital network mode (the hub) on this machine over loopback. It makes its own
// hub with installers/hub/whiteplan-hub (run as root: PostgreSQL runs as `postgres`).
//
//   hub_bench latency [WORKDIR] [LAPTOPS=50] [SECONDS=300] [INTERVAL_S=2]
//       every laptop saves an observation every INTERVAL_S and syncs (listening in between);
//       prints how long a change takes to be visible on the other laptops, and the hub's CPU
//       and memory.
//   hub_bench first-sync [WORKDIR] [PATIENTS=10000] [OBSERVATIONS_PER_PATIENT=100]
//       one laptop's records pushed, then the first sync of a new laptop (its own process, for
//       its peak memory).

#include "Transaction.h"
#include "hub/HubJoin.h"
#include "hub/HubSync.h"
#include "patients/PatientService.h"
#include "records/RecordStore.h"
#include "site/SiteIdentity.h"
#include "site/SiteService.h"
#include "users/UserService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>
#include <QThread>
#include <QUuid>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <mutex>

using namespace wp;

namespace {

QString g_hospitalId;

long peakKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

void check(const Status& st)
{
    if (!st) {
        qFatal("%s", qPrintable(st.errorMessage()));
    }
}

QString script()
{
    return QStringLiteral(WHITEPLAN_SOURCE_DIR "/installers/hub/whiteplan-hub");
}

QString runScript(const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(script(), args);
    p.waitForFinished(-1);
    if (p.exitCode() != 0) {
        qFatal("whiteplan-hub %s failed", qPrintable(args.join(QLatin1Char(' '))));
    }
    return QString::fromUtf8(p.readAllStandardOutput());
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
        setup.hospitalId = g_hospitalId;
        setup.deviceCode = code;
        setup.wards = {{QStringLiteral("MED"), QStringLiteral("Medicine"), {}}};
        setup.adminLogin = QStringLiteral("admin");
        setup.adminName = QStringLiteral("Admin");
        setup.adminPassword = QStringLiteral("bench-password-1");
        check(SiteService(**ws).initialise(setup));
    }
    (*ws)->setCurrentUser(*UserService(**ws).find(QStringLiteral("admin")));
    return std::move(ws).value();
}

void join(Workspace& ws, const QString& work, int port)
{
    auto link = hub::HubJoin(ws).link();
    if (link && link->has_value()) {
        return;
    }
    const QString code = ws.deviceCode();
    const QString files = QDir(work).filePath(QStringLiteral("enrol-") + code);
    hub::JoinRequest r;
    r.host = QStringLiteral("localhost");
    r.port = port;
    r.caFile = files + QStringLiteral("/ca.crt");
    r.certFile = files + QStringLiteral("/") + code + QStringLiteral(".crt");
    r.keyFile = files + QStringLiteral("/") + code + QStringLiteral(".key");
    check(hub::HubJoin(ws).join(r));
}

int makeHub(const QString& work, const QStringList& codes)
{
    QDir(work).removeRecursively();
    QDir().mkpath(work);
    QFile::setPermissions(work, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                    QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                    QFileDevice::ExeGroup);
    const int port = 30000 + static_cast<int>(getpid() % 20000);
    runScript({QStringLiteral("create"), QStringLiteral("--dir"), QDir(work).filePath(QStringLiteral("hub")),
               QStringLiteral("--port"), QString::number(port)});
    for (const QString& code : codes) {
        runScript({QStringLiteral("enrol"), QStringLiteral("--dir"),
                   QDir(work).filePath(QStringLiteral("hub")), QStringLiteral("--device-code"), code,
                   QStringLiteral("--out"), QDir(work).filePath(QStringLiteral("enrol-") + code)});
    }
    return port;
}

void stopHub(const QString& work)
{
    runScript({QStringLiteral("stop"), QStringLiteral("--dir"), QDir(work).filePath(QStringLiteral("hub"))});
}

/// CPU ticks and proportional memory of the hub's server processes (its postmaster and children).
struct HubUsage
{
    double cpuSeconds = 0;
    double pssMb = 0;
};

HubUsage hubUsage(const QString& work)
{
    QFile pidFile(QDir(work).filePath(QStringLiteral("hub/data/postmaster.pid")));
    HubUsage u;
    if (!pidFile.open(QIODevice::ReadOnly)) {
        return u;
    }
    const QByteArray master = pidFile.readLine().trimmed();
    const double tick = static_cast<double>(sysconf(_SC_CLK_TCK));
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray line = stat.readAll();
        const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (f.size() < 15 || (entry.toUtf8() != master && f.at(1) != master)) {
            continue;
        }
        u.cpuSeconds += (f.at(11).toDouble() + f.at(12).toDouble()) / tick;
        if (entry.toUtf8() == master) {
            // Backends that ended (one per sync: each sync connects) are counted in the postmaster's
            // children's time.
            u.cpuSeconds += (f.at(13).toDouble() + f.at(14).toDouble()) / tick;
        }
        QFile smaps(QStringLiteral("/proc/%1/smaps_rollup").arg(entry));
        if (smaps.open(QIODevice::ReadOnly)) {
            for (const QByteArray& l : smaps.readAll().split('\n')) {
                if (l.startsWith("Pss:")) {
                    u.pssMb += l.mid(4).trimmed().split(' ').first().toDouble() / 1024.0;
                }
            }
        }
    }
    return u;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, static_cast<qsizetype>(p * static_cast<double>(v.size()))));
}

struct Latencies
{
    std::mutex lock;
    QList<double> pairs;                  // every (change, other laptop)
    QHash<QString, double> worstByChange; // the last laptop to see each change
    qint64 written = 0;
    qint64 failures = 0;
};

/// One simulated laptop: an observation every `interval` seconds, a sync, listening in between.
void laptop(const QString& dir, const QString& work, int port, const QString& code, int seconds, int interval,
            Latencies& out)
{
    auto ws = openLaptop(dir, code);
    join(*ws, work, port);
    Patient p;
    p.birthName = QStringLiteral("BENCH") + code;
    p.firstNames = QStringLiteral("Prenom");
    p.birthDate = QDate(1950, 1, 1);
    p.sex = QStringLiteral("F");
    auto reg = PatientService(*ws).registerPatient(p);
    check(reg ? Status() : Status(reg.error()));
    std::int64_t seen = 0;
    {
        auto max = ws->db().scalar(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM record_version"));
        seen = max ? max->toLongLong() : 0;
    }
    const auto look = [&] {
        const double now = static_cast<double>(QDateTime::currentMSecsSinceEpoch());
        auto s = ws->db().prepare(
            QStringLiteral("SELECT rowid, version_id, data FROM record_version WHERE rowid > ?1 "
                           "AND device <> ?2 AND kind = 'observation'"));
        s->bind(1, seen).bind(2, code);
        std::lock_guard guard(out.lock);
        while (*s->step()) {
            seen = std::max(seen, s->int64(0));
            const double sent = QJsonDocument::fromJson(s->text(2).toUtf8())
                                    .object()
                                    .value(QStringLiteral("sent_ms"))
                                    .toDouble();
            if (sent > 0) {
                const double ms = now - sent;
                out.pairs << ms;
                double& worst = out.worstByChange[s->text(1)];
                worst = std::max(worst, ms);
            }
        }
    };
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < seconds * 1000LL) {
        auto obs = RecordStore(*ws).create(
            QStringLiteral("observation"), reg->id,
            {{QStringLiteral("pulse"), 70},
             {QStringLiteral("sent_ms"), double(QDateTime::currentMSecsSinceEpoch())}},
            QDateTime::currentDateTimeUtc());
        check(obs ? Status() : Status(obs.error()));
        {
            std::lock_guard guard(out.lock);
            ++out.written;
        }
        hub::HubSync sync(*ws);
        sync.setAfterBatch(look);
        auto r = sync.syncFor(interval);
        if (!r) {
            std::lock_guard guard(out.lock);
            ++out.failures;
            QThread::msleep(static_cast<unsigned long>(interval) * 1000);
        }
        look();
    }
    // Catch up with the last changes of the others, listening a little longer.
    hub::HubSync last(*ws);
    last.setAfterBatch(look);
    (void)last.syncFor(interval * 3);
    look();
}

int latency(const QString& work, int laptops, int seconds, int interval)
{
    QStringList codes;
    for (int i = 1; i <= laptops; ++i) {
        codes << QStringLiteral("L%1").arg(i, 2, 10, QLatin1Char('0'));
    }
    const int port = makeHub(work, codes);
    const HubUsage before = hubUsage(work);
    Latencies out;
    QList<QThread*> threads;
    for (const QString& code : codes) {
        const QString dir = QDir(work).filePath(QStringLiteral("laptop-") + code);
        threads << QThread::create([=, &out] { laptop(dir, work, port, code, seconds, interval, out); });
        threads.last()->start();
        QThread::msleep(static_cast<unsigned long>(interval) * 1000 / static_cast<unsigned long>(laptops));
    }
    double peakPss = 0;
    while (std::any_of(threads.begin(), threads.end(), [](QThread* t) { return !t->isFinished(); })) {
        QThread::msleep(1000);
        peakPss = std::max(peakPss, hubUsage(work).pssMb);
    }
    for (QThread* t : threads) {
        t->wait();
        delete t;
    }
    const HubUsage after = hubUsage(work);
    stopHub(work);
    QList<double> worst = out.worstByChange.values();
    QTextStream o(stdout);
    o << QStringLiteral(
             "%1 laptops, an observation every %2 s each for %3 s: %4 changes written, %5 sync failures\n\n")
             .arg(laptops)
             .arg(interval)
             .arg(seconds)
             .arg(out.written)
             .arg(out.failures);
    o << "| measure | median (s) | p95 (s) | max (s) |\n|---|---:|---:|---:|\n";
    o << QStringLiteral("| change visible on one other laptop (%1 pairs) | %2 | %3 | %4 |\n")
             .arg(out.pairs.size())
             .arg(percentile(out.pairs, 0.5) / 1000, 0, 'f', 2)
             .arg(percentile(out.pairs, 0.95) / 1000, 0, 'f', 2)
             .arg(percentile(out.pairs, 1.0) / 1000, 0, 'f', 2);
    o << QStringLiteral("| change visible on every other laptop (%1 changes) | %2 | %3 | %4 |\n")
             .arg(worst.size())
             .arg(percentile(worst, 0.5) / 1000, 0, 'f', 2)
             .arg(percentile(worst, 0.95) / 1000, 0, 'f', 2)
             .arg(percentile(worst, 1.0) / 1000, 0, 'f', 2);
    o << QStringLiteral("\nhub: %1 s of CPU over the run (%2 % of one core), peak memory %3 MB (PSS of its "
                        "processes)\n")
             .arg(after.cpuSeconds - before.cpuSeconds, 0, 'f', 1)
             .arg(100.0 * (after.cpuSeconds - before.cpuSeconds) / seconds, 0, 'f', 0)
             .arg(peakPss, 0, 'f', 0);
    return 0;
}

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
        for (int k = 0; k < perPatient; ++k) {
            RecordVersion v;
            v.recordId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            v.kind = QStringLiteral("observation");
            v.patientId = reg->id;
            v.version = 1;
            v.occurredAt = start.addSecs(3600LL * k);
            v.data = {{QStringLiteral("resp_rate"), 12 + k % 10},
                      {QStringLiteral("spo2"), 94 + k % 5},
                      {QStringLiteral("systolic_bp"), 110 + k % 30},
                      {QStringLiteral("pulse"), 60 + k % 40},
                      {QStringLiteral("temperature"), 37.1}};
            auto w = records.appendInTransaction(v);
            check(w ? Status() : Status(w.error()));
        }
    }
    check(tx->commit());
    return 0;
}

int syncPhase(const QString& dir, const QString& code, const QString& work, int port)
{
    auto ws = openLaptop(dir, code);
    join(*ws, work, port);
    hub::HubSync sync(*ws);
    auto r = sync.syncOnce();
    check(r ? Status() : Status(r.error()));
    std::printf("sent %lld (new %lld), received %lld (new %lld), patients %d\n",
                static_cast<long long>(r->offered), static_cast<long long>(r->stored),
                static_cast<long long>(r->pulled), static_cast<long long>(r->newRecords), r->patients);
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
    child.start(QCoreApplication::applicationFilePath(),
                QStringList{QStringLiteral("--hospital-id"), g_hospitalId} + args);
    child.waitForFinished(-1);
    Phase p{name, static_cast<double>(timer.elapsed()) / 1000.0, 0, {}};
    for (const QString& line :
         QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("peak_kb "))) {
            p.peakKb = line.mid(8).toLong();
        } else {
            p.output += line;
        }
    }
    if (child.exitCode() != 0) {
        qFatal("phase %s failed", qPrintable(name));
    }
    return p;
}

int firstSync(const QString& work, const QString& patients, const QString& perPatient)
{
    const int port = makeHub(work, {QStringLiteral("BA"), QStringLiteral("BB")});
    const QString a = QDir(work).filePath(QStringLiteral("laptop-a"));
    const QString b = QDir(work).filePath(QStringLiteral("laptop-b"));
    const QString p = QString::number(port);
    QList<Phase> phases;
    phases << runPhase(QStringLiteral("generate on laptop A (not part of the sync)"),
                       {QStringLiteral("--phase=generate"), a, patients, perPatient});
    phases << runPhase(QStringLiteral("A's first sync: everything pushed"),
                       {QStringLiteral("--phase=sync"), a, QStringLiteral("BA"), work, p});
    phases << runPhase(QStringLiteral("first sync of a new laptop B"),
                       {QStringLiteral("--phase=sync"), b, QStringLiteral("BB"), work, p});
    phases << runPhase(QStringLiteral("B syncs again (nothing new)"),
                       {QStringLiteral("--phase=sync"), b, QStringLiteral("BB"), work, p});
    const HubUsage hub = hubUsage(work);
    stopHub(work);
    QTextStream out(stdout);
    out << QStringLiteral("%1 patients, %2 observations each; hub memory at the end %3 MB (PSS)\n\n")
               .arg(patients, perPatient)
               .arg(hub.pssMb, 0, 'f', 0);
    out << "| phase | time (s) | peak memory (MB) | result |\n|---|---:|---:|---|\n";
    for (const auto& ph : phases) {
        out << QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(ph.name)
                   .arg(ph.seconds, 0, 'f', 1)
                   .arg(static_cast<double>(ph.peakKb) / 1024.0, 0, 'f', 0)
                   .arg(ph.output);
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    if (args.size() >= 3 && args[1] == QLatin1String("--hospital-id")) {
        g_hospitalId = args[2];
        args.remove(1, 2);
    } else {
        g_hospitalId = SiteIdentity::generateHospitalId();
    }
    if (args.size() >= 2 && args[1].startsWith(QLatin1String("--phase="))) {
        const QString phase = args[1].mid(8);
        int rc = 1;
        if (phase == QLatin1String("generate")) {
            rc = generate(args[2], args[3].toInt(), args[4].toInt());
        } else if (phase == QLatin1String("sync")) {
            rc = syncPhase(args[2], args[3], args[4], args[5].toInt());
        }
        std::printf("peak_kb %ld\n", peakKb());
        return rc;
    }
    const QString mode = args.value(1);
    const QString work =
        args.size() > 2 ? args[2] : QDir::temp().filePath(QStringLiteral("whiteplan-hub-bench"));
    if (mode == QLatin1String("latency")) {
        return latency(work, args.value(3, QStringLiteral("50")).toInt(),
                       args.value(4, QStringLiteral("300")).toInt(),
                       args.value(5, QStringLiteral("2")).toInt());
    }
    if (mode == QLatin1String("first-sync")) {
        return firstSync(work, args.value(3, QStringLiteral("10000")), args.value(4, QStringLiteral("100")));
    }
    std::fprintf(stderr, "usage: hub_bench latency|first-sync [WORKDIR] ...\n");
    return 2;
}
