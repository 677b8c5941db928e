// Orders and results at ward and laboratory scale (issue 15):
// - a 30-bed ward with 3 days of orders and results (about 2,000 results): the ward board with
//   its laboratory column and the handover sheet, each under 300 ms;
// - the laboratory worklist of 500 open requests, under 100 ms to refresh.
// Usage: orders_bench [RUNS]   (default 9; prints a table for docs/performance.md)

#include "Transaction.h"
#include "clinical/forms/FormRegistry.h"
#include "orders/AlertService.h"
#include "orders/Catalogue.h"
#include "orders/OrderService.h"
#include "orders/ResultService.h"
#include "patients/PatientService.h"
#include "printing/HandoverSheet.h"
#include "site/SiteService.h"
#include "users/UserService.h"
#include "ward/WardBoardService.h"
#include "workspace/Workspace.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace wp;
using namespace wp::orders;

namespace {

struct Timing
{
    double medianMs = 0;
    double minMs = 0;
    double maxMs = 0;
};

Timing time(int runs, const std::function<bool()>& run)
{
    std::vector<double> ms;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        if (!run()) {
            std::fprintf(stderr, "orders_bench: a measured step failed\n");
            return {};
        }
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.front(), ms.back()};
}

bool as(Workspace& ws, const QString& login, Role role)
{
    UserService users(ws);
    if (!users.find(login)) {
        ws.setCurrentUser(*users.find(QStringLiteral("admin")));
        if (!users.create(login, login, role, login + QStringLiteral("-password-1"))) {
            return false;
        }
    }
    ws.setCurrentUser(*users.find(login));
    return true;
}

QStringList admit(Workspace& ws, const QString& ward, int beds, ManualClock& clock)
{
    QStringList labels;
    for (int b = 1; b <= beds; ++b) {
        labels << QString::number(b);
    }
    QStringList ids;
    if (!as(ws, QStringLiteral("admin"), Role::Administrator) ||
        !SiteService(ws).addWard(ward, ward + QStringLiteral(" ward"), labels)) {
        return ids;
    }
    PatientService patients(ws);
    for (int i = 0; i < beds; ++i) {
        Patient p;
        p.birthName = QStringLiteral("Patient%1").arg(i);
        p.firstNames = QStringLiteral("Bench");
        p.birthDate = QDate(1940 + i % 60, 1 + i % 12, 1 + i % 28);
        p.sex = i % 2 ? QStringLiteral("F") : QStringLiteral("M");
        auto reg = patients.registerPatient(p);
        if (!reg || !patients.admit(reg->id, ward, labels[i], clock.now(), QStringLiteral("Bench"))) {
            return {};
        }
        ids << reg->id;
    }
    return ids;
}

/// Three days of a medical ward: every patient has an ionogram and a blood count morning and evening,
/// some a liver panel or troponins; everything is collected, received and resulted, except the
/// last morning's that are still pending. About 2,000 results.
bool fillWard(Workspace& ws, ManualClock& clock, const Catalogue& catalogue, const QStringList& patients)
{
    OrderService orders(ws, catalogue);
    ResultService results(ws, catalogue);
    for (int day = 0; day < 3; ++day) {
        for (int i = 0; i < patients.size(); ++i) {
            // Morning and evening draws of an unwell medical ward.
            QList<QStringList> panels{{QStringLiteral("iono"), QStringLiteral("renal")},
                                      {QStringLiteral("fbc")},
                                      {QStringLiteral("iono"), QStringLiteral("renal")},
                                      {QStringLiteral("fbc"), QStringLiteral("blood-gas")}};
            if (i % 3 == 0) {
                panels << QStringList{QStringLiteral("liver")};
            }
            if (i % 4 == 0) {
                panels << QStringList{QStringLiteral("cardiac"), QStringLiteral("coag")};
            }
            for (const auto& codes : panels) {
                if (!as(ws, QStringLiteral("doctor"), Role::Doctor)) {
                    return false;
                }
                OrderRequest r;
                r.patientId = patients[i];
                r.codes = codes;
                r.priority = i % 5 == 0 ? Priority::Urgent : Priority::Routine;
                auto o = orders.place(r);
                if (!o) {
                    std::fprintf(stderr, "orders_bench: %s\n", qPrintable(o.errorMessage()));
                    return false;
                }
                if (day == 2 && i % 2 == 0) {
                    continue; // still pending this morning
                }
                clock.advanceSeconds(60);
                if (!as(ws, QStringLiteral("nurse"), Role::Nurse) || !orders.collect(o->number)) {
                    return false;
                }
                if (!as(ws, QStringLiteral("lab"), Role::Laboratory) || !orders.receive(o->number)) {
                    return false;
                }
                clock.advanceSeconds(60);
                for (const QString& test : o->tests) {
                    const LabTest* t = catalogue.test(test);
                    ResultEntry e;
                    e.order = o->recordId;
                    e.test = test;
                    e.via = QStringLiteral("lab");
                    if (t->type == ValueType::Numeric) {
                        const double low = t->possibleLow.value_or(0);
                        const double high = t->possibleHigh.value_or(low + 10);
                        const double mid =
                            t->ranges.isEmpty() || !t->ranges.first().low || !t->ranges.first().high
                                ? low + (high - low) / 10
                                : (*t->ranges.first().low + *t->ranges.first().high) / 2;
                        e.value = QString::number(mid * (0.94 + 0.02 * ((i + day) % 6)), 'f', t->decimals);
                    } else {
                        e.value = t->choices.isEmpty() ? QStringLiteral("ok") : t->choices.last();
                    }
                    auto entered = results.enter(e);
                    if (!entered) {
                        std::fprintf(stderr, "orders_bench: %s %s: %s\n", qPrintable(test),
                                     qPrintable(e.value), qPrintable(entered.errorMessage()));
                        return false;
                    }
                }
            }
        }
        clock.advanceSeconds(24 * 3600 - patients.size() * 8 * 120);
    }
    return true;
}

