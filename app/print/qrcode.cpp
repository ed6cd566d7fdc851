#include "print/qrcode.h"

#include "platform/errors/coreerror.h"

#include <QPainter>
#include <qrencode.h>

namespace jisr {

QrCode QrCode::encode(const QString &text, int maxVersion)
{
    const QByteArray data = text.toUtf8();
    // Case-sensitive, so that libqrencode keeps Base45 in alphanumeric mode.
    QRcode *code = QRcode_encodeString(data.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        throw CoreError(ErrorKind::BadInput, tr("The QR code could not be made."));
    QrCode out;
    out.m_version = code->version;
    out.m_width = code->width;
    out.m_modules.reserve(code->width * code->width);
    for (int i = 0; i < code->width * code->width; ++i)
        out.m_modules << ((code->data[i] & 1) != 0);
    QRcode_free(code);
    if (out.m_version > maxVersion)
        throw CoreError(ErrorKind::BadInput,
                        tr("The card's data does not fit a QR code an ordinary phone reads."));
    return out;
}

void QrCode::paint(QPainter &painter, const QRectF &target) const
{
    const int total = m_width + 2 * QuietModules;
    const qreal module = std::min(target.width(), target.height()) / total;
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawRect(QRectF(target.topLeft(), QSizeF(module * total, module * total)));
    painter.setBrush(Qt::black);
    const QPointF origin = target.topLeft() + QPointF(QuietModules * module, QuietModules * module);
    for (int y = 0; y < m_width; ++y)
        for (int x = 0; x < m_width; ++x)
            if (dark(x, y))
                // A hair wider than a module, so that antialiasing leaves no seams.
                painter.drawRect(QRectF(origin.x() + x * module, origin.y() + y * module,
                                        module + 0.02 * module, module + 0.02 * module));
    painter.restore();
}

} // namespace jisr
