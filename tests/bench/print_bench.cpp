// Handover sheet benchmark: a workspace in a temporary folder filled through the services
// (wards of 30 and 300 occupied beds, three days of observations every 4 hours and two
// nursing notes a day per patient), then the sheet loaded and written as a PDF several
// times. Prints a Markdown table with the median for docs/performance.md.
//
//   build/ci/tests/bench/print_bench [runs]

#include "Transaction.h"
#include "patients/PatientService.h"
#include "printing/HandoverSheet.h"
#include "records/RecordStore.h"
#include "site/SiteService.h"
#include "users/UserService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace wp;

namespace {

QJsonObject observation(int i, int hour)
{
    // Deterministic variety: some patients drift towards medium or high risk.
    const int severity = (i % 7 == 0) ? 2 : (i % 3 == 0) ? 1 : 0;
    return {{QStringLiteral("resp_rate"), 14 + severity * 4 + hour % 3},
            {QStringLiteral("spo2"), 97 - severity * 2},
            {QStringLiteral("spo2_scale"), 1},
            {QStringLiteral("oxygen"), severity == 2 ? QStringLiteral("oxygen") : QStringLiteral("air")},
            {QStringLiteral("systolic_bp"), 128 - severity * 12},
            {QStringLiteral("diastolic_bp"), 75},
            {QStringLiteral("pulse"), 72 + severity * 20 + hour % 5},
            {QStringLiteral("consciousness"), QStringLiteral("A")},
            {QStringLiteral("temperature"), 36.8 + severity * 0.8}};
}

bool fill(Workspace& ws, const QString& ward, int beds)
{
    QStringList labels;
    for (int b = 1; b <= beds; ++b) {
        labels << QString::number(b);
    }
    if (!SiteService(ws).addWard(ward, ward + QStringLiteral(" ward"), labels)) {
        return false;
    }
    auto tx = db::Transaction::begin(ws.db());
    if (!tx) {
        return false;
    }
    PatientService patients(ws);
    RecordStore records(ws);
    const QDateTime now = ws.clock().now();
    for (int i = 0; i < beds; ++i) {
        Patient p;
        p.birthName = QStringLiteral("Patient%1").arg(i);
        p.firstNames = QStringLiteral("Bench");
        p.birthDate = QDate(1940 + i % 60, 1 + i % 12, 1 + i % 28);
        p.sex = i % 2 ? QStringLiteral("F") : QStringLiteral("M");
        auto reg = patients.registerPatient(p);
        if (!reg ||
            !patients.admit(reg->id, ward, labels[i], now.addDays(-3), QStringLiteral("Bench admission"))) {
            return false;
        }
        if (!patients.setAllergies(reg->id,
                                   i % 5 == 0 ? QStringLiteral("Penicillin") : QStringLiteral("none"))) {
            return false;
        }
        for (int h = 72; h > 0; h -= 4) {
            if (!records.create(QStringLiteral("observation"), reg->id, observation(i, h),
                                now.addSecs(-h * 3600))) {
                return false;
            }
        }
        for (int h = 72; h > 0; h -= 12) {
            const QJsonObject note{{QStringLiteral("target"), QStringLiteral("Pain")},
                                   {QStringLiteral("data"), QStringLiteral("Comfortable.")},
                                   {QStringLiteral("actions"), QStringLiteral("Analgesia.")},
                                   {QStringLiteral("results"), QStringLiteral("Settled.")}};
            if (!records.create(QStringLiteral("nursing_note"), reg->id, note, now.addSecs(-h * 3600))) {
                return false;
            }
        }
    }
    return tx->commit().ok();
}

struct Timing
{
    double medianMs = 0;
    double minMs = 0;
    double maxMs = 0;
    int pages = 0;
};

Timing measure(Workspace& ws, const QString& ward, const QString& pdf, int runs)
{
    std::vector<double> ms;
    Timing t;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        printing::HandoverOptions o;
        o.wardCode = ward;
        o.shift = printing::HandoverShift::Morning;
        auto sheet = printing::HandoverSheet::build(ws, o);
        if (!sheet || !(*sheet)->writePdf(pdf)) {
            std::fprintf(stderr, "print_bench: printing %s failed\n", qPrintable(ward));
            return t;
        }
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        t.pages = (*sheet)->pageCount();
    }
    std::sort(ms.begin(), ms.end());
    t.medianMs = ms[ms.size() / 2];
    t.minMs = ms.front();
    t.maxMs = ms.back();
    return t;
}

} // namespace

int main(int argc, char* argv[])
{
    // Text layout needs a GUI application; a benchmark has no window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 9;
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.path());
    if (!ws) {
        std::fprintf(stderr, "print_bench: %s\n", qPrintable(ws.errorMessage()));
        return 1;
    }
    SiteSetup setup;
    setup.hospital = QStringLiteral("Bench hospital");
    setup.deviceCode = QStringLiteral("BENCH");
    setup.adminLogin = QStringLiteral("admin");
    setup.adminName = QStringLiteral("Admin");
    setup.adminPassword = QStringLiteral("bench-password-1");
    if (!SiteService(**ws).initialise(setup)) {
        return 1;
    }
    (*ws)->setCurrentUser(*UserService(**ws).find(QStringLiteral("admin")));
    QElapsedTimer fillTimer;
    fillTimer.start();
    if (!fill(**ws, QStringLiteral("W30"), 30) || !fill(**ws, QStringLiteral("W300"), 300)) {
        std::fprintf(stderr, "print_bench: cannot generate the data\n");
        return 1;
    }
    std::printf("Generated 330 patients, 18 observation sets and 6 notes each, in %.1f s.\n\n",
                static_cast<double>(fillTimer.elapsed()) / 1000.0);
    std::printf("| handover sheet | patients | pages | median (ms) | min (ms) | max (ms) | target |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---|\n");
    const Timing small = measure(**ws, QStringLiteral("W30"), dir.filePath(QStringLiteral("w30.pdf")), runs);
    std::printf("| 30-bed ward | 30 | %d | %.0f | %.0f | %.0f | < 300 ms |\n", small.pages, small.medianMs,
                small.minMs, small.maxMs);
    const Timing large =
        measure(**ws, QStringLiteral("W300"), dir.filePath(QStringLiteral("w300.pdf")), runs);
    std::printf("| 300 patients | 300 | %d | %.0f | %.0f | %.0f | < 3 s |\n", large.pages, large.medianMs,
                large.minMs, large.maxMs);
    std::printf("\n%d runs each; load from the database, layout and PDF writing at 300 dpi included.\n",
                runs);
    return small.medianMs < 300 && large.medianMs < 3000 ? 0 : 1;
}
