#include "HeaderBanner.h"

#include <QLabel>
#include <QVBoxLayout>

namespace wp::gui {

HeaderBanner::HeaderBanner(const QString& title, const QString& subtitle, QWidget* parent)
    : QFrame(parent), m_title(new QLabel(title, this)), m_subtitle(new QLabel(subtitle, this))
{
    setObjectName(QStringLiteral("headerBanner"));
    m_title->setObjectName(QStringLiteral("headerTitle"));
    m_subtitle->setObjectName(QStringLiteral("headerSubtitle"));
    setStyleSheet(QStringLiteral("#headerBanner { background: #17406d; }"
                                 "#headerBanner QLabel { color: white; }"
                                 "#headerBrand { color: #9cc3ee; font-size: 9pt; font-weight: bold; "
                                 "letter-spacing: 2px; }"
                                 "#headerTitle { font-size: 15pt; font-weight: bold; }"
                                 "#headerSubtitle { color: #d6e4f5; }"));
    auto* brand = new QLabel(tr("WHITEPLAN · DOWNTIME"), this);
    brand->setObjectName(QStringLiteral("headerBrand"));
    m_subtitle->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 14, 24, 14);
    layout->setSpacing(2);
    layout->addWidget(brand);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

void HeaderBanner::setTitle(const QString& title)
{
    m_title->setText(title);
}

void HeaderBanner::setSubtitle(const QString& subtitle)
{
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

} // namespace wp::gui
