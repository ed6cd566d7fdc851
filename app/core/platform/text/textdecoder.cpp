#include "platform/text/textdecoder.h"

#include "platform/errors/coreerror.h"

#include <QStringDecoder>
#include <cerrno>
#include <iconv.h>

using namespace Qt::StringLiterals;

namespace jisr {

QStringList TextDecoder::supportedEncodings()
{
    return {u"utf-8"_s,    u"utf-16"_s,       u"utf-16le"_s,
            u"utf-16be"_s, u"windows-1256"_s, u"windows-1252"_s};
}

QString TextDecoder::detect(const QByteArray &b)
{
    if (b.startsWith("\xEF\xBB\xBF"))
        return u"utf-8"_s;
    if (b.startsWith("\xFF\xFE"))
        return u"utf-16le"_s;
    if (b.startsWith("\xFE\xFF"))
        return u"utf-16be"_s;
    // UTF-16 without a BOM: ASCII text leaves every other byte zero.
    qsizetype evenZeros = 0, oddZeros = 0;
    const qsizetype sample = qMin<qsizetype>(b.size(), 4096);
    for (qsizetype i = 0; i < sample; ++i)
        if (b.at(i) == 0)
            (i % 2 ? oddZeros : evenZeros)++;
    if (oddZeros > sample / 4)
        return u"utf-16le"_s;
    if (evenZeros > sample / 4)
        return u"utf-16be"_s;
    QStringDecoder utf8(QStringConverter::Utf8);
    const QString attempt = utf8.decode(b); // the decoder is lazy: convert to run it
    if (!utf8.hasError())
        return u"utf-8"_s;
    // A Windows code page. Arabic words are runs of bytes above 0x7F; French text has accented
    // letters one at a time between ASCII letters.
    qsizetype high = 0, runs = 0, run = 0;
    for (char c : b) {
        if (static_cast<unsigned char>(c) >= 0xC0) {
            ++high;
            if (++run == 3)
                ++runs;
        } else {
            run = 0;
        }
    }
    return runs > 0 && runs * 4 >= high / 8 ? u"windows-1256"_s : u"windows-1252"_s;
}

QString TextDecoder::decodeWithIconv(const QByteArray &bytes, const char *from)
{
    iconv_t cd = iconv_open("UTF-16LE", from);
    if (cd == iconv_t(-1))
        throw CoreError(
            ErrorKind::BadInput,
            tr("This system cannot read the %1 encoding.").arg(QString::fromLatin1(from)));
    QByteArray out(bytes.size() * 2 + 16, Qt::Uninitialized);
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    char *outPtr = out.data();
    size_t outLeft = size_t(out.size());
    const size_t r = iconv(cd, &in, &inLeft, &outPtr, &outLeft);
    iconv_close(cd);
    if (r == size_t(-1))
        throw CoreError(ErrorKind::BadInput, tr("The file is not valid %1 text (byte %2).")
                                                 .arg(QString::fromLatin1(from))
                                                 .arg(qsizetype(in - bytes.constData()) + 1));
    out.resize(out.size() - qsizetype(outLeft));
    return QString(reinterpret_cast<const QChar *>(out.constData()), out.size() / 2);
}

DecodedText TextDecoder::decode(const QByteArray &bytes, const QString &requested)
{
    QString encoding = requested.trimmed().toLower();
    if (encoding.isEmpty())
        encoding = detect(bytes);
    if (encoding == u"utf-16"_s)
        encoding = bytes.startsWith("\xFE\xFF") ? u"utf-16be"_s : u"utf-16le"_s;
    if (encoding == u"cp1256"_s)
        encoding = u"windows-1256"_s;
    if (encoding == u"cp1252"_s || encoding == u"latin1"_s)
        encoding = u"windows-1252"_s;
    if (!supportedEncodings().contains(encoding))
        throw CoreError(ErrorKind::BadInput,
                        tr("Unknown encoding %1. Use one of: %2.")
                            .arg(requested, supportedEncodings().join(u", "_s)));
    QString text;
    if (encoding.startsWith(u"utf-"_s)) {
        const auto which = encoding == u"utf-8"_s      ? QStringConverter::Utf8
                           : encoding == u"utf-16le"_s ? QStringConverter::Utf16LE
                                                       : QStringConverter::Utf16BE;
        QStringDecoder decoder(which, QStringConverter::Flag::Stateless);
        text = decoder.decode(bytes);
        if (decoder.hasError())
            throw CoreError(ErrorKind::BadInput,
                            tr("The file is not valid %1 text. Save it as UTF-8 or choose its "
                               "encoding with --encoding.")
                                .arg(encoding.toUpper()));
    } else {
        text = decodeWithIconv(bytes, encoding == u"windows-1256"_s ? "CP1256" : "CP1252");
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.contains(QChar(0)))
        throw CoreError(ErrorKind::BadInput, tr("The file contains binary data, not text."));
    return {text, encoding};
}

} // namespace jisr
