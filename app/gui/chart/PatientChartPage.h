#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;

namespace wp {
class Workspace;
class FormEntryService;
namespace clinical {
class FormRegistry;
}
} // namespace wp

namespace wp::gui {

class FormTab;
class MarView;
class ObservationChartView;
class OrdersTab;

/// One patient's chart: identity and allergies always on top (as on every paper page),
/// then the observation chart with its trends, the observations, nursing notes,
/// admission, medication record, tests and exams, fluid balance and transfer forms.
class PatientChartPage : public QWidget
{
    Q_OBJECT

public:
    PatientChartPage(Workspace& ws, const clinical::FormRegistry& forms, const QString& patientId,
                     QWidget* parent = nullptr);
    ~PatientChartPage() override;

    QString patientId() const { return m_patientId; }
    QTabWidget* tabs() const { return m_tabs; }
    ObservationChartView* chart() const { return m_chart; }
    MarView* mar() const { return m_mar; }
    /// Tests and exams: the patient's orders and results.
    OrdersTab* orders() const { return m_orders; }
    /// The tab of a form (`observation`, `nursing_note`…), or nullptr.
    FormTab* formTab(const QString& formId) const;
    QString headerText() const;
    /// Earlier identities of the patient (struck through), empty when never corrected.
    QString identityHistoryText() const;
    QPushButton* identityButton() const { return m_identityButton; }
    QPushButton* scaleButton() const { return m_scaleButton; }
    /// Why the last change of the SpO2 scale was refused or failed; empty otherwise.
    QString scaleError() const;

public slots:
    /// Re-reads identity, allergies and every tab.
    void reload();
    /// Doctors: switches the patient's NEWS2 SpO2 scale between 1 and 2, with a reason.
    bool changeSpo2Scale();
    /// Nurses and doctors: opens the identity correction (Ctrl+E); true when a correction was saved.
    bool editIdentity();

signals:
    /// Something was written: the ward board should refresh.
    void changed();

private:
    void reloadHeader();
    /// Shows or hides what only some roles may do, for the user logged in now.
    void applyUserRights();
    void showScaleError(const QString& text);

    Workspace& m_ws;
    const clinical::FormRegistry& m_forms;
    QString m_patientId;
    std::unique_ptr<FormEntryService> m_entries;
    QLabel* m_header = nullptr;
    QLabel* m_identityHistory = nullptr;
    QPushButton* m_identityButton = nullptr;
    QLabel* m_allergies = nullptr;
    QLabel* m_scale = nullptr;
    QPushButton* m_scaleButton = nullptr;
    QLabel* m_scaleError = nullptr;
    QTabWidget* m_tabs = nullptr;
    ObservationChartView* m_chart = nullptr;
    MarView* m_mar = nullptr;
    OrdersTab* m_orders = nullptr;
    QList<FormTab*> m_formTabs;
};

} // namespace wp::gui
