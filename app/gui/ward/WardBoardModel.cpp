#include "WardBoardModel.h"

#include "clinical/News2.h"
#include "theatreplan/PlannedSurgeryQuery.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace wp::gui {

namespace {

QString hhmm(const QDateTime& t)
{
    return t.toLocalTime().toString(QStringLiteral("HH:mm"));
}

QString dayAndTime(const QDateTime& t, const QDateTime& now)
{
    return t.toLocalTime().date() == now.toLocalTime().date()
               ? hhmm(t)
               : t.toLocalTime().toString(QStringLiteral("dd/MM HH:mm"));
}

} // namespace

WardBoardModel::WardBoardModel(QObject* parent) : QAbstractTableModel(parent) {}

QString WardBoardModel::ageText(const QDateTime& since, const QDateTime& now)
{
    const qint64 minutes = std::max<qint64>(0, since.secsTo(now) / 60);
    if (minutes < 60) {
        return tr("%1 min").arg(minutes);
    }
    if (minutes < 24 * 60) {
        return minutes % 60 == 0 ? tr("%1 h").arg(minutes / 60)
                                 : tr("%1 h %2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    return tr("%1 d").arg(minutes / (24 * 60));
}

QString WardBoardModel::labText(const WardLabSummary& lab, const QDateTime& now)
{
    QStringList parts;
    if (lab.pendingOrders > 0) {
        parts << (lab.overdueOrders > 0
                      ? tr("%1 pending, %2 overdue").arg(lab.pendingOrders).arg(lab.overdueOrders)
                      : tr("%1 pending").arg(lab.pendingOrders));
    }
    if (lab.openAlerts > 0) {
        // The marker leads, so that an unanswered alert stands out in black and white too.
        QString alert =
            QStringLiteral("⚠ %1 · %2").arg(lab.oldestAlertSummary, ageText(lab.oldestAlertAt, now));
        if (lab.openAlerts > 1) {
            alert += tr(" (+%1)").arg(lab.openAlerts - 1);
        }
        parts << alert;
    }
    return parts.join(QStringLiteral(" · "));
}

void WardBoardModel::setRows(QList<WardBoardRow> rows, const QDateTime& now)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_now = now;
    endResetModel();
}

const WardBoardRow* WardBoardModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int WardBoardModel::rowOf(const QString& patientId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].patient && m_rows[i].patient->id == patientId) {
            return i;
        }
    }
    return -1;
}

int WardBoardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int WardBoardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WardBoardModel::text(const WardBoardRow& r, int column) const
{
    if (column == Bed) {
        return r.bedLabel.isEmpty() ? tr("(no bed)") : r.bedLabel;
    }
    if (!r.patient) {
        return column == PatientName ? tr("free") : QString();
    }
    const Patient& p = *r.patient;
    switch (column) {
    case PatientName:
        return p.displayName();
    case AgeSex:
        return tr("%1 y, %2").arg(p.ageOn(m_now.toLocalTime().date())).arg(p.sex);
    case Number:
        return p.downtimeNumber;
    case Allergies:
        if (r.hasAllergy()) {
            return QStringLiteral("⚠ %1").arg(p.allergies);
        }
        return p.allergies.isEmpty() ? tr("not recorded") : tr("no known allergy");
    case News2:
        if (!r.lastObservationAt.isValid()) {
            return QStringLiteral("—");
        }
        if (!r.news2Total) {
            return tr("incomplete");
        }
        return tr("%1 (%2)").arg(*r.news2Total).arg(clinical::label(r.news2Risk));
    case Observations:
        if (!r.lastObservationAt.isValid()) {
            return tr("none yet: due now");
        }
        if (!r.observationsDueAt.isValid()) {
            return tr("last %1, incomplete").arg(dayAndTime(r.lastObservationAt, m_now));
        }
        if (r.continuousMonitoring) {
            // NEWS2 7+: watched all the time, not "overdue" the moment the set is saved.
            return r.observationsOverdue
                       ? tr("continuous monitoring: no set charted since %1")
                             .arg(dayAndTime(r.lastObservationAt, m_now))
                       : tr("continuous monitoring, last %1").arg(dayAndTime(r.lastObservationAt, m_now));
        }
        return r.observationsOverdue ? tr("OVERDUE since %1").arg(dayAndTime(r.observationsDueAt, m_now))
                                     : tr("due %1").arg(dayAndTime(r.observationsDueAt, m_now));
    case Medications: {
        if (!r.overdueDoses.isEmpty()) {
            QStringList doses;
            for (const auto& d : r.overdueDoses) {
                doses << QStringLiteral("%1 %2").arg(d.drug, dayAndTime(d.dueAt, m_now));
            }
            return tr("%n overdue: %1", nullptr, static_cast<int>(r.overdueDoses.size()))
                .arg(doses.join(QStringLiteral(", ")));
        }
        if (r.nextDose) {
            return tr("next: %1 %2").arg(r.nextDose->drug, dayAndTime(r.nextDose->dueAt, m_now));
        }
        if (r.activePrescriptions == 1) {
            return tr("1 line, no dose due within 24 h");
        }
        if (r.activePrescriptions > 1) {
            return tr("%1 lines, no dose due within 24 h").arg(r.activePrescriptions);
        }
        return {};
    }
    case Transfer:
        if (!r.plannedTransferAt.isValid()) {
            return {};
        }
        return tr("%1, %2").arg(r.plannedTransferTo, dayAndTime(r.plannedTransferAt, m_now));
    case Surgery:
        if (!r.plannedSurgery) {
            return {};
        }
        // The marker leads, so that a moved operation stands out in black and white too.
        return r.plannedSurgery->changed()
                   ? QStringLiteral("⚠ %1").arg(theatre::PlannedSurgeryQuery::describe(*r.plannedSurgery))
                   : theatre::PlannedSurgeryQuery::describe(*r.plannedSurgery);
    case Lab:
        return labText(r.lab, m_now);
    default:
        return {};
    }
}

