// Nurses' side on a large hospital: search as you type, opening a patient, saving an
// observation (fsync included), start-up time and peak memory.
// Usage:
//   ward_bench generate DIR [--patients N] [--observations-per-patient M]
//   ward_bench measure DIR
//   ward_bench seals DIR       (record seal verification and the migration 0007 backfill)
// `measure` runs in its own process so that its peak memory and start-up are not
// those of the generator.

#include "Transaction.h"
#include "audit/AuditLog.h"
#include "backup/BackupService.h"
#include "clinical/DowntimeNumber.h"
#include "clinical/forms/FormRegistry.h"
#include "entries/FormEntryService.h"
#include "patients/PatientService.h"
#include "records/RecordSeal.h"
#include "records/RecordStore.h"
#include "site/SiteService.h"
#include "users/UserService.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace wp;

namespace {

QElapsedTimer processTimer;

const char* const surnames[] = {
    "Martin",   "Bernard", "Dubois",  "Thomas",   "Robert",   "Richard", "Petit",   "Durand",
    "Leroy",    "Moreau",  "Simon",   "Laurent",  "Lefèvre",  "Michel",  "García",  "David",
    "Bertrand", "Roux",    "Vincent", "Fournier", "Morel",    "Girard",  "André",   "Mercier",
    "Dupont",   "Lambert", "Bonnet",  "François", "Martinez", "Legrand", "Garnier", "Faure"};
const char* const firstNames[] = {"Jeanne",   "Marie", "Élise",  "Louise",  "Camille", "Chloé",
                                  "Nathalie", "Inès",  "Jean",   "Pierre",  "Michel",  "André",
                                  "Luc",      "Hugo",  "Mathéo", "François"};

std::uint64_t rngState = 42;
std::uint64_t nextRandom()
{
    std::uint64_t z = (rngState += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}
int between(int lo, int hi)
{
    return lo + static_cast<int>(nextRandom() % static_cast<std::uint64_t>(hi - lo + 1));
}

long peakMemoryMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

struct Stats
{
    double median = 0;
    double p99 = 0;
    double max = 0;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Stats s;
    s.median = ms[ms.size() / 2];
    s.p99 = ms[std::min(ms.size() - 1, static_cast<std::size_t>(static_cast<double>(ms.size()) * 0.99))];
    s.max = ms.back();
    return s;
}

QJsonObject randomObservation()
{
    return {{QStringLiteral("resp_rate"), between(12, 24)},
            {QStringLiteral("spo2"), between(90, 99)},
            {QStringLiteral("spo2_scale"), QStringLiteral("1")},
            {QStringLiteral("oxygen"), between(0, 9) == 0 ? QStringLiteral("oxygen") : QStringLiteral("air")},
            {QStringLiteral("systolic_bp"), between(95, 160)},
            {QStringLiteral("diastolic_bp"), between(50, 95)},
            {QStringLiteral("pulse"), between(55, 115)},
            {QStringLiteral("consciousness"), QStringLiteral("A")},
            {QStringLiteral("temperature"), between(360, 390) / 10.0},
            {FormEntryService::formVersionKey(), 1}};
}

/// Rows are written with reused prepared statements in large transactions, in exactly the
/// shape the services write them (identity and observation records, search index, a real
/// audit chain): through the services one by one, a million records take about an hour
/// on a shared two-core machine, which says nothing about what a nurse waits for.
class BulkWriter
{
public:
    explicit BulkWriter(Workspace& ws) : m_ws(ws)
    {
        m_record = prepare(QStringLiteral(
            "INSERT INTO record_version(version_id, record_id, kind, patient_id, version, data, occurred_at, "
            "created_at, created_by, device) VALUES (?1,?1,?2,?3,1,?4,?5,?6,'admin','BENCH')"));
        m_patient = prepare(QStringLiteral("INSERT INTO patient(id, downtime_number, ipp, birth_name, "
                                           "first_names, birth_date, sex, identity_status, "
                                           "status, ward_code, bed_label, admitted_at, updated_at) VALUES "
                                           "(?1,?2,?3,?4,?5,?6,?7,'provisional',?8,?9,"
                                           "?10,?11,?12)"));
        m_search = prepare(QStringLiteral(
            "INSERT INTO patient_search(patient_id, numbers, names, bed) VALUES (?1,?2,?3,?4)"));
        m_audit = prepare(AuditLog::insertStatement());
        m_seal = prepare(
            QStringLiteral("INSERT INTO record_seal(version_id, audit_seq, hash) VALUES (?1, ?2, ?3)"));
        auto last =
            ws.db().prepare(QStringLiteral("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1"));
        if (last && last->step().value()) {
            m_last.seq = last->int64(0);
            m_last.hash = last->text(1);
        }
    }

    bool record(const QString& kind, const QString& patientId, const QJsonObject& data, const QDateTime& at)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString now = toStorageTime(m_ws.clock().now());
        const QString json = QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
        m_record.bind(1, id)
            .bind(2, kind)
            .bind(3, patientId)
            .bind(4, json)
            .bind(5, toStorageTime(at))
            .bind(6, now);
        const bool ok = m_record.exec().ok();
        m_record.reset();
        // Sealed as RecordStore seals it: the audit entry commits to the version's content.
        const QList<RecordSeal::Seal> seal{{id, RecordSeal::hash({id,
                                                                  id,
                                                                  kind,
                                                                  patientId,
                                                                  QStringLiteral("1"),
                                                                  {},
                                                                  json,
                                                                  QStringLiteral("0"),
                                                                  {},
                                                                  toStorageTime(at),
                                                                  now,
                                                                  QStringLiteral("admin"),
                                                                  QStringLiteral("BENCH")})}};
        if (!ok || !audit(QStringLiteral("record.create"), kind, id, QStringLiteral("v1 ") + id,
                          RecordSeal::digest(seal))) {
            return false;
        }
        m_seal.bind(1, id).bind(2, static_cast<std::int64_t>(m_last.seq)).bind(3, seal.first().second);
        const bool sealed = m_seal.exec().ok();
        m_seal.reset();
        return sealed;
    }

    bool patient(const Patient& p)
    {
        const QString now = toStorageTime(m_ws.clock().now());
        m_patient.bind(1, p.id)
            .bind(2, p.downtimeNumber)
            .bind(3, p.ipp)
            .bind(4, p.birthName)
            .bind(5, p.firstNames)
            .bind(6, p.birthDate.toString(Qt::ISODate))
            .bind(7, p.sex)
            .bind(8, p.status)
            .bindOptional(9, p.wardCode)
            .bindOptional(10, p.bedLabel)
            .bindOptional(11, p.admittedAt.isValid() ? toStorageTime(p.admittedAt) : QString())
            .bind(12, now);
        bool ok = m_patient.exec().ok();
        m_patient.reset();
        m_search.bind(1, p.id)
            .bind(2, QStringList{p.downtimeNumber, QString(p.downtimeNumber).remove(QLatin1Char('-')), p.ipp}
                         .join(QLatin1Char(' ')))
            .bind(3, p.birthName + QLatin1Char(' ') + p.firstNames)
            .bind(4, p.wardCode + QLatin1Char(' ') + p.bedLabel);
        ok = ok && m_search.exec().ok();
        m_search.reset();
        return ok;
    }

private:
    db::Statement prepare(const QString& sql)
    {
        auto stmt = m_ws.db().prepare(sql);
        if (!stmt) {
            std::fprintf(stderr, "%s\n", qPrintable(stmt.errorMessage()));
            std::exit(1);
        }
        return std::move(stmt).value();
    }

    bool audit(const QString& action, const QString& kind, const QString& id, const QString& detail,
               const QString& content)
    {
        const AuditEntry e = AuditLog::next(m_last.seq, m_last.seq ? m_last.hash : AuditLog::genesisHash(),
                                            {QStringLiteral("admin"), QStringLiteral("BENCH")},
                                            m_ws.clock().now(), action, kind, id, detail, content);
        AuditLog::bind(m_audit, e);
        const bool ok = m_audit.exec().ok();
        m_audit.reset();
        m_last = e;
        return ok;
    }

    Workspace& m_ws;
    db::Statement m_record;
    db::Statement m_patient;
    db::Statement m_search;
    db::Statement m_audit;
    db::Statement m_seal;
    AuditEntry m_last;
};

int generate(const QString& dir, int patients, int perPatient)
{
    QDir(dir).removeRecursively();
    auto ws = Workspace::open(dir);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.errorMessage()));
        return 1;
    }
    SiteSetup setup;
    setup.hospital = QStringLiteral("Benchmark hospital");
    setup.deviceCode = QStringLiteral("BENCH");
    for (int w = 1; w <= 10; ++w) {
        WardSetup ward{QStringLiteral("W%1").arg(w), QStringLiteral("Ward %1").arg(w), {}};
        for (int b = 1; b <= 30; ++b) {
            ward.beds << QString::number(b);
        }
        setup.wards << ward;
    }
    setup.adminLogin = QStringLiteral("admin");
    setup.adminName = QStringLiteral("Admin");
    setup.adminPassword = QStringLiteral("bench-password");
    if (auto st = SiteService(**ws).initialise(setup); !st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.errorMessage()));
        return 1;
    }
    const QDateTime now = (*ws)->clock().now();
    QElapsedTimer timer;
    timer.start();
    BulkWriter writer(**ws);
    const int batch = 10000;
    for (int start = 0; start < patients; start += batch) {
        auto tx = db::Transaction::begin((*ws)->db());
        if (!tx) {
            return 1;
        }
        for (int i = start; i < std::min(patients, start + batch); ++i) {
            Patient p;
            p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            p.downtimeNumber = clinical::DowntimeNumber::make(QStringLiteral("BENCH"), i + 1)->text();
            p.birthName = QString::fromUtf8(surnames[nextRandom() % std::size(surnames)]);
            p.firstNames = QString::fromUtf8(firstNames[nextRandom() % std::size(firstNames)]);
            p.birthDate = QDate(between(1925, 2020), between(1, 12), between(1, 28));
            p.sex = between(0, 1) ? QStringLiteral("F") : QStringLiteral("M");
            p.ipp = QString::number(80000000 + i);
            p.status = QStringLiteral("registered");
            if (i < 300) {
                p.status = QStringLiteral("admitted");
                p.wardCode = QStringLiteral("W%1").arg(i / 30 + 1);
                p.bedLabel = QString::number(i % 30 + 1);
                p.admittedAt = now.addDays(-3);
            }
            if (!writer.patient(p) || !writer.record(QStringLiteral("patient"), p.id, {}, now)) {
                std::fprintf(stderr, "cannot write patient %d\n", i);
                return 1;
            }
            for (int k = 0; k < perPatient; ++k) {
                if (!writer.record(QStringLiteral("observation"), p.id, randomObservation(),
                                   now.addSecs(-3600LL * 4 * (perPatient - k)))) {
                    return 1;
                }
            }
        }
        if (!tx->commit()) {
            return 1;
        }
        std::fprintf(stderr, "\r%d/%d patients (%.0f s)", std::min(patients, start + batch), patients,
                     static_cast<double>(timer.elapsed()) / 1000.0);
    }
    std::fprintf(stderr, "\n");
    if (!(*ws)->setSetting(QStringLiteral("downtime.next"), QString::number(patients + 1))) {
        return 1;
    }
    (void)(*ws)->db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;"));
    std::printf("generated %d patients, %d observations in %.1f s, database %.0f MB\n", patients,
                patients * perPatient, static_cast<double>(timer.elapsed()) / 1000.0,
                static_cast<double>(QFileInfo((*ws)->databasePath()).size()) / 1e6);
    return 0;
}

