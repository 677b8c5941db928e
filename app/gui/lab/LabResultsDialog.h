#pragma once

#include "orders/Order.h"
#include "patients/Patient.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace wp {
class Workspace;
namespace orders {
class Catalogue;
struct ResultEntry;
} // namespace orders
} // namespace wp

namespace wp::gui {

/// The laboratory's results grid for one order: a line per test with its unit and the
/// patient's reference range, the flag shown as the value is typed (ResultService::check).
/// Saving checks every typed value first and writes nothing while one is refused.
class LabResultsDialog : public QDialog
{
    Q_OBJECT

public:
    LabResultsDialog(Workspace& ws, const orders::Catalogue& catalogue, const orders::Order& order,
                     const Patient& patient, QWidget* parent = nullptr);

    /// The value field of a test (LOINC code), or nullptr when the order has no such test.
    QLineEdit* valueEdit(const QString& test) const;
    /// The flag shown for a test: "HH", "N", "" or the refusal's "?".
    QString flagText(const QString& test) const;
    QString errorText() const;
    /// Results written by the last accepted save.
    QList<orders::LabResult> saved() const { return m_saved; }

public slots:
    void accept() override;

private:
    struct Line
    {
        QString test;
        QLineEdit* value = nullptr;
        int row = 0;
    };
    orders::ResultEntry entryFor(const Line& line) const;
    void check(const Line& line);
    void showError(const QString& text);

    Workspace& m_ws;
    const orders::Catalogue& m_catalogue;
    orders::Order m_order;
    QList<Line> m_lines;
    QTableWidget* m_grid = nullptr;
    QLabel* m_error = nullptr;
    QList<orders::LabResult> m_saved;
};

} // namespace wp::gui
