#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace jisr {

// A QR code made by libqrencode: its modules, and painting them as dark squares on a light
// ground of four modules (the quiet zone scanners need).
class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(QrCode)

public:
    static constexpr int QuietModules = 4;

    // At error correction M, in the smallest version that holds `text` (alphanumeric mode for
    // Base45). Throws CoreError(BadInput) beyond `maxVersion`.
    static QrCode encode(const QString &text, int maxVersion = 10);

    int version() const { return m_version; }
    int width() const { return m_width; } // modules per side, without the quiet zone
    bool dark(int x, int y) const { return m_modules.at(y * m_width + x); }
    // Paints the code with its quiet zone filling `target` (a square).
    void paint(QPainter &painter, const QRectF &target) const;

private:
    int m_version = 0;
    int m_width = 0;
    QList<bool> m_modules;
};

} // namespace jisr
