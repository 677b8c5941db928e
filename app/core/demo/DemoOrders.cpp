#include "DemoOrders.h"

#include "orders/Catalogue.h"
#include "orders/OrderService.h"
#include "orders/ResultService.h"
#include "patients/PatientService.h"
#include "users/UserService.h"

namespace wp {

using namespace orders;

namespace {

struct Actors
{
    Workspace& ws;
    User doctor;
    User nurse;
    User lab;
    void as(const User& u) { ws.setCurrentUser(u); }
};

Result<Order> place(Actors& a, const Catalogue& c, const QString& patientId, const QStringList& codes,
                    Priority priority, const QString& info)
{
    a.as(a.doctor);
    OrderRequest r;
    r.patientId = patientId;
    r.codes = codes;
    r.priority = priority;
    r.clinicalInfo = info;
    return OrderService(a.ws, c).place(r);
}

/// A value inside the test's adult range, nudged by `step` (deterministic variety).
QString typical(const LabTest& t, int step)
{
    if (t.type != ValueType::Numeric) {
        return t.choices.contains(QStringLiteral("negative")) ? QStringLiteral("negative")
                                                              : t.choices.value(0);
    }
    double low = t.possibleLow.value_or(0);
    double high = t.possibleHigh.value_or(low + 10);
    for (const auto& r : t.ranges) {
        if (r.low && r.high) {
            low = *r.low;
            high = *r.high;
            break;
        }
    }
    const double v = low + (high - low) * (0.3 + 0.1 * (step % 5));
    return QString::number(v, 'f', t.decimals);
}

Status resultAll(Actors& a, const Catalogue& c, const Order& o, int step,
                 const QHash<QString, QString>& special)
{
    a.as(a.lab);
    ResultService results(a.ws, c);
    for (const QString& code : o.tests) {
        const LabTest* t = c.test(code);
        if (!t) {
            continue;
        }
        ResultEntry e;
        e.order = o.recordId;
        e.test = code;
        e.value = special.value(code, typical(*t, step++));
        e.via = QStringLiteral("lab");
        if (auto r = results.enter(e); !r) {
            return r.error();
        }
    }
    return {};
}

} // namespace

Status DemoOrders::write(Workspace& ws, const QString& wardCode, const QString& doctor, const QString& nurse,
                         const QString& lab)
{
    UserService users(ws);
    auto d = users.find(doctor);
    auto n = users.find(nurse);
    auto l = users.find(lab);
    if (!d || !n || !l) {
        return Error(tr("The demo's doctor, nurse and laboratory users are missing."));
    }
    Actors a{ws, *d, *n, *l};
    Catalogue catalogue;
    catalogue.reload();
    auto patients = PatientService(ws).list(wardCode);
    if (!patients) {
        return patients.error();
    }
    // The demo writes with the clock as it is: orders "now", then the loop steps at once. What
    // matters on screen is each order's state, not minutes between steps.
    int step = 0;
    for (int i = 0; i < patients->size(); ++i) {
        const Patient& p = patients->at(i);
        if (p.status != QLatin1String("admitted")) {
            continue;
        }
        OrderService orders(ws, catalogue);
        // Every patient: a morning ionogram, renal function and blood count, resulted and seen.
        auto morning = place(a, catalogue, p.id, {QStringLiteral("iono"), QStringLiteral("renal")},
                             Priority::Routine, QStringLiteral("Bilan du matin"));
        if (!morning) {
            return morning.error();
        }
        a.as(a.nurse);
        if (auto r = orders.collect(morning->recordId); !r) {
            return r.error();
        }
        a.as(a.lab);
        if (auto r = orders.receive(morning->recordId); !r) {
            return r.error();
        }
        QHash<QString, QString> special;
        if (i == 2) {
            special.insert(QStringLiteral("2823-3"),
                           QStringLiteral("6.7")); // critical: nobody has answered yet
        } else if (i % 5 == 3) {
            special.insert(QStringLiteral("2951-2"), QStringLiteral("129")); // low sodium
        }
        if (auto st = resultAll(a, catalogue, *morning, step, special); !st) {
            return st;
        }
        step += 7;
        if (i != 2 && i % 3 != 0) {
            a.as(a.doctor);
            if (auto r = orders.acknowledge(morning->recordId, QStringLiteral("Vu")); !r) {
                return r.error();
            }
        }
        // Some: a blood count collected and waiting for the laboratory (routine or STAT).
        if (i % 3 == 1) {
            auto fbc = place(a, catalogue, p.id, {QStringLiteral("fbc")},
                             i % 2 ? Priority::Stat : Priority::Routine, QStringLiteral("Contrôle NFS"));
            if (!fbc) {
                return fbc.error();
            }
            a.as(a.nurse);
            if (auto r = orders.collect(fbc->recordId); !r) {
                return r.error();
            }
        }
        // One patient: a chest X-ray to do, and a troponin given by phone with its read-back.
        if (i == 4) {
            if (auto x = place(a, catalogue, p.id, {QStringLiteral("xr-chest")}, Priority::Urgent,
                               QStringLiteral("Dyspnée, crépitants base droite"));
                !x) {
                return x.error();
            }
            auto tropo = place(a, catalogue, p.id, {QStringLiteral("cardiac")}, Priority::Stat,
                               QStringLiteral("Douleur thoracique"));
            if (!tropo) {
                return tropo.error();
            }
            a.as(a.nurse);
            if (auto r = orders.collect(tropo->recordId); !r) {
                return r.error();
            }
            for (const QString& code : tropo->tests) {
                ResultEntry e;
                e.order = tropo->recordId;
                e.test = code;
                e.value = QStringLiteral("12");
                e.via = QStringLiteral("phone");
                e.caller = QStringLiteral("Biologiste de garde");
                e.readBack = e.value;
                e.identityConfirmed = true;
                if (auto r = ResultService(ws, catalogue).enter(e); !r) {
                    return r.error();
                }
            }
        }
    }
    ws.setCurrentUser(std::nullopt);
    return {};
}

} // namespace wp
