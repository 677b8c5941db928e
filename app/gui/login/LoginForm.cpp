#include "LoginForm.h"

#include "users/UserService.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wp::gui {

LoginForm::LoginForm(Workspace& ws, QWidget* parent)
    : QWidget(parent), m_ws(ws), m_login(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_error(new QLabel(this)), m_button(new QPushButton(tr("Log in"), this))
{
    m_login->setObjectName(QStringLiteral("loginUser"));
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_error->setObjectName(QStringLiteral("loginError"));
    m_button->setObjectName(QStringLiteral("loginButton"));

    m_login->setPlaceholderText(tr("for example mdupont"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    // Enter is handled by the fields themselves: a default button would submit a second time.
    m_button->setAutoDefault(false);
    m_button->setMinimumHeight(32);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&User name"), m_login);
    form->addRow(tr("&Password"), m_password);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_button);

    connect(m_button, &QPushButton::clicked, this, &LoginForm::submit);
    connect(m_login, &QLineEdit::returnPressed, this, &LoginForm::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &LoginForm::submit);
}

void LoginForm::setLogin(const QString& login)
{
    m_login->setText(login);
}

QString LoginForm::login() const
{
    return m_login->text().trimmed();
}

void LoginForm::setButtonText(const QString& text)
{
    m_button->setText(text);
}

void LoginForm::reset()
{
    m_password->clear();
    m_error->clear();
    m_error->hide();
    if (m_login->text().isEmpty()) {
        m_login->setFocus();
    } else {
        m_password->setFocus();
    }
}

QString LoginForm::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginForm::submit()
{
    if (login().isEmpty()) {
        m_error->setText(tr("Enter your user name."));
        m_error->show();
        m_login->setFocus();
        return;
    }
    auto user = UserService(m_ws).authenticate(login(), m_password->text());
    m_password->clear();
    if (!user) {
        m_error->setText(user.errorMessage());
        m_error->show();
        m_password->setFocus();
        return;
    }
    m_error->clear();
    m_error->hide();
    emit authenticated(*user);
}

} // namespace wp::gui
