#pragma once

#include "orders/Catalogue.h"
#include "orders/Order.h"
#include "orders/ResultService.h"
#include "patients/Patient.h"

#include <QDateTime>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace wp {
class Workspace;
}

namespace wp::gui {

class PatientIdentityBand;

/// Enters the results of one order: a row per test still without a result, with its value
/// editor (a number that refuses letters as they are typed, or the test's choices), the unit,
/// the patient's reference range and the flag computed as the value is typed; an imaging exam
/// gets its report and a "critical finding" box. A phoned result goes through a read-back
/// step: the values entered are put away, the receiver types again what they read back to the
/// caller under the patient's name, birth date and downtime number shown large, and confirms
/// the patient with the caller; the save is refused until both agree. All rows are written in
/// one transaction: every result of the call, or none.
class ResultDialog : public QDialog
{
    Q_OBJECT

public:
    ResultDialog(Workspace& ws, const QString& orderIdOrNumber, QWidget* parent = nullptr);
    ~ResultDialog() override;

    /// Tests with a row, in the order's order.
    QStringList tests() const;
    /// The value editor of a test: QLineEdit (numbers, text), QComboBox (choices) or QPlainTextEdit (report).
    QWidget* valueEditor(const QString& test) const;
    QWidget* readBackEditor(const QString& test) const;
    /// The flag shown beside a test's value ("CRITICAL high (HH)"), empty when none.
    QString flagText(const QString& test) const;
    QString rangeText(const QString& test) const;
    /// The message under a test's row (its value, or on the read-back page its read-back).
    QString rowError(const QString& test) const;
    QCheckBox* criticalFinding() const { return m_criticalFinding; }
    QRadioButton* paperButton() const { return m_paper; }
    QRadioButton* phoneButton() const { return m_phone; }
    QLineEdit* caller() const { return m_caller; }
    QCheckBox* identityConfirmed() const { return m_identityConfirmed; }
    QPushButton* nextButton() const { return m_next; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* backButton() const { return m_back; }
    /// True on the read-back page.
    bool readingBack() const;
    /// The identity shown large on the read-back page.
    QString readBackIdentity() const;
    /// The message at the bottom of the current page; empty when none.
    QString error() const;
    QList<orders::LabResult> saved() const { return m_saved; }

public slots:
    /// Phone: checks the values and the caller, then shows the read-back page.
    bool toReadBack();
    void backToValues();
    /// Writes every result typed (all or none); accepts the dialog when done.
    bool save();

private:
    struct Row;
    Row* row(const QString& test) const;
    QString value(const Row& r) const;
    QString readBack(const Row& r) const;
    orders::ResultEntry entry(const Row& r, bool asPhoned) const;
    void updateFlag(Row& r);
    /// Checks the values as typed (not the read-back); false with the messages shown.
    bool checkValues();
    void updateButtons();
    void showError(const QString& text);

    Workspace& m_ws;
    orders::Catalogue m_catalogue;
    orders::Order m_order;
    Patient m_patient;
    QList<Row*> m_rows;
    PatientIdentityBand* m_band = nullptr;
    QStackedWidget* m_pages = nullptr;
    QRadioButton* m_paper = nullptr;
    QRadioButton* m_phone = nullptr;
    QRadioButton* m_lab = nullptr;
    QLineEdit* m_caller = nullptr;
    QLabel* m_callerError = nullptr;
    QDateTimeEdit* m_resultedAt = nullptr;
    QDateTime m_proposedTime;
    QCheckBox* m_criticalFinding = nullptr;
    QLabel* m_identity = nullptr;
    QCheckBox* m_identityConfirmed = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_readBackError = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_back = nullptr;
    QList<orders::LabResult> m_saved;
};

} // namespace wp::gui
