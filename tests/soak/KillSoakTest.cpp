// Issue 17, kill -9 soak: whiteplan-cli killed (SIGKILL) at random moments during observation
// imports, census imports, bundle imports, restores and backups. After every kill `verify` passes
// and the counts are those before the command or those after it, never between.
//
// Bounded for CI: WHITEPLAN_SOAK_CYCLES cycles (default 100) from the seed WHITEPLAN_SOAK_SEED
// (default 17). The moment of each kill is drawn over the end of the command's own duration,
// measured by one uninterrupted run of it first.
#include "BackupFile.h"
#include "Database.h"
#include "TestSupport.h"
#include "site/SiteIdentity.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

#include <cstdio>
#include <random>

using namespace wp;

namespace {

const QString password = QStringLiteral("soak-admin-password");
const QString passphrase = QStringLiteral("soak bundle passphrase four words");

enum class Op { Census, Observations, Bundle, Restore, Backup };
constexpr int opCount = 5;

const char* opName(Op op)
{
    switch (op) {
    case Op::Census:
        return "census import";
    case Op::Observations:
        return "observation import";
    case Op::Bundle:
        return "bundle import";
    case Op::Restore:
        return "restore";
    case Op::Backup:
        return "backup";
    }
    return "?";
}

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("WHITEPLAN_PASSWORD"), password);
    env.insert(QStringLiteral("WHITEPLAN_BUNDLE_PASSPHRASE"), passphrase);
    // backup --to writes an encrypted file, and restore reads it, with this passphrase.
    env.insert(QStringLiteral("WHITEPLAN_BACKUP_PASSPHRASE"), passphrase);
    return env;
}

struct Run
{
    bool killed = false;
    int exitCode = -1;
    qint64 elapsedMs = 0;
    QString err;
};

