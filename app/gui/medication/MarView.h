#pragma once

#include "entries/FormEntry.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace wp {
class Workspace;
class FormEntryService;
namespace clinical {
class FormRegistry;
}
} // namespace wp

namespace wp::gui {

/// The medication administration record: prescription lines (written by a doctor: the
/// button is disabled, with the reason in its tooltip, for anyone else; the core refuses
/// them too), the doses due with the overdue ones highlighted, and each administration
/// given, held or refused with its time, the dose and who recorded it.
class MarView : public QWidget
{
    Q_OBJECT

public:
    MarView(Workspace& ws, FormEntryService& entries, const clinical::FormRegistry& forms,
            const QString& patientId, QWidget* parent = nullptr);

    QTableWidget* lines() const { return m_lines; }
    QPushButton* prescribeButton() const { return m_prescribe; }
    QPushButton* doseButton() const { return m_dose; }
    QString message() const;
    QTableWidget* administrations() const { return m_given; }
    int overdueCount() const { return m_overdue; }

public slots:
    void reload();
    /// Enables what the logged-in user may do (after a change of user too).
    void updatePermissions();
    void newPrescription();
    void recordDose();

signals:
    void changed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// The dose a new administration of `line` is for: the oldest overdue one, else the next.
    QDateTime proposedDue(const FormEntry& line) const;

    Workspace& m_ws;
    FormEntryService& m_entries;
    const clinical::FormRegistry& m_forms;
    QString m_patientId;
    QList<FormEntry> m_prescriptions;
    QTableWidget* m_lines = nullptr;
    QTableWidget* m_given = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_prescribe = nullptr;
    QPushButton* m_dose = nullptr;
    int m_overdue = 0;
};

} // namespace wp::gui
