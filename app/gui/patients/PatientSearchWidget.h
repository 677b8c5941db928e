#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace wp {
class Workspace;
}

namespace wp::gui {

class PatientListModel;

/// Search as you type over names, numbers and beds. Each pause in typing runs one
/// indexed FTS query (PatientService::search) limited to the first results, so the
/// cost per keystroke does not grow with the number of patients. A typed downtime
/// number whose check character is wrong is refused with the reason.
class PatientSearchWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PatientSearchWidget(Workspace& ws, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_field; }
    QTableView* resultView() const { return m_view; }
    PatientListModel* results() const { return m_model; }
    QString message() const;
    /// Runs the search at once (Enter, or tests that do not want to wait for the pause).
    void searchNow();
    /// The patient of the current row, or an empty id.
    QString currentPatientId() const;

    /// Pause after the last key before searching: short enough to feel instant,
    /// long enough not to query for every letter of a fast typist.
    static constexpr int debounceMs = 40;

signals:
    void patientActivated(const QString& patientId);
    void currentPatientChanged(const QString& patientId);

private:
    Workspace& m_ws;
    QLineEdit* m_field = nullptr;
    QLabel* m_message = nullptr;
    QTableView* m_view = nullptr;
    PatientListModel* m_model = nullptr;
    QTimer m_debounce;
};

} // namespace wp::gui
