#pragma once

#include "formulary/Formulary.h"
#include "medication/PrescribingService.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace wp::gui {

class PatientIdentityBand;

/// Writing a prescription line from the formulary (issue 18). The doctor types a few letters
/// of the drug (name, brand or code) and picks it from the list; names that look alike are
/// shown beside it. Dose, unit, route and schedule follow, and the checks (allergy, maximum
/// dose, child mg/kg, duplicate class, route) run on every change and are shown at once under
/// the fields. When one needs an override, the line is written only with the doctor's reason.
class PrescribeDialog : public QDialog
{
    Q_OBJECT

public:
    PrescribeDialog(Workspace& ws, FormEntryService& entries, const medication::Formulary& formulary,
                    const QString& patientId, QWidget* parent = nullptr);

    QLineEdit* search() const { return m_search; }
    QListWidget* results() const { return m_results; }
    QListWidget* lookAlikes() const { return m_lookAlikes; }
    QDoubleSpinBox* dose() const { return m_dose; }
    QComboBox* unit() const { return m_unit; }
    QComboBox* route() const { return m_route; }
    QComboBox* scheduleType() const { return m_scheduleType; }
    QLineEdit* times() const { return m_times; }
    QSpinBox* maxDoses() const { return m_maxDoses; }
    QLabel* findingsLabel() const { return m_findings; }
    QLineEdit* overrideReason() const { return m_override; }
    QPushButton* prescribeButton() const { return m_ok; }
    QString message() const;

    /// The formulary drug chosen, or nullptr.
    const medication::FormularyDrug* drug() const { return m_drug; }
    /// The findings for the fields as they are now.
    const QList<medication::PrescribingFinding>& findings() const { return m_current; }
    /// The prescription values the fields give (with "formulary_code").
    QJsonObject values() const;

public slots:
    /// Picks the drug of the results' row (the list's current row when -1).
    void choose(int row = -1);
    /// Runs the checks again and shows them.
    void recheck();
    /// Writes the line; false (with the reason on screen) when refused.
    bool prescribe();

private:
    void searchChanged(const QString& text);
    void showLookAlikes(const medication::FormularyDrug* drug);

    Workspace& m_ws;
    const medication::Formulary& m_formulary;
    medication::PrescribingService m_service;
    QString m_patientId;
    std::optional<medication::PatientFacts> m_facts;
    const medication::FormularyDrug* m_drug = nullptr;
    QList<const medication::FormularyDrug*> m_shown;
    QList<medication::PrescribingFinding> m_current;

    PatientIdentityBand* m_band = nullptr;
    QLineEdit* m_search = nullptr;
    QListWidget* m_results = nullptr;
    QListWidget* m_lookAlikes = nullptr;
    QLabel* m_chosen = nullptr;
    QDoubleSpinBox* m_dose = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_route = nullptr;
    QComboBox* m_scheduleType = nullptr;
    QLineEdit* m_times = nullptr;
    QLineEdit* m_indication = nullptr;
    QSpinBox* m_maxDoses = nullptr;
    QSpinBox* m_interval = nullptr;
    QDateTimeEdit* m_start = nullptr;
    QSpinBox* m_days = nullptr;
    QLineEdit* m_comment = nullptr;
    QLabel* m_findings = nullptr;
    QLineEdit* m_override = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace wp::gui