QVariant WardBoardModel::data(const QModelIndex& index, int role) const
{
    const WardBoardRow* r = rowAt(index.row());
    if (!r) {
        return {};
    }
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return text(*r, column);
    case Qt::ToolTipRole:
        if (column == Allergies && r->patient) {
            return r->patient->allergies;
        }
        if (column == PatientName && r->patient) {
            return r->patient->reason;
        }
        if (column == Surgery && r->plannedSurgery) {
            return theatre::PlannedSurgeryQuery::describe(*r->plannedSurgery, true);
        }
        if (column == Medications && !r->overdueDoses.isEmpty() && r->nextDose) {
            return text(*r, column) + QLatin1Char('\n') +
                   tr("next: %1 %2").arg(r->nextDose->drug, dayAndTime(r->nextDose->dueAt, m_now));
        }
        return text(*r, column);
    case PatientIdRole:
        return r->patient ? r->patient->id : QString();
    case Qt::BackgroundRole:
        if (column == Allergies && r->hasAllergy()) {
            return QBrush(QColor(QStringLiteral("#c62828")));
        }
        if (column == News2 && r->news2Total) {
            return QBrush(QColor(clinical::News2::colourHex(r->news2Risk)));
        }
        if ((column == Observations && r->observationsOverdue) ||
            (column == Medications && !r->overdueDoses.isEmpty())) {
            return QBrush(QColor(QStringLiteral("#ffebee")));
        }
        if (column == Surgery && r->plannedSurgery && r->plannedSurgery->changed()) {
            return QBrush(QColor(QStringLiteral("#fff3e0")));
        }
        if (column == Lab && (r->lab.openAlerts > 0 || r->lab.overdueOrders > 0)) {
            return QBrush(QColor(QStringLiteral("#ffebee")));
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Allergies && r->hasAllergy()) {
            return QBrush(Qt::white);
        }
        if (column == News2 && r->news2Total) {
            return QBrush(QColor(clinical::News2::colourHex(r->news2Risk)).lightness() > 150 ? Qt::black
                                                                                             : Qt::white);
        }
        if ((column == Observations && r->observationsOverdue) ||
            (column == Medications && !r->overdueDoses.isEmpty())) {
            return QBrush(QColor(QStringLiteral("#b71c1c")));
        }
        if (column == Observations && r->continuousMonitoring) {
            return QBrush(QColor(QStringLiteral("#b71c1c")));
        }
        if (column == Surgery && r->plannedSurgery && r->plannedSurgery->changed()) {
            return QBrush(QColor(QStringLiteral("#8a4b00")));
        }
        if (column == Lab && (r->lab.openAlerts > 0 || r->lab.overdueOrders > 0)) {
            return QBrush(QColor(QStringLiteral("#b71c1c")));
        }
        if (!r->patient || (column == Allergies && r->patient->allergies.isEmpty())) {
            return QBrush(QColor(QStringLiteral("#777777")));
        }
        return {};
    case Qt::FontRole: {
        if ((column == Allergies && r->hasAllergy()) || column == News2 || column == Bed ||
            (column == Observations && (r->observationsOverdue || r->continuousMonitoring)) ||
            (column == Medications && !r->overdueDoses.isEmpty()) ||
            (column == Surgery && r->plannedSurgery && r->plannedSurgery->changed()) ||
            (column == Lab && (r->lab.openAlerts > 0 || r->lab.overdueOrders > 0))) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    default:
        return {};
    }
}

QVariant WardBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Bed:
        return tr("Bed");
    case PatientName:
        return tr("Patient");
    case AgeSex:
        return tr("Age, sex");
    case Number:
        return tr("Downtime no.");
    case Allergies:
        return tr("Allergies");
    case News2:
        return tr("NEWS2");
    case Observations:
        return tr("Observations");
    case Medications:
        return tr("Medications");
    case Transfer:
        return tr("Planned transfer");
    case Surgery:
        return tr("Planned surgery");
    case Lab:
        return tr("Lab");
    default:
        return {};
    }
}

} // namespace wp::gui
