#include "ComingSoonPage.h"

#include "common/PageHeader.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace wp::gui {

ComingSoonPage::ComingSoonPage(const QString& title, const QString& whatItWillDo, QWidget* parent)
    : QWidget(parent)
{
    auto* panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("comingSoonPanel"));
    panel->setStyleSheet(QStringLiteral("#comingSoonPanel { background: #f3f6fa; border: 1px dashed #9aa9bb; "
                                        "border-radius: 6px; }"));
    auto* heading = new QLabel(tr("Coming in a later version"), panel);
    heading->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: bold; color: #4a5868;"));
    auto* text =
        new QLabel(whatItWillDo + QStringLiteral("\n\n") +
                       tr("This page is not part of this version of WhitePlan yet, so it shows no data."),
                   panel);
    text->setObjectName(QStringLiteral("comingSoonText"));
    text->setWordWrap(true);
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(28, 24, 28, 24);
    panelLayout->setSpacing(10);
    panelLayout->addWidget(heading);
    panelLayout->addWidget(text);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(new PageHeader(title, QString(), this));
    layout->addWidget(panel);
    layout->addStretch();
}

} // namespace wp::gui
