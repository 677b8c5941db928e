#pragma once

#include "orders/Catalogue.h"
#include "orders/Order.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace wp {
class Workspace;
}

namespace wp::gui {

class PatientIdentityBand;

/// Orders laboratory tests or one imaging exam for the patient: a search over the catalogue
/// (French and English names, codes, accents ignored) filters a checkable list of panels,
/// tests and exams; then the priority, the clinical information and, for the laboratory,
/// when the specimen is to be taken. Keyboard first: type, Down to the list, Space to check,
/// Enter to order. What the core refuses (a test a nurse may not order, lab tests mixed with
/// imaging) is said inline under the list and nothing is written.
class OrderDialog : public QDialog
{
    Q_OBJECT

public:
    OrderDialog(Workspace& ws, const QString& patientId, QWidget* parent = nullptr);

    QLineEdit* search() const { return m_search; }
    QListWidget* list() const { return m_list; }
    QComboBox* priority() const { return m_priority; }
    QLineEdit* clinicalInfo() const { return m_info; }
    QCheckBox* later() const { return m_later; }
    QDateTimeEdit* collectionTime() const { return m_when; }
    QPushButton* placeButton() const { return m_place; }
    /// The refusal shown under the list; empty when there is none.
    QString error() const;
    /// Codes checked, in catalogue order.
    QStringList checkedCodes() const;
    /// Checks the item of a code (tests); false when there is none or it cannot be ordered.
    bool setChecked(const QString& code, bool checked = true);
    /// The order placed, once the dialog was accepted.
    std::optional<orders::Order> placed() const { return m_placed; }

public slots:
    /// Places the order; true when it was written (the dialog is then accepted).
    bool place();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fill();
    void filter(const QString& text);
    void updateSelection();
    void showError(const QString& text);

    Workspace& m_ws;
    QString m_patientId;
    orders::Catalogue m_catalogue;
    PatientIdentityBand* m_band = nullptr;
    QLineEdit* m_search = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_selection = nullptr;
    QLabel* m_error = nullptr;
    QComboBox* m_priority = nullptr;
    QLineEdit* m_info = nullptr;
    QCheckBox* m_later = nullptr;
    QDateTimeEdit* m_when = nullptr;
    QPushButton* m_place = nullptr;
    std::optional<orders::Order> m_placed;
};

} // namespace wp::gui
