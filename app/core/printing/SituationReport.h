#pragma once

#include "BlockFlow.h"
#include "PrintDocument.h"
#include "TheatreSummary.h"
#include "workspace/Workspace.h"

#include <QMap>
#include <memory>

namespace wp::printing {

/// The situation report for the regional crisis unit: inpatients by ward with the age of each
/// ward's data, admissions, transfers out by destination, discharges, operations postponed by
/// priority and theatre capacity, over the last 24 hours, for every ward this laptop holds
/// (figures from hospital::HospitalSitrep, the same as `hospital sitrep` and the Hospital page).
class SituationReport : public PrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(SituationReport)

public:
    struct WardLine
    {
        QString code;
        QString name;
        int beds = 0;
        int occupied = 0;
        int highRisk = 0;   ///< latest NEWS2 of 7 or more
        int mediumRisk = 0; ///< latest NEWS2 of 5 or 6
        int free = 0;
        int pendingTransfers = 0;
        QString dataAge; ///< "live (this laptop)", "3 h 05 min old — STALE"…
    };

    static Result<std::unique_ptr<SituationReport>> build(Workspace& ws, int periodHours = 24);

    QString kind() const override { return QStringLiteral("sitrep"); }
    QString suggestedFileName() const override;

    const QList<WardLine>& wards() const { return m_wards; }
    int admissions() const { return m_admissions; }
    int discharges() const { return m_discharges; }
    const QMap<QString, int>& transfersOut() const { return m_transfers; }

protected:
    int layout(PrintCanvas& canvas, const QRectF& body) override;
    PageInfo pageInfo(int page) const override;
    void paintPage(PrintCanvas& canvas, const QRectF& body, int page) override;

private:
    SituationReport() = default;
    PageInfo m_info;
    QDateTime m_from;
    QList<WardLine> m_wards;
    int m_admissions = 0;
    int m_discharges = 0;
    int m_deaths = 0;
    int m_moves = 0;
    QMap<QString, int> m_transfers;
    std::optional<TheatreSummary> m_theatre;
    QList<QStringList> m_devices; ///< laptop, records, newest record, age
    BlockFlow m_flow;
};

} // namespace wp::printing
