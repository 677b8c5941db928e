#pragma once

#include "patients/PatientService.h"

#include <QListWidget>

namespace wp::gui {

/// Registered patients who may be the same person as an identity being typed, one line each
/// with where they are and why they match (registration and identity correction).
class DuplicateList : public QListWidget
{
    Q_OBJECT

public:
    explicit DuplicateList(QWidget* parent = nullptr);

    void setDuplicates(const QList<PossibleDuplicate>& duplicates, const QDate& today);
    /// The selected patient's id, or empty.
    QString selectedPatientId() const;

private:
    QStringList m_ids;
};

} // namespace wp::gui