int measure(const QString& dir)
{
    QElapsedTimer t;
    t.start();
    // As the GUI opens it: the full quick_check runs in the background afterwards.
    auto ws = Workspace::open(dir, Clock::system(), Workspace::Check::Deferred);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.errorMessage()));
        return 1;
    }
    const double openMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    clinical::FormRegistry forms;
    forms.reload((*ws)->formsDirectory());
    PatientService service(**ws);
    auto census = service.census(QStringLiteral("W1"));
    const double startupMs = static_cast<double>(processTimer.nsecsElapsed()) / 1e6;
    if (!census) {
        return 1;
    }
    (*ws)->setCurrentUser(*UserService(**ws).find(QStringLiteral("admin")));
    const int patients = service.count();

    // Search as you type: every prefix of names, numbers and "ward bed" queries.
    std::vector<double> search;
    QStringList typed;
    for (int i = 0; i < 60; ++i) {
        const QString name = QString::fromUtf8(surnames[nextRandom() % std::size(surnames)]);
        const QString first = QString::fromUtf8(firstNames[nextRandom() % std::size(firstNames)]);
        const QString full = name + QLatin1Char(' ') + first;
        for (int n = 1; n <= full.size(); ++n) {
            typed << full.left(n);
        }
        const QString number = QStringLiteral("BENCH-%1").arg(between(1, patients), 6, 10, QLatin1Char('0'));
        for (int n = 1; n <= number.size(); ++n) {
            typed << number.left(n);
        }
    }
    int found = 0;
    for (const QString& q : typed) {
        t.restart();
        auto r = service.search(q, 50);
        search.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        found += r ? static_cast<int>(r->size()) : 0;
    }

    // Opening a patient: identity plus the observation chart.
    std::vector<double> open;
    QStringList ids;
    for (int i = 0; i < 200; ++i) {
        auto p = service.findByNumber(QString::number(80000000 + between(0, patients - 1)));
        if (!p) {
            return 1;
        }
        ids << p->id;
    }
    FormEntryService entries(**ws, forms);
    for (const QString& id : ids) {
        t.restart();
        auto p = service.find(id);
        auto chart = entries.entries(id, QStringLiteral("observation"));
        open.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        if (!p || !chart) {
            return 1;
        }
    }

    // Saving an observation: validation, transaction, audit, fsync (synchronous=FULL).
    std::vector<double> save;
    for (const QString& id : ids) {
        t.restart();
        auto saved = entries.save(QStringLiteral("observation"), id, randomObservation());
        save.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        if (!saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.errorMessage()));
            return 1;
        }
    }

    const auto s = stats(search);
    const auto o = stats(open);
    const auto w = stats(save);
    std::printf("| measure | median | p99 | max | target |\n|---|---|---|---|---|\n");
    std::printf("| search as you type (%zu queries, %d results) | %.2f ms | %.2f ms | %.2f ms | < 20 ms |\n",
                search.size(), found, s.median, s.p99, s.max);
    std::printf(
        "| open a patient (identity + observation chart, %zu) | %.2f ms | %.2f ms | %.2f ms | < 20 ms |\n",
        open.size(), o.median, o.p99, o.max);
    std::printf(
        "| save an observation, fsync included (%zu) | %.2f ms | %.2f ms | %.2f ms | < 10 ms median |\n",
        save.size(), w.median, w.p99, w.max);
    t.restart();
    const bool sound = Workspace::checkIntegrity((*ws)->databasePath()).ok();
    const double checkMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    std::printf("| open the data directory (lock, header and schema, migrations) | %.0f ms | | | |\n",
                openMs);
    std::printf("| background quick_check (%s) | %.0f ms | | | |\n", sound ? "sound" : "DAMAGED", checkMs);
    std::printf("| start-up to first ward census | %.0f ms | | | < 1 s |\n", startupMs);
    std::printf("| peak memory | %ld MB | | | < 300 MB |\n", peakMemoryMb());
    std::printf("\n%d patients in the database.\n", patients);
    return 0;
}

