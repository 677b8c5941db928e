#pragma once

#include "orders/Catalogue.h"
#include "orders/Order.h"
#include "patients/Patient.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace wp {
class Workspace;
}

namespace wp::gui {

/// The lab laptop's home page: the requests collected or received and waiting for results
/// (STAT first, then by time), those ordered but not yet collected, and the critical results
/// still to be phoned to the ward. A tube label scanned into the scan field receives its
/// order. One read of the orders per refresh, never a query per line.
class LabWorklistPage : public QWidget
{
    Q_OBJECT

public:
    explicit LabWorklistPage(Workspace& ws, QWidget* parent = nullptr);

    /// Why the current user cannot use the page (they record no results), empty otherwise.
    QString refusal() const;
    QTableWidget* worklist() const { return m_worklist; }
    QTableWidget* orderedList() const { return m_ordered; }
    QTableWidget* phoneList() const { return m_phone; }
    QLineEdit* scanEdit() const { return m_scan; }
    QString message() const;
    /// The orders of the worklist and of the ordered section, in display order.
    QList<orders::Order> worklistOrders() const { return m_work; }
    QList<orders::Order> orderedOrders() const { return m_waiting; }
    QList<orders::LabResult> toPhone() const { return m_toPhone; }
    /// Selects the worklist line of an order number.
    void selectOrder(const QString& number);

    /// Collected, received or partly resulted first, then by priority (STAT first) and time.
    static void sortForWorklist(QList<orders::Order>& list);

public slots:
    void refresh();
    /// The scan field's text (a tube label's QR code or a typed number): receives that order.
    bool receiveScanned();
    bool receiveSelected();
    /// The results grid for the selected worklist order.
    bool enterResults();
    /// "Phoned…" for the selected critical result.
    bool phoneSelected();

signals:
    /// Something was written (the ward board re-reads its column).
    void changed();

private:
    void fillOrders(QTableWidget* table, const QList<orders::Order>& list, const QDateTime& now);
    void setMessage(const QString& text, bool error);
    bool receive(const QString& number);
    QString testsText(const orders::Order& o) const;
    QString patientText(const QString& patientId) const;
    const orders::Order* selectedWork() const;

    Workspace& m_ws;
    orders::Catalogue m_catalogue;
    QHash<QString, Patient> m_patients;
    QHash<QString, QString> m_numbers; ///< order record id → number, for the phone list
    QList<orders::Order> m_work;
    QList<orders::Order> m_waiting;
    QList<orders::LabResult> m_toPhone;
    QLineEdit* m_scan = nullptr;
    QTableWidget* m_worklist = nullptr;
    QTableWidget* m_ordered = nullptr;
    QTableWidget* m_phone = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_refusal = nullptr;
    QPushButton* m_receive = nullptr;
    QPushButton* m_results = nullptr;
    QPushButton* m_phoned = nullptr;
};

} // namespace wp::gui
