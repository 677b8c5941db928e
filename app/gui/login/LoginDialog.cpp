#include "LoginDialog.h"

#include "LoginForm.h"
#include "SessionEvents.h"
#include "common/HeaderBanner.h"
#include "workspace/Workspace.h"

#include <QLabel>
#include <QVBoxLayout>

namespace wp::gui {

LoginDialog::LoginDialog(Workspace& ws, QWidget* parent)
    : QDialog(parent), m_ws(ws), m_form(new LoginForm(ws, this)), m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("WhitePlan — Log in"));

    auto* banner =
        new HeaderBanner(tr("Log in"), tr("%1 · laptop %2").arg(ws.hospitalName(), ws.deviceCode()), this);

    m_hint->setObjectName(QStringLiteral("loginHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setStyleSheet(QStringLiteral("color: #4a5868;"));
    m_hint->hide();

    auto* body = new QVBoxLayout;
    body->setContentsMargins(24, 18, 24, 24);
    body->setSpacing(14);
    body->addWidget(m_form);
    body->addWidget(m_hint);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(banner);
    layout->addLayout(body);
    setMinimumWidth(440);

    connect(m_form, &LoginForm::authenticated, this, &LoginDialog::onAuthenticated);
    m_form->reset();
}

void LoginDialog::setHint(const QString& text)
{
    m_hint->setText(text);
    m_hint->setVisible(!text.isEmpty());
}

void LoginDialog::onAuthenticated(const User& user)
{
    m_user = user;
    SessionEvents::logIn(m_ws, user);
    accept();
}

} // namespace wp::gui
