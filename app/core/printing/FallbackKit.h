#pragma once

#include "PatientPrintData.h"
#include "PrintDocument.h"

#include <memory>

namespace wp::printing {

/// The paper fallback kit for when the laptop itself fails: a blank observation chart
/// (with the NEWS2 key), a medication administration record and nursing-note sheets,
/// each page pre-filled with the patient's identity and allergies.
class FallbackKit : public PrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(FallbackKit)

public:
    static Result<std::unique_ptr<FallbackKit>> build(Workspace& ws, const Patient& patient);

    QString kind() const override { return QStringLiteral("kit"); }
    QString suggestedFileName() const override;

    enum Page { ObservationChart, MedicationRecord, NursingNotes1, NursingNotes2, PageCount };

protected:
    int layout(PrintCanvas& canvas, const QRectF& body) override;
    PageInfo pageInfo(int page) const override;
    void paintPage(PrintCanvas& canvas, const QRectF& body, int page) override;

private:
    explicit FallbackKit(PatientPrintData data) : m_data(std::move(data)) {}
    void paintObservationChart(PrintCanvas& canvas, const QRectF& body);
    void paintMedicationRecord(PrintCanvas& canvas, const QRectF& body);
    void paintNotes(PrintCanvas& canvas, const QRectF& body);
    PatientPrintData m_data;
    PageInfo m_info;
};

} // namespace wp::printing
