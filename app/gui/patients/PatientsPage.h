#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace wp {
class Workspace;
}

namespace wp::gui {

class PatientSearchWidget;

/// The "Patients" page: search as you type over every patient of this laptop (admitted
/// or not) and register a new one. Opening a patient is left to the main window, which
/// shows a PatientChartPage.
class PatientsPage : public QWidget
{
    Q_OBJECT

public:
    explicit PatientsPage(Workspace& ws, QWidget* parent = nullptr);

    PatientSearchWidget* search() const { return m_search; }
    QPushButton* registerButton() const { return m_register; }

public slots:
    void registerPatient();

signals:
    void openPatientChart(const QString& patientId);

private:
    void applyUserRights();

    Workspace& m_ws;
    QPushButton* m_register = nullptr;
    PatientSearchWidget* m_search = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace wp::gui
