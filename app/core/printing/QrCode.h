#pragma once

#include <QPainter>
#include <QString>

#include <optional>
#include <vector>

namespace wp::printing {

/// A QR code (libqrencode, error correction M) drawn as filled squares, so it stays
/// sharp at any printer resolution.
class QrCode
{
public:
    /// Nullopt if `text` cannot be encoded (far too long for a label).
    static std::optional<QrCode> encode(const QString& text);

    int size() const { return m_size; }
    bool isDark(int x, int y) const { return m_modules[static_cast<std::size_t>(y * m_size + x)]; }
    /// Paints the code and its 4-module quiet zone as the largest square fitting `rect`,
    /// modules snapped to whole device pixels so that scanners see clean edges.
    void paint(QPainter& painter, const QRectF& rect) const;

private:
    int m_size = 0;
    std::vector<bool> m_modules;
};

} // namespace wp::printing
