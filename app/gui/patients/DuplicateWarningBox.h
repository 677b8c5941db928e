#pragma once

#include <QGroupBox>

class QHBoxLayout;
class QPushButton;

namespace wp::gui {

class DuplicateList;

/// The warning shown when an identity looks like patients already registered: a question,
/// the dialog's own advice, the look-alike patients and a row for the dialog's buttons.
/// Registration and identity correction share it so the warning reads the same in both.
class DuplicateWarningBox : public QGroupBox
{
    Q_OBJECT

public:
    DuplicateWarningBox(const QString& advice, QWidget* parent);
    DuplicateList* list() const { return m_list; }
    /// Where the dialog puts its answers ("open the patient", "it is someone else").
    QHBoxLayout* buttonRow() const { return m_buttons; }
    /// The dialog's own "Register"/"Save" button: hidden while the warning is shown, so that
    /// the nurse answers the warning's question (its buttons) instead of seeing two ways to
    /// do the same thing; shown again when the warning goes away (the identity was edited).
    void replaceWhileShown(QPushButton* button);

    void setVisible(bool visible) override;

private:
    DuplicateList* m_list = nullptr;
    QHBoxLayout* m_buttons = nullptr;
    QPushButton* m_replaced = nullptr;
};

} // namespace wp::gui
