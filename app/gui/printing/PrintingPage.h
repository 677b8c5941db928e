#pragma once

#include "printing/PrintService.h"
#include "workspace/Workspace.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace wp::gui {

class PrintPreviewDialog;

/// The "Printing" page of the main window: choose a printout, its ward and shift or its
/// patient, then preview it (and print or save from the preview).
class PrintingPage : public QWidget
{
    Q_OBJECT

public:
    explicit PrintingPage(Workspace& ws, QWidget* parent = nullptr);

    /// Re-reads the wards (after the site setup changed).
    void reloadWards();
    /// Selects a patient by downtime number or IPP (from the patient list, for example).
    void setPatient(const QString& number);
    void setKind(printing::PrintKind kind);

    /// Builds the chosen printout and opens its preview (window-modal, not blocking).
    /// Null, with the reason shown on the page, when the printout cannot be made.
    PrintPreviewDialog* preview();
    QString message() const;

signals:
    void previewOpened(wp::gui::PrintPreviewDialog* dialog);

private:
    void updateFields();
    printing::PrintKind kind() const;

    Workspace& m_ws;
    printing::PrintService m_service;
    QComboBox* m_kind;
    QComboBox* m_ward;
    QComboBox* m_shift;
    QCheckBox* m_riskOnly;
    QLineEdit* m_patient;
    QLabel* m_wardLabel;
    QLabel* m_shiftLabel;
    QLabel* m_patientLabel;
    QLabel* m_description;
    QLabel* m_message;
    QPushButton* m_previewButton;
};

} // namespace wp::gui
