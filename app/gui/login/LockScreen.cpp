#include "LockScreen.h"

#include "LoginForm.h"
#include "workspace/Workspace.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>

namespace wp::gui {

LockScreen::LockScreen(Workspace& ws, QWidget* parent)
    : QWidget(parent), m_ws(ws), m_title(new QLabel(this)), m_explanation(new QLabel(this)),
      m_form(new LoginForm(ws, this))
{
    setObjectName(QStringLiteral("lockScreen"));
    setAutoFillBackground(false);

    auto* card = m_card = new QFrame(this);
    card->setObjectName(QStringLiteral("lockCard"));
    card->setStyleSheet(QStringLiteral(
        "#lockCard { background: palette(window); border-radius: 8px; border: 1px solid #9aa9bb; }"));
    card->setFixedWidth(440);
    m_title->setObjectName(QStringLiteral("lockTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: bold;"));
    m_explanation->setObjectName(QStringLiteral("lockExplanation"));
    m_explanation->setWordWrap(true);

    m_title->setParent(card);
    m_explanation->setParent(card);
    m_form->setParent(card);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 20, 24, 24);
    cardLayout->setSpacing(12);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_explanation);
    cardLayout->addWidget(m_form);

    connect(m_form, &LoginForm::authenticated, this, &LockScreen::onAuthenticated);
    parent->installEventFilter(this);
    // The card has no parent layout: when an error line appears under the password, its
    // layout asks for room and only placeCard() gives it (else the fields were squeezed).
    card->installEventFilter(this);
    hide();
}

void LockScreen::engage(bool switchUser)
{
    const auto& user = m_ws.currentUser();
    const QString name = user ? user->fullName : QString();
    if (switchUser) {
        m_title->setText(tr("Switch user"));
        m_explanation->setText(tr(
            "Log in as another user. Open forms stay as they are and are saved under the new user's name."));
        m_form->setLogin(QString());
    } else {
        m_title->setText(tr("Locked"));
        m_explanation->setText(
            tr("WhitePlan is locked to protect patient data. %1 can unlock with their password, or another "
               "user can log in; open forms stay as they are.")
                .arg(name));
        m_form->setLogin(user ? user->login : QString());
    }
    m_form->setButtonText(tr("Unlock"));
    setGeometry(parentWidget()->rect());
    placeCard();
    show();
    raise();
    m_form->reset();
}

void LockScreen::onAuthenticated(const User& user)
{
    hide();
    emit unlocked(user);
}

bool LockScreen::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize) {
        setGeometry(parentWidget()->rect());
        placeCard();
    } else if (watched == m_card && event->type() == QEvent::LayoutRequest) {
        placeCard();
    }
    return QWidget::eventFilter(watched, event);
}

void LockScreen::placeCard()
{
    // Placed by hand rather than by a layout: the card's height depends on its wrapped text.
    m_card->adjustSize();
    m_card->move((width() - m_card->width()) / 2, std::max(0, (height() - m_card->height()) / 3));
}

void LockScreen::paintEvent(QPaintEvent*)
{
    // Opaque: what is under the lock (patient names) must not show through.
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x17, 0x40, 0x6d));
}

} // namespace wp::gui
