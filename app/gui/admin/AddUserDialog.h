#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace wp {
class Workspace;
}

namespace wp::gui {

/// Creates a user (administrators only: the core refuses anyone else and says why).
class AddUserDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddUserDialog(Workspace& ws, QWidget* parent = nullptr);
    QString createdLogin() const { return m_created; }

public slots:
    void accept() override;

private:
    Workspace& m_ws;
    QLineEdit* m_login;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QLabel* m_error;
    QString m_created;
};

} // namespace wp::gui
