#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace wp {
class Workspace;
}

namespace wp::gui {

class MessageBar;

/// The back-entry export's settings on the Administration page: the hospital's IPP
/// identifier system. An invalid URI is said under the field as it is typed and cannot
/// be applied; an applied change is reported in the page's message bar.
class FhirSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    FhirSettingsBox(Workspace& ws, MessageBar* messages, QWidget* parent = nullptr);

    /// Shows the stored value; `allowed`: whether the user may change it.
    void reload(bool allowed);

public slots:
    void apply();

private:
    void validate();

    Workspace& m_ws;
    MessageBar* m_messages;
    QLineEdit* m_ippSystem;
    QLabel* m_error;
    QPushButton* m_apply;
    bool m_allowed = false;
};

} // namespace wp::gui
