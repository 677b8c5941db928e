#pragma once

#include <QTabWidget>

namespace wp {
class Workspace;
namespace clinical {
class FormRegistry;
}
} // namespace wp

namespace wp::gui {

class PatientChartPage;
class PatientsPage;

/// The Patients area of the main window: finding and registering patients in the
/// first tab, then one closable tab per open chart, as charts lie open on a desk.
class PatientTabs : public QTabWidget
{
    Q_OBJECT

public:
    PatientTabs(Workspace& ws, const clinical::FormRegistry& forms, QWidget* parent = nullptr);

    PatientsPage* finder() const { return m_finder; }
    /// Opens (or brings forward) the chart of a patient.
    PatientChartPage* openChart(const QString& patientId);
    PatientChartPage* chart(const QString& patientId) const;

signals:
    /// A chart recorded something: the ward board should refresh.
    void changed();

private:
    QString titleOf(const QString& patientId) const;

    Workspace& m_ws;
    const clinical::FormRegistry& m_forms;
    PatientsPage* m_finder = nullptr;
};

} // namespace wp::gui
