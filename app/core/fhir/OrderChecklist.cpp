#include "OrderChecklist.h"

#include "FhirBundleBuilder.h"
#include "orders/OrderService.h"

#include <QJsonArray>
#include <QLocale>

namespace wp::fhir {

using orders::LabResult;
using orders::OrderEvent;

namespace {

QString at(const QDateTime& t)
{
    return QLocale::c().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString nameOf(const orders::Catalogue& catalogue, const QString& code)
{
    if (const auto* t = catalogue.test(code)) {
        return t->name.text();
    }
    if (const auto* x = catalogue.exam(code)) {
        return x->name.text();
    }
    return code;
}

} // namespace

int OrderChecklist::resultObservations(const PatientRecords& pr, const FhirBundle& bundle)
{
    const QString subject = FhirBundleBuilder::fullUrl(pr.patient.id, QStringLiteral("Patient"));
    int n = 0;
    for (const auto& e : bundle.bundle.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject r = e.toObject().value(QStringLiteral("resource")).toObject();
        if (r.value(QStringLiteral("resourceType")).toString() != QLatin1String("Observation") ||
            r.value(QStringLiteral("subject")).toObject().value(QStringLiteral("reference")).toString() !=
                subject) {
            continue;
        }
        for (const auto& c : r.value(QStringLiteral("category")).toArray()) {
            const QString code = c.toObject()
                                     .value(QStringLiteral("coding"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("code"))
                                     .toString();
            if (code == QLatin1String("laboratory") || code == QLatin1String("imaging")) {
                ++n;
                break;
            }
        }
    }
    return n;
}

QList<ChecklistLine> OrderChecklist::lines(const PatientRecords& pr, const FhirBundle& bundle,
                                           const OrderExport& orders)
{
    const QList<OrderRecords> list = orders.forPatient(pr.patient.id);
    if (list.isEmpty()) {
        return {};
    }
    const orders::Catalogue& catalogue = orders.catalogue();
    const QMap<QString, int> counts = bundle.countsByPatient.value(pr.patient.id);
    QList<ChecklistLine> lines;
    auto line = [&](const QString& what, const QString& where, const QString& type) {
        lines.append({what, where, counts.value(type), type, {}});
    };
    line(tr("Laboratory and imaging requests (one per test)"),
         tr("Laboratory and radiology systems: requests"), QStringLiteral("ServiceRequest"));
    line(tr("Specimens taken (one per tube)"), tr("Laboratory system: specimens"),
         QStringLiteral("Specimen"));
    lines.append({tr("Laboratory results and imaging reports"),
                  tr("Laboratory and radiology systems: results"),
                  resultObservations(pr, bundle),
                  QStringLiteral("Observation"),
                  {}});
    line(tr("Reports (one per order with results)"), tr("Laboratory and radiology systems: reports"),
         QStringLiteral("DiagnosticReport"));
    line(tr("Results given by phone (read back)"), tr("Patient record: communications"),
         QStringLiteral("Communication"));

    for (const auto& o : list) {
        const orders::Order& order = o.order;
        const bool imaging = order.type == orders::OrderType::Imaging;
        QStringList names;
        for (const QString& code : order.tests) {
            names << nameOf(catalogue, code);
        }
        QString state = orders::label(order.status);
        if (const OrderEvent* ack = order.event(OrderEvent::Kind::Acknowledged);
            ack && order.status == orders::OrderStatus::Acknowledged) {
            state = tr("resulted, acknowledged by %1").arg(ack->by);
        } else if (const OrderEvent* cancel = order.event(OrderEvent::Kind::Cancelled)) {
            state = tr("cancelled by %1: %2").arg(cancel->by, cancel->note);
        }
        QStringList detail{tr("ordered %1 by %2, %3")
                               .arg(at(order.orderedAt), order.orderedBy, orders::label(order.priority))};
        if (!order.clinicalInfo.isEmpty()) {
            detail << order.clinicalInfo;
        }
        if (const OrderEvent* e = order.event(OrderEvent::Kind::Collected)) {
            detail << tr("collected %1 by %2").arg(at(e->at), e->by);
        }
        if (const OrderEvent* e = order.event(OrderEvent::Kind::Received)) {
            detail << tr("received %1 by %2").arg(at(e->at), e->by);
        }
        lines.append({tr("Order %1 %2 — %3").arg(order.number, names.join(QStringLiteral(", ")), state),
                      imaging ? tr("Radiology system") : tr("Laboratory system"),
                      static_cast<int>(order.tests.size()), QStringLiteral("ServiceRequest"),
                      detail.join(QStringLiteral("; "))});

        for (const auto& v : o.results) {
            const LabResult r = orders::OrderService::toResult(v);
            const QString name = nameOf(catalogue, r.test);
            QString what;
            QStringList more;
            if (imaging) {
                what = tr("Report %1 %2").arg(name, at(r.resultedAt));
                more << r.value.left(300);
            } else {
                QStringList value{r.value};
                if (!r.unit.isEmpty()) {
                    value << r.unit;
                }
                if (!orders::shortLabel(r.flag).isEmpty()) {
                    value << orders::shortLabel(r.flag);
                }
                what = tr("Result %1 %2 %3").arg(name, value.join(QLatin1Char(' ')), at(r.resultedAt));
            }
            if (r.via == QLatin1String("phone")) {
                what = tr("%1 (phone from %2)").arg(what, r.caller);
            } else if (r.via == QLatin1String("lab")) {
                what = tr("%1 (laboratory laptop)").arg(what);
            } else {
                what = tr("%1 (paper report)").arg(what);
            }
            if (!r.comment.isEmpty()) {
                more << r.comment;
            }
            if (v.version > 1) {
                more << tr("corrected by %1: %2").arg(v.createdBy, v.reason);
            }
            for (const auto& call : o.calls) {
                if (call.data.value(QStringLiteral("result")).toString() == v.recordId) {
                    more << tr("phoned by %1 to %2 at %3")
                                .arg(call.createdBy, call.data.value(QStringLiteral("receiver")).toString(),
                                     at(call.occurredAt.isValid() ? call.occurredAt : call.createdAt));
                }
            }
            for (const auto& ack : o.acks) {
                if (ack.data.value(QStringLiteral("source")).toString() == v.recordId) {
                    more << tr("critical result acknowledged by %1: %2")
                                .arg(ack.createdBy, ack.data.value(QStringLiteral("action")).toString());
                }
            }
            lines.append({what, imaging ? tr("Radiology system: reports") : tr("Laboratory system: results"),
                          1, QStringLiteral("Observation"), more.join(QStringLiteral("; "))});
        }
    }
    return lines;
}

} // namespace wp::fhir
