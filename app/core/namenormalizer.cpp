#include "namenormalizer.h"

#include "identifiers.h"

#include <QSet>

namespace jisr {

namespace {

QChar foldArabicLetter(QChar c)
{
    switch (c.unicode()) {
    case 0x0671: // alef wasla
        return QChar(0x0627);
    case 0x0629: // taa marbuta -> haa
        return QChar(0x0647);
    case 0x0649: // alef maqsura -> yaa
    case 0x06CC: // Persian yeh
        return QChar(0x064A);
    case 0x06A9: // Persian kaf
        return QChar(0x0643);
    default:
        return c;
    }
}

// Words glued to the word that follows them.
const QSet<QString> &prefixParticles()
{
    static const QSet<QString> set = {u"abd"_qs,   u"ben"_qs,  u"bent"_qs, u"bin"_qs,  u"ibn"_qs,
                                      u"ould"_qs,  u"ait"_qs,  u"bou"_qs,  u"abou"_qs, u"abu"_qs,
                                      u"oulad"_qs, u"beni"_qs, u"عبد"_qs,  u"بن"_qs,   u"بنت"_qs,
                                      u"ابن"_qs,   u"ابو"_qs,  u"بو"_qs,   u"ايت"_qs,  u"ولد"_qs,
                                      u"اولاد"_qs, u"بني"_qs};
    return set;
}

// Articles: dropped on their own, glued when they follow a particle ("abd el kader").
const QSet<QString> &articles()
{
    static const QSet<QString> set = {u"el"_qs, u"al"_qs, u"er"_qs, u"es"_qs,  u"ed"_qs,
                                      u"et"_qs, u"en"_qs, u"ez"_qs, u"ech"_qs, u"el"_qs};
    return set;
}

// Words glued to the word before them.
const QSet<QString> &suffixParticles()
{
    static const QSet<QString> set = {u"eddine"_qs, u"eddin"_qs, u"ddine"_qs, u"dine"_qs,
                                      u"الدين"_qs};
    return set;
}

const QSet<QString> &titles()
{
    static const QSet<QString> set = {
        u"moulay"_qs, u"mulay"_qs, u"moulai"_qs, u"sidi"_qs,   u"lalla"_qs, u"lala"_qs,
        u"hadj"_qs,   u"haj"_qs,   u"hajj"_qs,   u"hajja"_qs,  u"مولاي"_qs, u"سيدي"_qs,
        u"لاله"_qs,   u"حاج"_qs,   u"الحاج"_qs,  u"الحاجه"_qs, u"حاجه"_qs};
    return set;
}

QString expandAbbreviation(const QString &token)
{
    static const QSet<QString> mohamed = {u"med"_qs,    u"mohd"_qs, u"mhd"_qs,
                                          u"mohmed"_qs, u"mohd"_qs, u"mohamd"_qs};
    return mohamed.contains(token) ? u"mohamed"_qs : token;
}

// "الإدريسي" -> "ادريسي": people write the family name with or without the article.
QString dropArabicArticle(const QString &token)
{
    if (token.size() >= 3 && token.startsWith(u"ال"_qs))
        return token.mid(2);
    return token;
}

} // namespace

bool NameNormalizer::isArabic(const QString &token)
{
    for (QChar c : token)
        if (c.script() == QChar::Script_Arabic)
            return true;
    return false;
}

QString NameNormalizer::fold(const QString &text)
{
    // Canonical decomposition splits "é" into "e" + accent and "أ" into "ا" + hamza mark, so
    // dropping the marks handles Latin accents, hamza carriers and harakat in one pass.
    const QString decomposed =
        Identifiers::foldDigitsAndControls(text).normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.isMark() || c.unicode() == 0x0640 /* tatweel */ || c.unicode() == 0x0621 /* hamza */)
            continue;
        if (c.isLetterOrNumber())
            out.append(foldArabicLetter(c).toLower());
        else
            out.append(u' ');
    }
    return out.simplified();
}

QStringList NameNormalizer::tokens(const QString &text)
{
    const QStringList words = fold(text).split(u' ', Qt::SkipEmptyParts);
    QStringList out;
    QString pending; // particles waiting for the word they belong to
    for (const QString &raw : words) {
        const QString word = expandAbbreviation(raw);
        if (titles().contains(word))
            continue;
        if (prefixParticles().contains(word)) {
            pending += word;
            continue;
        }
        if (articles().contains(word)) {
            if (!pending.isEmpty())
                pending += word; // "abd el" + "kader"
            continue;
        }
        if (suffixParticles().contains(word) && !out.isEmpty() && pending.isEmpty()) {
            out.last() += word;
            continue;
        }
        const QString glued = pending + word;
        pending.clear();
        out << (isArabic(glued) && !glued.startsWith(u"عبد"_qs) ? dropArabicArticle(glued) : glued);
    }
    // A particle typed last ("ben", "abd el") is the start of a name: keep it for prefix search.
    if (!pending.isEmpty())
        out << pending;
    return out;
}

} // namespace jisr
