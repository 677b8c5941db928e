#include "DuplicateWarningBox.h"

#include "DuplicateList.h"

#include <QHBoxLayout>
#include <QLabel>
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

} // namespace wp::gui
