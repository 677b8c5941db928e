#pragma once

#include "entries/FormEntry.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;

namespace wp {
class FormEntryService;
class Workspace;
} // namespace wp

namespace wp::gui {

/// The observation chart as the ward reads it: a table of every set (newest first, each
/// value with its NEWS2 score colour), NEWS2 over time and the trend of one parameter. Sets
/// imported from the hospital record say so, with the age of the record they came from.
class ObservationChartView : public QWidget
{
    Q_OBJECT

public:
    ObservationChartView(Workspace& ws, FormEntryService& entries, const QString& patientId,
                         QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    int setCount() const { return static_cast<int>(m_sets.size()); }
    /// Points in the NEWS2 trend (complete sets only).
    int news2PointCount() const;
    /// Sets on the chart that came from the hospital record.
    int importedSetCount() const;

public slots:
    void reload();

private:
    void fillTable();
    void updateTrend();

    Workspace& m_ws;
    FormEntryService& m_service;
    QString m_patientId;
    QHash<QString, QDateTime> m_imported; // observation record id -> snapshot time
    QList<FormEntry> m_sets;              // oldest first
    QTableWidget* m_table = nullptr;
    QChart* m_news2Chart = nullptr;
    QChart* m_trendChart = nullptr;
    QComboBox* m_parameter = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_importedNote = nullptr;
};

} // namespace wp::gui
