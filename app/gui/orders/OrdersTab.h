#pragma once

#include "orders/Catalogue.h"
#include "orders/Order.h"
#include "printing/PrintService.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace wp {
class Workspace;
}

namespace wp::gui {

class PrintPreviewDialog;
class ResultsView;

/// The chart's "Tests and exams": the patient's orders (open ones first, newest first; an
/// overdue one in red), the line a keyboard-wedge scanner types a tube label into (a tube of
/// another patient is stopped, big and red, and nothing is written), the actions on the
/// selected order (order, mark collected, cancel, enter results, results seen; each disabled
/// with the reason in its tooltip when the user's role may not), and the results with their
/// trend below.
class OrdersTab : public QWidget
{
    Q_OBJECT

public:
    OrdersTab(Workspace& ws, const QString& patientId, QWidget* parent = nullptr);

    QTableWidget* ordersTable() const { return m_table; }
    ResultsView* results() const { return m_results; }
    QLineEdit* scanEdit() const { return m_scan; }
    QPushButton* orderButton() const { return m_order; }
    QPushButton* collectButton() const { return m_collect; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* resultButton() const { return m_result; }
    QPushButton* seenButton() const { return m_seen; }
    QPushButton* printButton() const { return m_print; }
    /// The previews opened by the last printOrder() (request, then tube labels), for tests.
    QList<QPointer<PrintPreviewDialog>> previews() const { return m_previews; }
    /// The wrong-patient STOP shown beside the scan line; empty when none.
    QString stopMessage() const;
    /// The last message of an action (done, or why not); empty when none.
    QString message() const;
    const QList<orders::Order>& orders() const { return m_orders; }
    /// Selects the row of an order by its number; false when it is not shown.
    bool selectOrder(const QString& number);
    /// The selected order's number, empty when none.
    QString currentNumber() const;

public slots:
    void reload();
    /// Enables what the logged-in user may do (after a change of user too).
    void updatePermissions();
    /// Opens the order dialog; true when an order was placed.
    bool newOrder();
    /// Collects the order of a scanned tube label, for this patient only.
    bool collectScanned(const QString& scanned);
    bool markCollected();
    /// Asks for the reason, then cancels the selected order.
    bool cancelOrder();
    /// Opens the result dialog for the selected order; true when results were saved.
    bool enterResults();
    /// Records that a clinician has seen the selected order's results.
    bool resultsSeen();
    /// Previews the selected order's request and, for the laboratory, its tube labels, ready to
    /// print: the lab works on paper, and the tube is scanned back at collection.
    bool printOrder();

signals:
    /// Something was written: the ward board and the chart header should refresh.
    void changed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// The selected order, or nullptr with the reason said.
    const orders::Order* selected();
    void say(const QString& text, bool error);
    void showStop(const QString& text);
    void written(const QString& text, const QString& number);

    Workspace& m_ws;
    QString m_patientId;
    orders::Catalogue m_catalogue;
    QList<orders::Order> m_orders;
    QTableWidget* m_table = nullptr;
    ResultsView* m_results = nullptr;
    QLineEdit* m_scan = nullptr;
    QPushButton* m_print = nullptr;
    QList<QPointer<PrintPreviewDialog>> m_previews;
    /// Outlives the previews it renders for (they print through it after printOrder() returns).
    std::unique_ptr<printing::PrintService> m_printService;
    QLabel* m_stop = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_order = nullptr;
    QPushButton* m_collect = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_result = nullptr;
    QPushButton* m_seen = nullptr;
};

} // namespace wp::gui
