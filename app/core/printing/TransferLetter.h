#pragma once

#include "BlockFlow.h"
#include "LabSummary.h"
#include "PatientPrintData.h"
#include "PrintDocument.h"

#include <memory>

namespace wp::printing {

class FlowWriter;

/// The transfer letter (*lettre / fiche de liaison*) that travels with a patient to
/// another hospital: identity on every page, reason, destination and SAMU regulation
/// number, medical summary, allergies, treatments, resistant organisms, devices and
/// implants, blood products, latest observations, latest results and pending orders, and
/// contacts.
class TransferLetter : public PrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(TransferLetter)

public:
    static Result<std::unique_ptr<TransferLetter>> build(Workspace& ws, const Patient& patient);

    QString kind() const override { return QStringLiteral("transfer"); }
    QString suggestedFileName() const override;

protected:
    int layout(PrintCanvas& canvas, const QRectF& body) override;
    PageInfo pageInfo(int page) const override;
    void paintPage(PrintCanvas& canvas, const QRectF& body, int page) override;

private:
    explicit TransferLetter(PatientPrintData data) : m_data(std::move(data)) {}
    void addResults(PrintCanvas& canvas, FlowWriter& writer);
    PatientPrintData m_data;
    LabSummary m_lab;
    PageInfo m_info;
    QDateTime m_now;
    BlockFlow m_flow;
};

} // namespace wp::printing
