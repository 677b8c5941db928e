#include "OrderPrintData.h"

#include "LabSummary.h"
#include "orders/OrderService.h"
#include "patients/PatientService.h"

#include <algorithm>

namespace wp::printing {

Result<OrderPrintData> OrderPrintData::load(Workspace& ws, const QString& idOrNumber)
{
    const QString wanted = idOrNumber.trimmed();
    if (wanted.isEmpty()) {
        return Error(tr("An order number is required (as printed on the request, e.g. T1-L0001)."),
                     Error::Code::InvalidInput);
    }
    orders::Catalogue catalogue;
    catalogue.reload(orders::Catalogue::siteFolder(ws.dataDirectory()));
    // A scanned label's text is accepted as well as the number typed.
    const QString fromScan = orders::OrderService::numberFromScan(wanted);
    auto order = orders::OrderService(ws, catalogue).order(fromScan.isEmpty() ? wanted : fromScan);
    if (!order) {
        return order.error();
    }
    auto patient = PatientService(ws).find(order->patientId);
    if (!patient) {
        return patient.error();
    }
    auto data = PatientPrintData::load(ws, *patient);
    if (!data) {
        return data.error();
    }
    OrderPrintData d;
    d.order = std::move(order).value();
    d.patient = std::move(data).value();
    for (const QString& code : d.order.requested) {
        if (const orders::Panel* p = catalogue.panel(code)) {
            d.requested << p->name.text();
        } else if (const orders::LabTest* t = catalogue.test(code)) {
            d.requested << t->name.text();
        } else if (const orders::ImagingExam* e = catalogue.exam(code)) {
            d.requested << e->name.text();
        } else {
            d.requested << code;
        }
    }
    if (d.imaging()) {
        const QString code = d.order.tests.value(0);
        const orders::ImagingExam* e = catalogue.exam(code);
        d.examName = e ? e->name.text() : code;
        d.modality = e ? e->modality : QString();
        d.region = e ? e->region : QString();
        return d;
    }
    for (const QString& code : d.order.tests) {
        const orders::LabTest* t = catalogue.test(code);
        const QString tubeCode = t ? t->tube : QString();
        auto tube = std::find_if(d.tubes.begin(), d.tubes.end(),
                                 [&](const OrderTube& existing) { return existing.code == tubeCode; });
        if (tube == d.tubes.end()) {
            OrderTube added;
            added.code = tubeCode;
            if (const orders::Tube* known = catalogue.tube(tubeCode)) {
                added.name = known->name.text();
                added.colour = QColor(known->colour);
            } else {
                // The catalogue changed since the order: the laboratory decides the tube.
                added.name =
                    tubeCode.isEmpty() ? tr("Tube not in the catalogue: ask the laboratory") : tubeCode;
            }
            d.tubes << added;
            tube = d.tubes.end() - 1;
        }
        tube->codes << code;
        tube->tests << (t ? t->name.text() : code);
        tube->shortNames << LabSummary::shortName(code, catalogue);
    }
    return d;
}

QString OrderPrintData::payload(const QString& tube) const
{
    return orders::OrderService::labelPayload(order, patient.patient.downtimeNumber, tube);
}

QString OrderPrintData::priorityText() const
{
    const QString text = orders::label(order.priority);
    return urgent() ? text.toUpper() : text;
}

} // namespace wp::printing
