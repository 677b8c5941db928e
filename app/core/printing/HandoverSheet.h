#pragma once

#include "BlockFlow.h"
#include "HandoverOptions.h"
#include "LabSummary.h"
#include "PatientPrintData.h"
#include "PrintDocument.h"

#include <QHash>

#include <memory>

namespace wp::printing {

/// The ward handover sheet (I-PASS / SBAR): A4 landscape, one row per patient, several
/// patients per page, allergies prominent, NEWS2 with its trend, what is due in the shift
/// and room to write; the laboratory line lists pending orders (overdue ones flagged) and
/// the latest result of each test in the last 72 hours.
class HandoverSheet : public PrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(HandoverSheet)

public:
    /// Loads the ward's census and each patient's data. NotFound for an unknown ward.
    static Result<std::unique_ptr<HandoverSheet>> build(Workspace& ws, const HandoverOptions& options);

    QString kind() const override { return QStringLiteral("handover"); }
    QPageLayout::Orientation orientation() const override { return QPageLayout::Landscape; }
    QString suggestedFileName() const override;
    const QList<PatientPrintData>& patients() const { return m_patients; }

protected:
    int layout(PrintCanvas& canvas, const QRectF& body) override;
    PageInfo pageInfo(int page) const override;
    void paintPage(PrintCanvas& canvas, const QRectF& body, int page) override;

private:
    HandoverSheet() = default;
    void addPatientRow(PrintCanvas& canvas, const QList<double>& columns, const PatientPrintData& p);

    HandoverOptions m_options;
    PageInfo m_info;
    QDateTime m_now;
    QDateTime m_shiftStart;
    QDateTime m_shiftEnd;
    QList<PatientPrintData> m_patients;
    QHash<QString, LabSummary> m_labs; ///< by patient id
    QStringList m_freeBeds;
    int m_filteredOut = 0;
    BlockFlow m_flow;
};

} // namespace wp::printing
