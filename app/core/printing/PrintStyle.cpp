#include "PrintStyle.h"

namespace wp::printing {

QColor PrintStyle::riskFill(clinical::News2Risk risk)
{
    switch (risk) {
    case clinical::News2Risk::High:
        return QColor(0xf6, 0xb8, 0xb8);
    case clinical::News2Risk::Medium:
        return QColor(0xfa, 0xd6, 0xa8);
    case clinical::News2Risk::LowMedium:
        return QColor(0xfb, 0xf0, 0xa8);
    case clinical::News2Risk::Low:
        return QColor(0xd8, 0xf0, 0xd0);
    case clinical::News2Risk::Incomplete:
        break;
    }
    return QColor(0xe8, 0xe8, 0xe8);
}

} // namespace wp::printing
