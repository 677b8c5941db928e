#pragma once

#include "PatientPrintData.h"
#include "orders/Catalogue.h"
#include "orders/Order.h"

#include <QColor>

namespace wp::printing {

/// The tests of an order that go in one tube type.
struct OrderTube
{
    QString code;           ///< tube code ("lithium-heparin"); empty when a test has no known tube
    QString name;           ///< in the current language
    QColor colour;          ///< invalid when the catalogue has none
    QStringList tests;      ///< test names
    QStringList shortNames; ///< "Na", "K"…
    QStringList codes;      ///< LOINC codes
};

/// Everything the request (bon de demande) and the tube labels of one order show: the
/// order, its patient and the catalogue entries, loaded once so that painting never reads
/// the database.
class OrderPrintData
{
    Q_DECLARE_TR_FUNCTIONS(OrderPrintData)

public:
    /// The order by number or record id (NotFound when there is none) with its patient.
    static Result<OrderPrintData> load(Workspace& ws, const QString& idOrNumber);

    orders::Order order;
    PatientPrintData patient;
    QList<OrderTube> tubes; ///< laboratory: one per tube type, in the order's test order
    QStringList requested;  ///< what was asked for, by name (panels as panels)
    QString examName;       ///< imaging
    QString modality;       ///< imaging: "CT", "DX"…
    QString region;         ///< imaging

    bool imaging() const { return order.type == orders::OrderType::Imaging; }
    /// The QR text of the request (`tube` empty) or of one tube's label.
    QString payload(const QString& tube = {}) const;
    /// "STAT", "URGENT" or "routine", as printed.
    QString priorityText() const;
    bool urgent() const { return order.priority != orders::Priority::Routine; }
};

} // namespace wp::printing
