#pragma once

#include "entries/FormEntry.h"
#include "formulary/Formulary.h"
#include "medication/ImportedMedicationService.h"
#include "medication/LineSafety.h"

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
    /// Medications imported from the hospital record, still to confirm (marked, with their date).
    QTableWidget* toConfirmLines() const { return m_imported; }
    QPushButton* confirmButton() const { return m_confirm; }
    QPushButton* confirmAllButton() const { return m_confirmAll; }
    QPushButton* prescribeButton() const { return m_prescribe; }
    QPushButton* doseButton() const { return m_dose; }
    QString message() const;
    QPushButton* unconfirmedDoseButton() const { return m_unconfirmedDose; }
    QTableWidget* administrations() const { return m_given; }
    int overdueCount() const { return m_overdue; }
    /// What the checks found when the line of `row` was prescribed (overrides, high risk), if any.
    std::optional<medication::LineSafety> safetyOf(int row) const;

public slots:
    void reload();
    /// Enables what the logged-in user may do (after a change of user too).
    void updatePermissions();
    void newPrescription();
    void recordDose();
    /// Asks the doctor for the schedule, then confirms the selected imported line.
    void confirmSelected();
    /// "Review and confirm all": one schedule for every line still to confirm.
    void confirmAll();
    /// Asks the nurse why, then records a dose given against the selected unconfirmed line.
    void recordUnconfirmedDose();

    /// What the dialogs above end in (tests call these directly). Each returns whether it wrote.
    bool confirmRow(int row, const QString& times);
    bool confirmAllWith(const QString& times);
    bool recordUnconfirmedDoseRow(int row, const QString& reason);

signals:
    void changed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showError(const QString& text);
    void reloadImported();
    /// The dose a new administration of `line` is for: the oldest overdue one, else the next.
    QDateTime proposedDue(const FormEntry& line) const;

    Workspace& m_ws;
    FormEntryService& m_entries;
    const clinical::FormRegistry& m_forms;
    QString m_patientId;
    QList<FormEntry> m_prescriptions;
    medication::Formulary m_formulary;
    QHash<QString, medication::LineSafety> m_safety;
    ImportedMedicationService m_importedMeds;
    QList<ImportedMedicationLine> m_pending;
    QTableWidget* m_imported = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_confirmAll = nullptr;
    QPushButton* m_unconfirmedDose = nullptr;
    QTableWidget* m_lines = nullptr;
    QTableWidget* m_given = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_prescribe = nullptr;
    QPushButton* m_dose = nullptr;
    int m_overdue = 0;
};

} // namespace wp::gui
