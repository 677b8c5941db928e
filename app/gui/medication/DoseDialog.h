#pragma once

#include "entries/FormEntry.h"

#include <QDateTime>
#include <QDialog>

class QLabel;

namespace wp {
class Workspace;
class FormEntryService;
namespace clinical {
class FormRegistry;
}
} // namespace wp

namespace wp::gui {

class FormEntryPanel;
class PatientIdentityBand;

/// Records one dose of a prescription line (given, held or refused). The patient's identity
/// band and allergies on top, then the line in words (drug, dose, route, the dose's due
/// time), read-only: the nurse chooses what happened, never which line, and never sees the
/// line's record id.
class DoseDialog : public QDialog
{
    Q_OBJECT

public:
    /// `due` is the dose this administration is for; invalid for an "as needed" dose.
    DoseDialog(Workspace& ws, FormEntryService& entries, const clinical::FormRegistry& forms,
               const FormEntry& line, const QDateTime& due, QWidget* parent = nullptr);

    FormEntryPanel* panel() const { return m_panel; }
    PatientIdentityBand* band() const { return m_band; }
    /// The prescription as shown: "Paracétamol · 1000 mg · Oral · due 28/11 22:00".
    QString prescriptionText() const;

    /// "1000 mg" for a line's values, with the unit's label.
    static QString doseText(const FormEntry& line);

private:
    FormEntryPanel* m_panel = nullptr;
    PatientIdentityBand* m_band = nullptr;
    QLabel* m_drug = nullptr;
    QLabel* m_dose = nullptr;
    QLabel* m_route = nullptr;
    QLabel* m_due = nullptr;
};

} // namespace wp::gui
