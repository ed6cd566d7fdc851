#pragma once

#include <QCoreApplication>
#include <QString>

namespace jisr {

// Reads the QR code in a picture of a card (PNG, JPEG...) with zbar, as a phone would: for
// `jisrctl card verify --image`.
class QrImageReader
{
    Q_DECLARE_TR_FUNCTIONS(QrImageReader)

public:
    // The text of the first QR code found. Throws CoreError(BadInput) when the file is not an
    // image or holds no readable QR code.
    static QString read(const QString &imagePath);
};

} // namespace jisr
