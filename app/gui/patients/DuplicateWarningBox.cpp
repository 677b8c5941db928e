#include "DuplicateWarningBox.h"

#include "DuplicateList.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wp::gui {

DuplicateWarningBox::DuplicateWarningBox(const QString& advice, QWidget* parent)
    : QGroupBox(tr("Is this one of these patients?"), parent)
{
    setObjectName(QStringLiteral("duplicateBox"));
    setStyleSheet(QStringLiteral("QGroupBox { font-weight: bold; color: #b26a00; }"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(advice, this);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_list = new DuplicateList(this);
    layout->addWidget(m_list);
    m_buttons = new QHBoxLayout;
    layout->addLayout(m_buttons);
    hide();
}

void DuplicateWarningBox::replaceWhileShown(QPushButton* button)
{
    m_replaced = button;
    if (m_replaced) {
        m_replaced->setVisible(isHidden());
    }
}

void DuplicateWarningBox::setVisible(bool visible)
{
    QGroupBox::setVisible(visible);
    if (m_replaced) {
        m_replaced->setVisible(!visible);
    }
}

} // namespace wp::gui
