#pragma once

#include "orders/Catalogue.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace wp {
class Workspace;
namespace clinical {
class FormRegistry;
}
} // namespace wp

namespace wp::gui {

class WardBoardModel;

/// The "Wards" page: one ward's beds with occupant, allergies, latest NEWS2, what is
/// overdue and planned transfers; occupancy and the white-plan admissions limit; and the
/// movements (admit, move, transfer out, discharge, death). Data comes from
/// WardBoardService; this page only displays and asks.
class BoardColumns;

class WardBoardPage : public QWidget
{
    Q_OBJECT

public:
    WardBoardPage(Workspace& ws, const clinical::FormRegistry& forms, QWidget* parent = nullptr);

    WardBoardModel* model() const { return m_model; }
    /// The board's columns after Bed and Patient, which scroll sideways when they must.
    QTableView* table() const { return m_table; }
    /// Bed and Patient, frozen on the left: they never scroll out of view.
    QTableView* frozenTable() const { return m_frozen; }
    /// The columns a user chose to show, and their order.
    BoardColumns* columns() const { return m_columns; }
    QString currentWard() const;
    void setCurrentWard(const QString& wardCode);
    QString countersText() const;
    QString message() const;
    /// The patient on the selected row, or an empty id.
    QString selectedPatientId() const;
    void selectPatient(const QString& patientId);

public slots:
    /// Reloads wards, beds and counters (after a movement, a saved entry or an import).
    void refresh();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    /// Double-click or "Open chart": the lead's main window shows the PatientChartPage.
    void openPatientChart(const QString& patientId);
    /// "Import…": the main window opens the ImportDialog (it also lives in gui/imports).
    void importRequested();
    /// The board was re-read (the main window's alert count follows it).
    void refreshed();

private:
    void reloadWards();
    void updateButtons();
    void runMovement(int kind);
    void registerPatient();
    void applyLimit();
    void setMessage(const QString& text, bool error);
    /// Shares the width between the columns so that the board fits without sideways
    /// scrolling where it can: short columns at their content's width, the long ones
    /// (allergies, observations, medications, transfer, surgery) sharing what is left,
    /// elided with the full text in their tooltip.
    void fitColumns();

    Workspace& m_ws;
    const clinical::FormRegistry& m_forms;
    orders::Catalogue m_catalogue; ///< names the tests of the laboratory column
    QComboBox* m_ward = nullptr;
    QLabel* m_counters = nullptr;
    QLabel* m_limited = nullptr;
    QSpinBox* m_limit = nullptr;
    QTableView* m_table = nullptr;
    QTableView* m_frozen = nullptr;
    BoardColumns* m_columns = nullptr;
    WardBoardModel* m_model = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_admit = nullptr;
    QPushButton* m_move = nullptr;
    QPushButton* m_transfer = nullptr;
    QPushButton* m_discharge = nullptr;
    QPushButton* m_death = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace wp::gui
