#pragma once

#include "OrderRecords.h"
#include "orders/Catalogue.h"
#include "patients/Patient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace wp::fhir {

/// Turns one laboratory or imaging order and its records into FHIR R4 resources:
/// a ServiceRequest per test (sharing the order number as `requisition`), a Specimen per
/// tube collected, an Observation per result, a DiagnosticReport once there are results,
/// a Communication per result given by phone, and the Provenance of every record. See
/// docs/user-guide-recovery.md, "FHIR choices", for why each element is where it is.
class OrderResourceBuilder
{
    Q_DECLARE_TR_FUNCTIONS(OrderResourceBuilder)

public:
    struct Entry
    {
        QJsonObject resource;
        QString fullUrl;
    };

    explicit OrderResourceBuilder(const orders::Catalogue& catalogue) : m_catalogue(catalogue) {}

    /// The order's resources, then their Provenances (one per record version).
    QList<Entry> build(const Patient& patient, const OrderRecords& records) const;

    /// Identifier systems: the order number printed on the request, and one test of it.
    static QString orderNumberSystem() { return QStringLiteral("urn:whiteplan:order-number"); }
    static QString orderTestSystem() { return QStringLiteral("urn:whiteplan:order-test"); }
    /// The text of a tube label's QR code, as the Specimen's identifier.
    static QString tubeLabelSystem() { return QStringLiteral("urn:whiteplan:tube-label"); }
    static QString imagingExamSystem() { return QStringLiteral("urn:whiteplan:imaging-exam"); }

    /// The UCUM code of a unit as the catalogue prints it ("µmol/L" → "umol/L", "G/L" →
    /// "10*9/L", "mmHg" → "mm[Hg]", "INR" → "{INR}", "pH" → "[pH]"); empty when unknown.
    static QString ucumCode(const QString& unit);
    /// v3-ObservationInterpretation code of a flag (N, L, H, LL, HH, A, AA); empty for none.
    static QString interpretationCode(orders::ResultFlag flag);

    /// Full URLs of the resources, so that other resources and the tests can refer to them.
    static QString serviceRequestUrl(const orders::Order& order, const QString& test);
    static QString observationUrl(const QString& resultRecordId);
    static QString diagnosticReportUrl(const orders::Order& order);

private:
    const orders::Catalogue& m_catalogue;
};

} // namespace wp::fhir
