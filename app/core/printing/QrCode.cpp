#include "QrCode.h"

#include <qrencode.h>

#include <cmath>

namespace wp::printing {

std::optional<QrCode> QrCode::encode(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode* code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code) {
        return std::nullopt;
    }
    QrCode qr;
    qr.m_size = code->width;
    qr.m_modules.resize(static_cast<std::size_t>(code->width * code->width));
    for (std::size_t i = 0; i < qr.m_modules.size(); ++i) {
        qr.m_modules[i] = (code->data[i] & 1) != 0; // bit 0 is the module colour
    }
    QRcode_free(code);
    return qr;
}

void QrCode::paint(QPainter& painter, const QRectF& rect) const
{
    constexpr int quiet = 4;
    const int total = m_size + 2 * quiet;
    const int module =
        std::max(1, static_cast<int>(std::floor(std::min(rect.width(), rect.height()) / total)));
    const int side = module * total;
    const int left = static_cast<int>(std::round(rect.left() + (rect.width() - side) / 2));
    const int top = static_cast<int>(std::round(rect.top() + (rect.height() - side) / 2));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.fillRect(QRect(left, top, side, side), Qt::white);
    painter.setBrush(Qt::black);
    for (int y = 0; y < m_size; ++y) {
        // Runs of dark modules become one rectangle: fewer PDF objects, no seams between them.
        int x = 0;
        while (x < m_size) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < m_size && isDark(end, y)) {
                ++end;
            }
            painter.drawRect(
                QRect(left + (quiet + x) * module, top + (quiet + y) * module, (end - x) * module, module));
            x = end;
        }
    }
    painter.restore();
}

} // namespace wp::printing
