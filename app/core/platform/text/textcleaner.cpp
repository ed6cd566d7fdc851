#include "platform/text/textcleaner.h"

namespace jisr {

namespace {

bool isInvisibleControl(char32_t c)
{
    // By code point: the tag characters (U+E0000…) are format characters beyond the BMP.
    const QChar::Category category = QChar::category(c);
    return category == QChar::Other_Control || category == QChar::Other_Format;
}

} // namespace

bool TextCleaner::isInvisibleControl(QChar c)
{
    return jisr::isInvisibleControl(c.unicode());
}

QString TextCleaner::foldDigits(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= 0x0660 && u <= 0x0669)
            c = QChar(u'0' + (u - 0x0660));
        else if (u >= 0x06F0 && u <= 0x06F9)
            c = QChar(u'0' + (u - 0x06F0));
    }
    return out;
}

QString TextCleaner::oneLine(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool pair =
            text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const char32_t c = pair ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1))
                                : char32_t(text.at(i).unicode());
        // Line breaks (also NEL and U+2028) and tabs separate words: they become spaces, which
        // simplified() then merges; every other control or format character is dropped.
        if (QChar::isSpace(c))
            out.append(u' ');
        else if (!jisr::isInvisibleControl(c))
            out.append(text.mid(i, pair ? 2 : 1));
        i += pair ? 1 : 0;
    }
    return foldDigits(out).simplified();
}

QString TextCleaner::forTerminal(const QString &text, QStringView layout)
{
    QString out = text;
    for (QChar &c : out)
        if (c.category() == QChar::Other_Control && !layout.contains(c))
            c = QChar::ReplacementCharacter;
    return out;
}

} // namespace jisr
