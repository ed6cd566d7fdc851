#include "qrimagereader.h"

#include "platform/errors/coreerror.h"

#include <QImage>
#include <QImageReader>
#include <zbar.h>

namespace jisr {

QString QrImageReader::read(const QString &imagePath)
{
    using namespace zbar; // zbar.h puts its C interface in a namespace for C++
    QImageReader reader(imagePath);
    const QImage image = reader.read().convertToFormat(QImage::Format_Grayscale8);
    if (image.isNull())
        throw CoreError(ErrorKind::BadInput,
                        tr("This file is not an image Jisr can read (use PNG or JPEG)."));
    // zbar wants the rows packed: copy them without QImage's line padding.
    QByteArray gray;
    gray.reserve(qsizetype(image.width()) * image.height());
    for (int y = 0; y < image.height(); ++y)
        gray.append(reinterpret_cast<const char *>(image.constScanLine(y)), image.width());

    zbar_image_scanner_t *scanner = zbar_image_scanner_create();
    zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
    zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
    zbar_image_t *zimage = zbar_image_create();
    zbar_image_set_format(zimage, zbar_fourcc('Y', '8', '0', '0'));
    zbar_image_set_size(zimage, unsigned(image.width()), unsigned(image.height()));
    zbar_image_set_data(zimage, gray.constData(), unsigned(gray.size()), nullptr);
    QString text;
    if (zbar_scan_image(scanner, zimage) > 0) {
        const zbar_symbol_t *symbol = zbar_image_first_symbol(zimage);
        if (symbol)
            text = QString::fromUtf8(zbar_symbol_get_data(symbol),
                                     int(zbar_symbol_get_data_length(symbol)));
    }
    zbar_image_destroy(zimage);
    zbar_image_scanner_destroy(scanner);
    if (text.isEmpty())
        throw CoreError(ErrorKind::BadInput, tr("No readable QR code was found in this image."));
    return text;
}

} // namespace jisr