/// What `verify` does to the records (RecordSeal::verify), and what migration 0007 does to a
/// database of that size (RecordSeal::backfill, in a transaction rolled back after).
int seals(const QString& dir)
{
    auto ws = Workspace::open(dir);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.errorMessage()));
        return 1;
    }
    auto& db = (*ws)->db();
    QElapsedTimer timer;
    timer.start();
    auto verified = RecordSeal::verify(db);
    if (!verified || !verified->ok()) {
        std::fprintf(stderr, "verify failed\n");
        return 1;
    }
    std::printf("verify records: %lld versions in %lld ms\n",
                static_cast<long long>(verified->versionsChecked), static_cast<long long>(timer.elapsed()));
    if (!db.exec(QStringLiteral("BEGIN; DROP TRIGGER record_seal_no_delete; DELETE FROM record_seal;"))
             .ok()) {
        return 1;
    }
    timer.restart();
    const bool sealed = RecordSeal::backfill(db, (*ws)->clock().now()).ok();
    std::printf("backfill (migration 0007): %lld ms\n", static_cast<long long>(timer.elapsed()));
    (void)db.exec(QStringLiteral("ROLLBACK"));
    return sealed ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    processTimer.start();
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3 || (args[1] != QLatin1String("generate") && args[1] != QLatin1String("measure") &&
                            args[1] != QLatin1String("seals"))) {
        std::fprintf(stderr, "usage: ward_bench generate DIR [--patients N] [--observations-per-patient M]\n"
                             "       ward_bench measure DIR\n"
                             "       ward_bench seals DIR\n");
        return 2;
    }
    if (args[1] == QLatin1String("seals")) {
        return seals(args[2]);
    }
    if (args[1] == QLatin1String("generate")) {
        int patients = 100000;
        int perPatient = 10;
        for (qsizetype i = 3; i + 1 < args.size(); i += 2) {
            if (args[i] == QLatin1String("--patients")) {
                patients = args[i + 1].toInt();
            } else if (args[i] == QLatin1String("--observations-per-patient")) {
                perPatient = args[i + 1].toInt();
            }
        }
        return generate(args[2], patients, perPatient);
    }
    return measure(args[2]);
}
