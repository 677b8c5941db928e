#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace wp::gui {

namespace {

struct Palette
{
    const char* background;
    const char* border;
    const char* text;
};

Palette paletteFor(MessageBar::Kind kind)
{
    switch (kind) {
    case MessageBar::Kind::Success:
        return {"#e6f4ea", "#7cc48f", "#1e4620"};
    case MessageBar::Kind::Warning:
        return {"#fff4e0", "#f0b44c", "#5c3d00"};
    case MessageBar::Kind::Error:
        return {"#fdecea", "#e57373", "#611a15"};
    case MessageBar::Kind::Information:
        break;
    }
    return {"#e8f1fb", "#7fa9d9", "#0d3c61"};
}

QStyle::StandardPixmap iconFor(MessageBar::Kind kind)
{
    switch (kind) {
    case MessageBar::Kind::Success:
        return QStyle::SP_DialogApplyButton;
    case MessageBar::Kind::Warning:
        return QStyle::SP_MessageBoxWarning;
    case MessageBar::Kind::Error:
        return QStyle::SP_MessageBoxCritical;
    case MessageBar::Kind::Information:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    m_text->setObjectName(QStringLiteral("messageBarText"));
    m_close->setObjectName(QStringLiteral("messageBarClose"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(QStringLiteral("\u2715"));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAutoRaise(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
    hide();
}

void MessageBar::showMessage(const QString& text, Kind kind)
{
    m_kind = kind;
    const Palette p = paletteFor(kind);
    setStyleSheet(QStringLiteral("#messageBar { background: %1; border: 1px solid %2; border-radius: 4px; }"
                                 "#messageBar QLabel { color: %3; }")
                      .arg(QLatin1String(p.background), QLatin1String(p.border), QLatin1String(p.text)));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(iconFor(kind)).pixmap(size, size));
    m_text->setText(text);
    show();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void MessageBar::dismiss()
{
    m_text->clear();
    hide();
}

} // namespace wp::gui
