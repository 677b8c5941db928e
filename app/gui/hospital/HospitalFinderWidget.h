#pragma once

#include "hospital/PatientFinder.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace wp::gui {

/// The hospital-wide patient finder: search as you type over every patient this laptop holds,
/// with where they are now, which laptop said so and how old that is. Enter on a single match
/// (or on a row) opens the patient's chart.
class HospitalFinderWidget : public QWidget
{
    Q_OBJECT

public:
    /// Columns of the results.
    enum Column { Number, Name, Born, WhereNow, Laptop, RecordedAt, Freshness, ColumnCount };
    /// Pause after the last keystroke before searching.
    static constexpr int debounceMs = 150;

    explicit HospitalFinderWidget(Workspace& ws, QWidget* parent = nullptr);

    QLineEdit* field() const { return m_field; }
    QTableView* results() const { return m_view; }
    /// The patient id of result `row`; empty when out of range.
    QString patientAt(int row) const;

public slots:
    /// Searches at once (the debounce timer calls it after typing stops).
    void searchNow();
    /// Re-reads how fresh every laptop's data is, then searches again.
    void refresh();

signals:
    void patientActivated(const QString& patientId);

private:
    void activate(int row);

    Workspace& m_ws;
    hospital::PatientFinder m_finder;
    QLineEdit* m_field;
    QLabel* m_message;
    QTableView* m_view;
    QStandardItemModel* m_model;
    QList<hospital::FinderHit> m_hits;
    QTimer m_debounce;
};

} // namespace wp::gui
