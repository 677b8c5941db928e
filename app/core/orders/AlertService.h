#pragma once

#include "Alert.h"
#include "Catalogue.h"
#include "Result.h"
#include "clinical/News2Result.h"
#include "records/RecordVersion.h"
#include "workspace/Workspace.h"

namespace wp::orders {

/// Alerts raised by critical results and NEWS2 escalations, and their acknowledgements.
/// A critical result is acknowledged by a doctor; a NEWS2 escalation by a nurse or a doctor,
/// with the response chosen (doctor informed, review within N minutes, emergency team).
class AlertService
{
    Q_DECLARE_TR_FUNCTIONS(AlertService)

public:
    static QString acknowledgementKind() { return QStringLiteral("alert_ack"); }
    /// The NEWS2 response an observation calls for (RCP table), or empty when routine.
    static QString news2Level(const clinical::News2Result& r);
    /// Responses a NEWS2 acknowledgement may choose.
    static QStringList responses()
    {
        return {QStringLiteral("doctor-informed"), QStringLiteral("review"), QStringLiteral("emergency-team"),
                QStringLiteral("monitoring")};
    }
    static QString responseLabel(const QString& response);
    static QString levelLabel(const QString& level);
    static QString alertIdFor(const QString& sourceRecordId);

    AlertService(Workspace& ws, const Catalogue& catalogue) : m_ws(ws), m_catalogue(catalogue) {}

    /// Every alert (open ones first, then by time raised, newest first), for patients on
    /// `wardCode` when given.
    Result<QList<Alert>> alerts(const QString& wardCode = {}, bool openOnly = false);
    Result<QList<Alert>> forPatient(const QString& patientId, bool openOnly = false);
    /// By id ("A-1b2c3d4e", any case).
    Result<Alert> alert(const QString& id);
    /// Closes an alert. `action` is what was done (required); `response` is required for
    /// NEWS2 (one of responses(); `review` needs `reviewMinutes` > 0).
    Result<Alert> acknowledge(const QString& id, const QString& action, const QString& response = {},
                              int reviewMinutes = 0);

private:
    Result<QList<Alert>> derive(const QList<RecordVersion>& results, const QList<RecordVersion>& observations,
                                const QList<RecordVersion>& acks, bool openOnly) const;

    Workspace& m_ws;
    const Catalogue& m_catalogue;
};

} // namespace wp::orders
