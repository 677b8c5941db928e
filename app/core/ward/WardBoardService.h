#pragma once

#include "WardBoardRow.h"
#include "clinical/forms/FormRegistry.h"
#include "entries/FormEntry.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QSet>

#include <chrono>
#include <memory>

namespace wp {

namespace orders {
class Catalogue;
}

/// Assembles the ward board (beds, occupants, NEWS2, what is overdue) from the patient
/// census and the form entries, so that the GUI only displays. The rules that decide
/// "overdue" are static functions over plain values, tested without a database.
class WardBoardService
{
    Q_DECLARE_TR_FUNCTIONS(WardBoardService)

public:
    /// How late a scheduled dose may be recorded before it is shown as overdue.
    static constexpr std::chrono::minutes doseGrace{60};
    /// How far back missed doses are looked for (older ones belong to the previous shifts' review).
    static constexpr std::chrono::hours doseLookBack{24};
    /// Under continuous monitoring (NEWS2 7+) the monitor watches between sets, but a full set
    /// is still charted at least as often as for a score of 5 or 6.
    static constexpr std::chrono::minutes continuousChartingInterval{60};

    WardBoardService(Workspace& ws, const clinical::FormRegistry& forms) : m_ws(ws), m_forms(forms) {}

    /// The catalogue the laboratory column names tests with (the caller keeps it alive).
    /// Without one, the service loads the data directory's catalogue the first time it needs it.
    void setCatalogue(const orders::Catalogue& catalogue) { m_catalogue = &catalogue; }

    /// Setting key of a ward's admissions limit (new admissions per 24 h).
    static QString admissionsLimitKey(const QString& wardCode);

    /// Every bed of the ward in order, then admitted patients without a bed.
    Result<QList<WardBoardRow>> board(const QString& wardCode);
    /// The board line of one patient (after an entry was saved, for instance).
    Result<WardBoardRow> row(const Patient& patient);
    Result<WardCounters> counters(const QString& wardCode);
    /// Sets (or with nullopt removes) the admissions limit; administrators only, audited.
    Status setAdmissionsLimit(const QString& wardCode, std::optional<int> limit);

    /// Fills the observation columns of `row` from the latest observation entry.
    static void applyLatestObservation(WardBoardRow& row, const FormEntry* latest, const QDateTime& now);
    /// Times of day of a scheduled prescription ("08:00 14:00 20:00", commas allowed);
    /// empty when the line is "as needed" or the text is unreadable.
    static QList<QTime> scheduleTimes(const QJsonObject& prescription);
    /// Scheduled doses of one prescription between `from` and `to` (inclusive), within
    /// the prescription's start and end.
    static QList<QDateTime> dosesBetween(const QJsonObject& prescription, const QDateTime& from,
                                         const QDateTime& to);
    /// Doses due more than doseGrace ago (within doseLookBack) with no administration
    /// entry (given, held or refused) naming the line and counting for the dose (see DoseMatching).
    static QList<DueDose> overdueDoses(const QList<FormEntry>& prescriptions,
                                       const QList<FormEntry>& administrations, const QDateTime& now);
    /// The first dose due after doseGrace ago and within 24 h that no administration counts for.
    static std::optional<DueDose> nextDose(const QList<FormEntry>& prescriptions,
                                           const QList<FormEntry>& administrations, const QDateTime& now);
    /// The due time of `prescription` an administration (its values) counts for; invalid when none.
    static QDateTime doseRecordedBy(const QJsonObject& prescription, const QJsonObject& administration);
    /// Whether the line is still running at `now` (no end, or an end ahead).
    static bool isActive(const QJsonObject& prescription, const QDateTime& now);
    /// A form date-time value (`YYYY-MM-DDTHH:MM`, local time); invalid when unreadable.
    static QDateTime formDateTime(const QJsonValue& value);
    /// The same, written back as a form value.
    static QString formDateTimeText(const QDateTime& t);

private:
    /// "<line record id>|<due time>" of every dose an administration counts for.
    static QSet<QString> recordedDoses(const QList<FormEntry>& prescriptions,
                                       const QList<FormEntry>& administrations);
    static QList<DueDose> unrecordedDoses(const QList<FormEntry>& prescriptions,
                                          const QList<FormEntry>& administrations, const QDateTime& from,
                                          const QDateTime& to);
    Status fillPatientColumns(WardBoardRow& row, const QDateTime& now);
    /// Fills the laboratory column of `rows` from one read of the orders and open alerts (of
    /// the ward, or of `patientId` alone when given).
    Status fillLabColumn(QList<WardBoardRow>& rows, const QString& wardCode, const QString& patientId,
                         const QDateTime& now);
    const orders::Catalogue& catalogue();
    Workspace& m_ws;
    const clinical::FormRegistry& m_forms;
    const orders::Catalogue* m_catalogue = nullptr;
    std::shared_ptr<orders::Catalogue> m_ownCatalogue; ///< shared_ptr: the type stays incomplete here
};

} // namespace wp
