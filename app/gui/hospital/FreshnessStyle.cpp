#include "FreshnessStyle.h"

#include <QStandardItem>

namespace wp::gui {

using hospital::FreshnessLevel;

QColor FreshnessStyle::background(FreshnessLevel level)
{
    switch (level) {
    case FreshnessLevel::Aging:
        return QColor(0xff, 0xe0, 0xa3);
    case FreshnessLevel::Stale:
    case FreshnessLevel::Unknown:
        return QColor(0xf8, 0xc4, 0xc0);
    case FreshnessLevel::Live:
    case FreshnessLevel::Recent:
        break;
    }
    return {};
}

void FreshnessStyle::apply(QStandardItem* item, FreshnessLevel level)
{
    if (const QColor c = background(level); c.isValid()) {
        item->setBackground(c);
    }
    if (level == FreshnessLevel::Stale) {
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
    }
}

} // namespace wp::gui
