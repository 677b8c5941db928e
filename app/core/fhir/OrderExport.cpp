#include "OrderExport.h"

#include "orders/AlertService.h"
#include "orders/OrderService.h"
#include "orders/ResultService.h"

namespace wp::fhir {

OrderExport OrderExport::load(Workspace& ws, const QList<PatientRecords>& patients)
{
    orders::Catalogue catalogue;
    catalogue.reload(orders::Catalogue::siteFolder(ws.dataDirectory()));
    return load(ws, patients, catalogue);
}

OrderExport OrderExport::load(Workspace& ws, const QList<PatientRecords>& patients,
                              const orders::Catalogue& catalogue)
{
    using orders::OrderService;
    OrderExport out;
    out.m_catalogue = catalogue;
    const OrderService service(ws, out.m_catalogue);
    const QString order = QStringLiteral("order");
    for (const auto& pr : patients) {
        QList<OrderRecords> list;
        QHash<QString, qsizetype> byOrder;
        for (const auto& v : pr.records) {
            if (v.kind == OrderService::orderKind()) {
                byOrder.insert(v.recordId, list.size());
                list.append(OrderRecords{{}, v, {}, {}, {}, {}});
            }
        }
        if (list.isEmpty()) {
            continue;
        }
        QHash<QString, qsizetype> orderOfResult;
        for (const auto& v : pr.records) {
            const auto it = byOrder.constFind(v.data.value(order).toString());
            if (it == byOrder.constEnd()) {
                continue;
            }
            if (v.kind == OrderService::eventKind()) {
                list[*it].events << v;
            } else if (v.kind == OrderService::resultKind()) {
                list[*it].results << v;
                orderOfResult.insert(v.recordId, *it);
            } else if (v.kind == orders::ResultService::callKind()) {
                list[*it].calls << v;
            }
        }
        // An acknowledgement names the result (its source), not the order.
        for (const auto& v : pr.records) {
            if (v.kind != orders::AlertService::acknowledgementKind()) {
                continue;
            }
            const auto it = orderOfResult.constFind(v.data.value(QStringLiteral("source")).toString());
            if (it != orderOfResult.constEnd()) {
                list[*it].acks << v;
            }
        }
        for (auto& o : list) {
            o.order = service.build(o.orderRecord, o.events, o.results);
            out.m_covered.insert(o.orderRecord.recordId);
            for (const auto* group : {&o.events, &o.results, &o.calls, &o.acks}) {
                for (const auto& v : *group) {
                    out.m_covered.insert(v.recordId);
                }
            }
        }
        out.m_byPatient.insert(pr.patient.id, list);
    }
    return out;
}

} // namespace wp::fhir