/// 500 open requests across ten wards, collected and waiting for the laboratory.
bool fillOpen(Workspace& ws, const Catalogue& catalogue, const QStringList& patients)
{
    OrderService orders(ws, catalogue);
    for (int n = 0; n < 500; ++n) {
        if (!as(ws, QStringLiteral("doctor"), Role::Doctor)) {
            return false;
        }
        OrderRequest r;
        r.patientId = patients[n % patients.size()];
        r.codes = {n % 3 == 0 ? QStringLiteral("fbc") : QStringLiteral("iono")};
        r.priority = n % 10 == 0 ? Priority::Stat : Priority::Routine;
        auto o = orders.place(r);
        if (!o || !as(ws, QStringLiteral("nurse"), Role::Nurse) || !orders.collect(o->number)) {
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 9;
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 12, 4), QTime(6, 0)));
    auto ws = Workspace::open(dir.path(), clock);
    if (!ws) {
        std::fprintf(stderr, "orders_bench: %s\n", qPrintable(ws.errorMessage()));
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
    Catalogue catalogue;
    catalogue.reload();
    clinical::FormRegistry forms;
    forms.reload();

    QElapsedTimer fillTimer;
    fillTimer.start();
    const QStringList ward = admit(**ws, QStringLiteral("W30"), 30, clock);
    QStringList others;
    for (int w = 0; w < 10; ++w) {
        others << admit(**ws, QStringLiteral("L%1").arg(w), 30, clock);
    }
    if (ward.size() != 30 || others.size() != 300) {
        std::fprintf(stderr, "orders_bench: cannot admit the patients\n");
        return 1;
    }
    {
        // One transaction for the generation: the services' own transactions become savepoints.
        auto tx = db::Transaction::begin((*ws)->db());
        if (!tx || !fillWard(**ws, clock, catalogue, ward) || !fillOpen(**ws, catalogue, others) ||
            !tx->commit()) {
            std::fprintf(stderr, "orders_bench: cannot generate the orders\n");
            return 1;
        }
    }
    auto all = OrderService(**ws, catalogue).all();
    int results = 0;
    int open = 0;
    for (const auto& o : *all) {
        results += static_cast<int>(o.results.size());
        open += o.isOpen() ? 1 : 0;
    }
    std::printf("Generated %lld orders (%d open) and %d results in %.1f s.\n\n",
                static_cast<long long>(all->size()), open, results,
                static_cast<double>(fillTimer.elapsed()) / 1000.0);

    (*ws)->setCurrentUser(*UserService(**ws).find(QStringLiteral("nurse")));
    std::printf("| measure | median (ms) | min (ms) | max (ms) | target |\n|---|---:|---:|---:|---|\n");
    const Timing board = time(runs, [&] {
        auto rows = WardBoardService(**ws, forms).board(QStringLiteral("W30"));
        return rows.ok();
    });
    std::printf("| ward board of 30 beds (with the laboratory column) | %.1f | %.1f | %.1f | < 300 ms |\n",
                board.medianMs, board.minMs, board.maxMs);
    const Timing handover = time(runs, [&] {
        printing::HandoverOptions o;
        o.wardCode = QStringLiteral("W30");
        o.shift = printing::HandoverShift::Morning;
        auto sheet = printing::HandoverSheet::build(**ws, o);
        return sheet.ok() && (*sheet)->writePdf(dir.filePath(QStringLiteral("handover.pdf"))).ok();
    });
    std::printf("| handover sheet of the 30-bed ward, PDF written | %.1f | %.1f | %.1f | < 300 ms |\n",
                handover.medianMs, handover.minMs, handover.maxMs);
    const Timing worklist = time(runs, [&] {
        auto orders = OrderService(**ws, catalogue).all();
        if (!orders) {
            return false;
        }
        QList<Order> list;
        for (const auto& o : *orders) {
            if (o.isOpen()) {
                list.append(o);
            }
        }
        std::stable_sort(list.begin(), list.end(), [](const Order& a, const Order& b) {
            return a.priority != b.priority ? a.priority > b.priority : a.orderedAt < b.orderedAt;
        });
        return list.size() >= 500;
    });
    std::printf("| laboratory worklist, %d open requests | %.1f | %.1f | %.1f | < 100 ms |\n", open,
                worklist.medianMs, worklist.minMs, worklist.maxMs);
    const Timing alerts =
        time(runs, [&] { return AlertService(**ws, catalogue).alerts(QStringLiteral("W30"), true).ok(); });
    std::printf("| open alerts of the ward (status bar) | %.1f | %.1f | %.1f | |\n", alerts.medianMs,
                alerts.minMs, alerts.maxMs);
    return 0;
}
