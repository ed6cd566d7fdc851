#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace jisr {

struct DecodedText
{
    QString text;
    QString encoding; // utf-8, utf-16le, utf-16be, windows-1256, windows-1252
};

// Turns the bytes of a file made by Excel, LibreOffice or an older Windows program into text:
// UTF-8 with or without BOM, UTF-16 (Excel's "Unicode text"), Windows-1256 (Arabic) and
// Windows-1252 (French), detected or named. The Windows code pages go through glibc's iconv
// (Qt 6.4 only converts Unicode encodings itself).
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    static QStringList supportedEncodings();
    // Throws CoreError(BadInput) when the bytes are not text in that encoding.
    static DecodedText decode(const QByteArray &bytes, const QString &encoding = {});
    static QString detect(const QByteArray &bytes);

private:
    static QString decodeWithIconv(const QByteArray &bytes, const char *from);
};

} // namespace jisr
