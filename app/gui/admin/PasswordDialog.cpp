#include "PasswordDialog.h"

#include "users/UserService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wp::gui {

PasswordDialog::PasswordDialog(Workspace& ws, Mode mode, const QString& login, QWidget* parent)
    : QDialog(parent), m_ws(ws), m_mode(mode), m_login(login), m_password(new QLineEdit(this)),
      m_confirm(new QLineEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(mode == Mode::ChangeOwn ? tr("Change my password")
                                           : tr("Reset the password of %1").arg(login));
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_confirm->setObjectName(QStringLiteral("newPasswordConfirm"));
    m_error->setObjectName(QStringLiteral("passwordError"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto* form = new QFormLayout;
    if (mode == Mode::ChangeOwn) {
        m_current = new QLineEdit(this);
        m_current->setObjectName(QStringLiteral("currentPassword"));
        m_current->setEchoMode(QLineEdit::Password);
        form->addRow(tr("C&urrent password"), m_current);
    }
    form->addRow(tr("&New password"), m_password);
    form->addRow(tr("Con&firm"), m_confirm);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("passwordOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    if (mode == Mode::Reset) {
        auto* note = new QLabel(
            tr("Give the new password to %1 in person; they can change it afterwards.").arg(login), this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(400);
}

void PasswordDialog::accept()
{
    auto fail = [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
    };
    if (m_password->text() != m_confirm->text()) {
        fail(tr("The two passwords differ."));
        return;
    }
    UserService users(m_ws);
    if (m_mode == Mode::ChangeOwn) {
        if (auto me = users.authenticate(m_login, m_current->text()); !me) {
            fail(me.errorMessage());
            return;
        }
    }
    if (auto st = users.changePassword(m_login, m_password->text()); !st) {
        fail(st.errorMessage());
        return;
    }
    QDialog::accept();
}

} // namespace wp::gui
