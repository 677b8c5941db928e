#pragma once

#include "orders/Catalogue.h"
#include "orders/Order.h"

#include <QWidget>

class QChart;
class QComboBox;
class QTableWidget;

namespace wp::gui {

/// The patient's results as the ward reads them: a table by test and time (value, unit,
/// flag, reference range, how it arrived, who recorded it) and, for a numeric test, its trend
/// with the reference range drawn, in the style of the observation chart.
class ResultsView : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsView(const orders::Catalogue& catalogue, QWidget* parent = nullptr);

    /// Shows the results of these orders (cancelled ones have none).
    void setOrders(const QList<orders::Order>& orders);

    QTableWidget* table() const { return m_table; }
    /// The numeric tests that have a trend.
    QComboBox* trendTest() const { return m_test; }
    /// Points in the trend of the chosen test.
    int trendPointCount() const;
    /// Chooses the test of the trend; false when it has no numeric result.
    bool showTrend(const QString& testCode);

private:
    void updateTrend();

    const orders::Catalogue& m_catalogue;
    QList<orders::LabResult> m_results; // by test (latest resulted first), newest first within a test
    QTableWidget* m_table = nullptr;
    QComboBox* m_test = nullptr;
    QChart* m_chart = nullptr;
};

} // namespace wp::gui
