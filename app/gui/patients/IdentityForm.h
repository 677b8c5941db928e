#pragma once

#include "patients/Patient.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;

namespace wp {
class Workspace;
}

namespace wp::gui {

class DateEdit;

/// The identity fields of a patient (names, birth date, sex, birth place, identity status,
/// IPP, INS), each checked as it is typed by PatientIdentity::validate with the message beside
/// the field. Shared by registration and identity correction so both apply the same rules.
class IdentityForm : public QWidget
{
    Q_OBJECT

public:
    explicit IdentityForm(Workspace& ws, QWidget* parent = nullptr);

    /// The identity as typed (only identity traits are set).
    Patient patient() const;
    /// Fills the fields; messages appear for fields then edited.
    void setPatient(const Patient& p);
    QString messageFor(const QString& fieldId) const;

    /// Shows the issues beside the fields (`all`: every field, else only those edited) and
    /// returns whether the identity can be saved. Issues not tied to a field go to `general`.
    bool showIssues(bool all, QStringList* general = nullptr);

signals:
    /// The user changed a field.
    void edited();

private:
    Workspace& m_ws;
    QLineEdit* m_birthName = nullptr;
    QLineEdit* m_usedName = nullptr;
    QLineEdit* m_firstNames = nullptr;
    DateEdit* m_birthDate = nullptr;
    QButtonGroup* m_sex = nullptr;
    QLineEdit* m_birthPlace = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_ipp = nullptr;
    QLineEdit* m_ins = nullptr;
    QHash<QString, QLabel*> m_messages;
    QSet<QString> m_touched;
};

} // namespace wp::gui
