#pragma once

#include "PatientPrintData.h"
#include "PrintDocument.h"

#include <memory>

namespace wp::printing {

/// A wristband strip and a sheet of labels for one patient: downtime number, name,
/// birth date and a QR code of the downtime number.
class LabelSheet : public PrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(LabelSheet)

public:
    static Result<std::unique_ptr<LabelSheet>> build(Workspace& ws, const Patient& patient);

    QString kind() const override { return QStringLiteral("labels"); }
    QString suggestedFileName() const override;

    static constexpr int columns = 3;
    static constexpr int rows = 6;

protected:
    int layout(PrintCanvas& canvas, const QRectF& body) override;
    PageInfo pageInfo(int page) const override;
    void paintPage(PrintCanvas& canvas, const QRectF& body, int page) override;

private:
    explicit LabelSheet(Patient patient) : m_patient(std::move(patient)) {}
    void paintWristband(PrintCanvas& canvas, const QRectF& rect);
    void paintLabel(PrintCanvas& canvas, const QRectF& rect);
    /// The name in `box` from `points` down to `minPoints`, wrapped if need be; returns the
    /// height used.
    double paintName(PrintCanvas& canvas, const QRectF& box, double points, double minPoints);
    Patient m_patient;
    QString m_hospital;
    QDate m_today;
    PageInfo m_info;
};

} // namespace wp::printing
