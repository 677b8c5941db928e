#pragma once

#include "entries/FormEntry.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace wp {
class Workspace;
class FormEntryService;
namespace clinical {
class FormRegistry;
}
} // namespace wp

namespace wp::gui {

/// The medication administration record: prescription lines (written by a doctor; the
/// core refuses anyone else and the refusal is shown in the form), the doses due with
/// the overdue ones highlighted, and each administration given, held or refused with
/// its time and who recorded it.
class MarView : public QWidget
{
    Q_OBJECT

public:
    MarView(Workspace& ws, FormEntryService& entries, const clinical::FormRegistry& forms,
            const QString& patientId, QWidget* parent = nullptr);

    QTableWidget* lines() const { return m_lines; }
    QTableWidget* administrations() const { return m_given; }
    int overdueCount() const { return m_overdue; }

public slots:
    void reload();
    void newPrescription();
    void recordDose();

signals:
    void changed();

private:
    Workspace& m_ws;
    FormEntryService& m_entries;
    const clinical::FormRegistry& m_forms;
    QString m_patientId;
    QList<FormEntry> m_prescriptions;
    QTableWidget* m_lines = nullptr;
    QTableWidget* m_given = nullptr;
    QLabel* m_message = nullptr;
    int m_overdue = 0;
};

} // namespace wp::gui
