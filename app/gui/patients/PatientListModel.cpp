#include "PatientListModel.h"

namespace wp::gui {

PatientListModel::PatientListModel(QObject* parent) : QAbstractTableModel(parent) {}

void PatientListModel::setPatients(QList<Patient> patients, const QDate& today)
{
    beginResetModel();
    m_patients = std::move(patients);
    m_today = today;
    endResetModel();
}

const Patient* PatientListModel::patientAt(int row) const
{
    return row >= 0 && row < m_patients.size() ? &m_patients[row] : nullptr;
}

int PatientListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_patients.size());
}

int PatientListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientListModel::data(const QModelIndex& index, int role) const
{
    const Patient* p = patientAt(index.row());
    if (!p || role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Name:
        return p->displayName();
    case Born:
        return tr("%1 (%2 y)")
            .arg(p->birthDate.toString(QStringLiteral("dd/MM/yyyy")))
            .arg(p->ageOn(m_today));
    case Sex:
        return p->sex;
    case Number:
        return p->downtimeNumber;
    case Location:
        if (p->status == QLatin1String("admitted")) {
            return QStringLiteral("%1 %2").arg(p->wardCode, p->bedLabel).trimmed();
        }
        if (p->status == QLatin1String("registered")) {
            return tr("not admitted");
        }
        if (p->status == QLatin1String("transferred")) {
            return tr("transferred");
        }
        if (p->status == QLatin1String("discharged")) {
            return tr("discharged");
        }
        return tr("deceased");
    default:
        return {};
    }
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Born:
        return tr("Born (age)");
    case Sex:
        return tr("Sex");
    case Number:
        return tr("Downtime number");
    case Location:
        return tr("Ward / bed");
    default:
        return {};
    }
}

} // namespace wp::gui
