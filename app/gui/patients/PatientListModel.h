#pragma once

#include "patients/Patient.h"

#include <QAbstractTableModel>
#include <QDate>

namespace wp::gui {

/// Patients as a table: name, birth date and age, sex, downtime number, ward and bed.
class PatientListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Born, Sex, Number, Location, ColumnCount };

    explicit PatientListModel(QObject* parent = nullptr);

    void setPatients(QList<Patient> patients, const QDate& today);
    const Patient* patientAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Patient> m_patients;
    QDate m_today;
};

} // namespace wp::gui
