#include "PageHeader.h"

#include <QLabel>
#include <QVBoxLayout>

namespace wp::gui {

PageHeader::PageHeader(const QString& title, const QString& description, QWidget* parent)
    : QWidget(parent), m_description(new QLabel(description, this))
{
    auto* titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("pageTitle"));
    titleLabel->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold; color: #17406d;"));
    m_description->setObjectName(QStringLiteral("pageDescription"));
    m_description->setWordWrap(true);
    m_description->setStyleSheet(QStringLiteral("color: #4a5868;"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(2);
    layout->addWidget(titleLabel);
    layout->addWidget(m_description);
}

void PageHeader::setDescription(const QString& description)
{
    m_description->setText(description);
}

} // namespace wp::gui
