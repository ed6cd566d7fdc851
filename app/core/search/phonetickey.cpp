#include "search/phonetickey.h"

#include "search/namenormalizer.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

QString collapseDoubles(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s)
        if (out.isEmpty() || out.back() != c)
            out.append(c);
    return out;
}

bool isSunLetter(QChar c)
{
    static const QString sun = u"تثدذرزسشصضطظلن"_s;
    return sun.contains(c);
}

} // namespace

QString PhoneticKey::of(const QString &token)
{
    return NameNormalizer::isArabic(token) ? ofArabic(token) : ofLatin(token);
}

QString PhoneticKey::ofLatin(QString s)
{
    // An assimilated article written into the name: "Ettazi", "Essoussi", "Errahmani".
    static const QRegularExpression article(u"^e(tt|ss|rr|dd|nn|zz|ss|tt)"_s);
    if (s.size() > 5 && article.match(s).hasMatch())
        s.remove(0, 2);
    if (s.size() > 3 && s.endsWith(u'e'))
        s.chop(1);
    // Digraphs first, into placeholder characters that the single-letter rules leave alone.
    static const QList<std::pair<QString, QString>> digraphs = {
        {u"tch"_s, u"1"_s}, {u"sch"_s, u"1"_s}, {u"ch"_s, u"1"_s}, {u"sh"_s, u"1"_s},
        {u"kh"_s, u"2"_s},  {u"gh"_s, u"3"_s},  {u"rh"_s, u"3"_s}, {u"dj"_s, u"j"_s},
        {u"ph"_s, u"f"_s},  {u"th"_s, u"t"_s},  {u"dh"_s, u"d"_s}, {u"ck"_s, u"k"_s},
        {u"qu"_s, u"k"_s},  {u"ou"_s, u"a"_s},
    };
    for (const auto &[from, to] : digraphs)
        s.replace(from, to);
    QString out;
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        const QChar next = i + 1 < s.size() ? s.at(i + 1) : QChar();
        switch (c.unicode()) {
        case u'a':
        case u'e':
        case u'i':
        case u'o':
        case u'u':
        case u'y':
        case u'w':
            break;
        case u'c':
            out += (next == u'e' || next == u'i' || next == u'y') ? u's' : u'k';
            break;
        case u'q':
        case u'g':
            out += u'k';
            break;
        case u'v':
            out += u'f';
            break;
        case u'p':
            out += u'b';
            break;
        case u'1':
            out += u'c';
            break;
        case u'2':
            out += u'x';
            break;
        case u'3':
            out += u'g';
            break;
        default:
            if (c.isLetter() && c.unicode() < 0x80)
                out += c;
        }
    }
    return collapseDoubles(out);
}

QString PhoneticKey::ofArabic(const QString &token)
{
    static const QHash<QChar, QChar> letters = {
        {u'ب', u'b'}, {u'ت', u't'}, {u'ث', u't'}, {u'ج', u'j'}, {u'ح', u'h'}, {u'خ', u'x'},
        {u'د', u'd'}, {u'ذ', u'd'}, {u'ر', u'r'}, {u'ز', u'z'}, {u'س', u's'}, {u'ش', u'c'},
        {u'ص', u's'}, {u'ض', u'd'}, {u'ط', u't'}, {u'ظ', u'd'}, {u'غ', u'g'}, {u'ف', u'f'},
        {u'ق', u'k'}, {u'ك', u'k'}, {u'ڭ', u'k'}, {u'گ', u'k'}, {u'ل', u'l'}, {u'م', u'm'},
        {u'ن', u'n'}, {u'ه', u'h'}, {u'ڤ', u'f'}, {u'پ', u'b'},
    };
    QString s = token;
    // A final ة (folded to ه) is a vowel; the h of "الله" is pronounced.
    if (s.endsWith(u'ه') && !s.endsWith(u"لله"_s))
        s.chop(1);
    QString out;
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        // "ال" before a sun letter: the l is not heard, and Latin spellings double the letter.
        if (c == u'ل' && i > 0 && s.at(i - 1) == u'ا' && i + 1 < s.size() &&
            isSunLetter(s.at(i + 1)))
            continue;
        const auto it = letters.constFind(c);
        if (it != letters.cend())
            out += *it;
    }
    return collapseDoubles(out);
}

} // namespace jisr