// Starts the CLI and, when `killAfterMs` >= 0, kills it (SIGKILL) that long after the start.
Run runCli(const QStringList& arguments, int killAfterMs = -1)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment());
    process.setStandardInputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(WHITEPLAN_CLI), arguments);
    REQUIRE(process.waitForStarted(10000));
    Run run;
    if (killAfterMs >= 0 && !process.waitForFinished(killAfterMs)) {
        process.kill();
        run.killed = true;
    }
    if (process.state() != QProcess::NotRunning) {
        REQUIRE(process.waitForFinished(120000));
    }
    run.elapsedMs = timer.elapsed();
    if (!run.killed) {
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// A name from a number (names take no digits): 0 is "a", 27 is "bb".
QString letters(int n)
{
    QString text;
    do {
        text.prepend(QChar(u'a' + n % 26));
        n /= 26;
    } while (n > 0);
    return text;
}

struct Counts
{
    int patients = 0;
    int observations = 0;
    bool operator==(const Counts& o) const
    {
        return patients == o.patients && observations == o.observations;
    }
};

Counts countsOf(const QString& databaseFile)
{
    auto db = db::Database::open(databaseFile, db::Database::Mode::ReadOnly, false);
    INFO(db.errorMessage().toStdString());
    REQUIRE(db.ok());
    Counts c;
    c.patients = db->scalar(QStringLiteral("SELECT count(*) FROM patient")).value().toInt();
    c.observations =
        db->scalar(QStringLiteral("SELECT count(*) FROM record_version WHERE kind = 'observation'"))
            .value()
            .toInt();
    return c;
}

std::ostream& operator<<(std::ostream& os, const Counts& c)
{
    return os << c.patients << " patients, " << c.observations << " observations";
}

struct Soak
{
    test::TempDir tmp;
    QString dir = tmp.file(QStringLiteral("laptop"));
    QString other = tmp.file(QStringLiteral("other"));
    QString usb = tmp.file(QStringLiteral("usb"));
    QString files = tmp.file(QStringLiteral("files"));
    QString bundle = tmp.file(QStringLiteral("files/other.wpb"));
    QString backup; // restored by the restore cycles
    Counts backupCounts;
    Counts bundleAdds;
    int cycle = 0;

    QStringList asAdmin() const
    {
        return {QStringLiteral("--data-dir"), dir, QStringLiteral("--user"), QStringLiteral("admin")};
    }
    QString database() const { return QDir(dir).filePath(QStringLiteral("whiteplan.db")); }

    void init(const QString& where, const QString& code, const QString& hospitalId = {})
    {
        QStringList args{
            QStringLiteral("init"),    QStringLiteral("--data-dir"),    where, QStringLiteral("--hospital"),
            QStringLiteral("CH Soak"), QStringLiteral("--device-code"), code,  QStringLiteral("--admin"),
            QStringLiteral("admin")};
        if (!hospitalId.isEmpty()) {
            args << QStringLiteral("--hospital-id") << hospitalId;
        }
        const Run r = runCli(args);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }

    // A census of `rows` new patients, their IPPs unique to this cycle.
    QString censusFile(int rows, int base)
    {
        QByteArray csv = "ipp,birth_name,first_names,birth_date,sex\n";
        for (int r = 0; r < rows; ++r) {
            csv += QStringLiteral("%1,Soak%2,Patient,19%3-0%4-1%5,%6\n")
                       .arg(base + r)
                       .arg(letters(base + r))
                       .arg(30 + r % 60)
                       .arg(1 + r % 9)
                       .arg(r % 10)
                       .arg(r % 2 ? QStringLiteral("F") : QStringLiteral("M"))
                       .toUtf8();
        }
        const QString file = QDir(files).filePath(QStringLiteral("census-%1.csv").arg(base));
        test::writeFile(file, csv);
        return file;
    }

    // `rows` observations of the first 20 patients, at minutes no other cycle uses.
    QString observationsFile(int rows)
    {
        QByteArray csv =
            "patient,taken_at,resp_rate,spo2,spo2_scale,oxygen,systolic_bp,diastolic_bp,pulse,consciousness,"
            "temperature\n";
        const QDateTime start = QDateTime::currentDateTime().addSecs(-3600);
        for (int r = 0; r < rows; ++r) {
            const QDateTime taken = start.addSecs(-60 * (cycle * rows + r));
            csv += QStringLiteral("%1,%2,16,96,1,air,125,75,%3,A,37.0\n")
                       .arg(100000 + r % 20)
                       .arg(taken.toString(QStringLiteral("yyyy-MM-ddTHH:mm")))
                       .arg(60 + r % 40)
                       .toUtf8();
        }
        const QString file = QDir(files).filePath(QStringLiteral("observations-%1.csv").arg(cycle));
        test::writeFile(file, csv);
        return file;
    }

    QStringList command(Op op)
    {
        switch (op) {
        case Op::Census:
            return QStringList{QStringLiteral("patients"), QStringLiteral("import"),
                               censusFile(40, 200000 + 1000 * cycle)} +
                   asAdmin();
        case Op::Observations:
            return QStringList{QStringLiteral("observations"), QStringLiteral("import"),
                               observationsFile(60)} +
                   asAdmin();
        case Op::Bundle:
            return QStringList{QStringLiteral("bundle"), QStringLiteral("import"), bundle} + asAdmin();
        case Op::Restore:
            return QStringList{QStringLiteral("restore"), backup} + asAdmin();
        case Op::Backup:
            return QStringList{QStringLiteral("backup"), QStringLiteral("--to"), usb} + asAdmin();
        }
        return {};
    }

    // The counts the command leaves when it completes, from those before it.
    Counts after(Op op, const Counts& before, bool bundleImported) const
    {
        Counts c = before;
        switch (op) {
        case Op::Census:
            c.patients += 40;
            break;
        case Op::Observations:
            c.observations += 60;
            break;
        case Op::Bundle:
            if (!bundleImported) {
                c.patients += bundleAdds.patients;
                c.observations += bundleAdds.observations;
            }
            break;
        case Op::Restore:
            c = backupCounts;
            break;
        case Op::Backup:
            break;
        }
        return c;
    }

    void prepare()
    {
        QDir().mkpath(usb);
        QDir().mkpath(files);
        init(dir, QStringLiteral("S1"));
        auto identity = SiteIdentity::ofFile(database());
        REQUIRE(identity.ok());
        // The 20 patients every observation file refers to.
        Run r =
            runCli(QStringList{QStringLiteral("patients"), QStringLiteral("import"), censusFile(20, 100000)} +
                   asAdmin());
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        // The backup that restores go back to (encrypted: its counts are the database's as it was written).
        backupCounts = countsOf(database());
        r = runCli(QStringList{QStringLiteral("backup"), QStringLiteral("--to"), files} + asAdmin());
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const auto backups = QDir(files).entryInfoList({QStringLiteral("whiteplan-*")}, QDir::Files);
        REQUIRE(backups.size() == 1);
        backup = backups.first().absoluteFilePath();
        // Another laptop of the hospital with its own patients and observations, in a bundle.
        init(other, QStringLiteral("S2"), identity->hospitalId);
        const QStringList asOther{QStringLiteral("--data-dir"), other, QStringLiteral("--user"),
                                  QStringLiteral("admin")};
        r = runCli(QStringList{QStringLiteral("patients"), QStringLiteral("import"), censusFile(30, 900000)} +
                   asOther);
        REQUIRE(r.exitCode == 0);
        r = runCli(
            QStringList{QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--out"), bundle} +
            asOther);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        bundleAdds.patients = 30;
    }

    void verify()
    {
        const Run v = runCli({QStringLiteral("verify"), QStringLiteral("--data-dir"), dir});
        INFO("verify after cycle " << cycle << ": " << v.err.toStdString());
        REQUIRE(v.exitCode == 0);
    }
};

int environmentInt(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

TEST_CASE("kill -9 at random moments of imports, restores and backups loses nothing and mixes nothing",
          "[soak]")
{
#if defined(__SANITIZE_ADDRESS__)
    // Under AddressSanitizer every command is several times slower: fewer cycles keep the test
    // within CTest's timeout.
    const int defaultCycles = 30;
#else
    const int defaultCycles = 100;
#endif
    const int cycles = environmentInt("WHITEPLAN_SOAK_CYCLES", defaultCycles);
    const int seed = environmentInt("WHITEPLAN_SOAK_SEED", 17);
    std::mt19937 random(static_cast<unsigned>(seed));
    QElapsedTimer total;
    total.start();

    Soak soak;
    soak.prepare();

    // One uninterrupted run of each command: its duration bounds the moment of the kill.
    qint64 duration[opCount] = {};
    bool bundleImported = false;
    for (int i = 0; i < opCount; ++i) {
        const Op op = static_cast<Op>(i);
        const Counts before = countsOf(soak.database());
        const Counts expected = soak.after(op, before, bundleImported);
        const Run r = runCli(soak.command(op));
        INFO(opName(op) << ": " << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        duration[i] = r.elapsedMs;
        const Counts now = countsOf(soak.database());
        CHECK(now == expected);
        bundleImported = bundleImported || op == Op::Bundle;
        if (op == Op::Restore) {
            bundleImported = false; // the backup predates the bundle
        }
        ++soak.cycle;
    }

    int killed[opCount] = {};
    int completed[opCount] = {};
    int changed[opCount] = {};
    int backupsChecked = 0;
    for (int c = 0; c < cycles; ++c, ++soak.cycle) {
        const Op op = static_cast<Op>(random() % opCount);
        // Most of a command's time is the login's password hashing, before anything is written: the
        // kill is drawn from 50 % to 105 % of its recent uninterrupted duration, where the writing
        // is (and some runs finish).
        const double u = std::uniform_real_distribution<double>(0.0, 1.0)(random);
        const int at =
            static_cast<int>(static_cast<double>(duration[static_cast<int>(op)]) * (0.5 + 0.55 * u));
        const Counts before = countsOf(soak.database());
        const Counts done = soak.after(op, before, bundleImported);
        // Backup names have a resolution of one second: a file changed by this cycle is newer than this.
        const QDateTime cycleStart = QDateTime::currentDateTime().addSecs(-2);
        const Run r = runCli(soak.command(op), at);
        INFO("cycle " << c << ", " << opName(op) << ", kill after " << at
                      << " ms: " << (r.killed ? "killed" : "finished") << " " << r.err.toStdString());
        if (!r.killed) {
            CHECK(r.exitCode == 0);
        }
        soak.verify();
        const Counts now = countsOf(soak.database());
        INFO("before: " << before << "; after: " << done << "; now: " << now);
        REQUIRE((now == before || now == done));
        if (!r.killed) {
            REQUIRE(now == done);
        }
        const int i = static_cast<int>(op);
        (r.killed ? killed : completed)[i]++;
        if (!r.killed) {
            // The machine's load changes the durations: follow it.
            duration[i] = (duration[i] + r.elapsedMs) / 2;
        }
        changed[i] += (now == done && !(done == before)) ? 1 : 0;
        if (op == Op::Bundle && now == done) {
            bundleImported = true;
        }
        if (op == Op::Restore && now == done) {
            bundleImported = false;
        }
        // Whatever carries a backup's name is a whole backup (those this cycle may have written).
        for (const QFileInfo& file :
             QDir(soak.usb).entryInfoList({QStringLiteral("whiteplan-*.db")}, QDir::Files)) {
            if (file.lastModified() >= cycleStart) {
                INFO(file.fileName().toStdString());
                REQUIRE(db::BackupFile::validate(file.absoluteFilePath()).ok());
                ++backupsChecked;
            }
        }
    }
    std::printf("soak figures: %d cycles, seed %d, %.1f s in all, %d backup files checked whole\n", cycles,
                seed, static_cast<double>(total.elapsed()) / 1000.0, backupsChecked);
    for (int i = 0; i < opCount; ++i) {
        std::printf(
            "soak figures: %s: %lld ms uninterrupted (last), %d killed, %d finished, %d changed the data\n",
            opName(static_cast<Op>(i)), static_cast<long long>(duration[i]), killed[i], completed[i],
            changed[i]);
    }
    std::fflush(stdout);
}
