#include "AddUserDialog.h"

#include "users/UserService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wp::gui {

AddUserDialog::AddUserDialog(Workspace& ws, QWidget* parent)
    : QDialog(parent), m_ws(ws), m_login(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_role(new QComboBox(this)), m_password(new QLineEdit(this)), m_confirm(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("addUserDialog"));
    setWindowTitle(tr("Add a user"));
    m_login->setObjectName(QStringLiteral("addUserLogin"));
    m_name->setObjectName(QStringLiteral("addUserName"));
    m_role->setObjectName(QStringLiteral("addUserRole"));
    m_password->setObjectName(QStringLiteral("addUserPassword"));
    m_confirm->setObjectName(QStringLiteral("addUserConfirm"));
    m_error->setObjectName(QStringLiteral("addUserError"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    for (Role role : Roles::all()) {
        m_role->addItem(Roles::label(role), static_cast<int>(role));
    }
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&User name"), m_login);
    form->addRow(tr("&Full name"), m_name);
    form->addRow(tr("&Role"), m_role);
    form->addRow(tr("&Password"), m_password);
    form->addRow(tr("Co&nfirm"), m_confirm);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add user"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addUserOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddUserDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void AddUserDialog::accept()
{
    auto fail = [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
    };
    if (m_password->text() != m_confirm->text()) {
        fail(tr("The two passwords differ."));
        return;
    }
    const auto role = static_cast<Role>(m_role->currentData().toInt());
    auto user = UserService(m_ws).create(m_login->text(), m_name->text(), role, m_password->text());
    if (!user) {
        fail(user.errorMessage());
        return;
    }
    m_created = user->login;
    QDialog::accept();
}

} // namespace wp::gui
