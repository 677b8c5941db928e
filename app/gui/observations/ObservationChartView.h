#pragma once

#include "entries/FormEntry.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;

namespace wp {
class FormEntryService;
}

namespace wp::gui {

/// The observation chart as the ward reads it: a table of every set (newest first, each
/// value with its NEWS2 score colour), NEWS2 over time and the trend of one parameter.
class ObservationChartView : public QWidget
{
    Q_OBJECT

public:
    ObservationChartView(FormEntryService& entries, const QString& patientId, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    int setCount() const { return static_cast<int>(m_sets.size()); }
    /// Points in the NEWS2 trend (complete sets only).
    int news2PointCount() const;

public slots:
    void reload();

private:
    void fillTable();
    void updateTrend();

    FormEntryService& m_service;
    QString m_patientId;
    QList<FormEntry> m_sets; // oldest first
    QTableWidget* m_table = nullptr;
    QChart* m_news2Chart = nullptr;
    QChart* m_trendChart = nullptr;
    QComboBox* m_parameter = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace wp::gui
