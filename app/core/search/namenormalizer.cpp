#include "search/namenormalizer.h"

#include "cases/identifiers.h"

#include <QSet>

using namespace Qt::StringLiterals;

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
    static const QSet<QString> set = {
        u"abd"_s,  u"ben"_s, u"bent"_s,  u"bin"_s,  u"ibn"_s,   u"ould"_s, u"ait"_s, u"bou"_s,
        u"abou"_s, u"abu"_s, u"oulad"_s, u"beni"_s, u"عبد"_s,   u"بن"_s,   u"بنت"_s, u"ابن"_s,
        u"ابو"_s,  u"بو"_s,  u"ايت"_s,   u"ولد"_s,  u"اولاد"_s, u"بني"_s};
    return set;
}

// Articles: dropped on their own, glued when they follow a particle ("abd el kader").
const QSet<QString> &articles()
{
    static const QSet<QString> set = {u"el"_s, u"al"_s, u"er"_s, u"es"_s,  u"ed"_s,
                                      u"et"_s, u"en"_s, u"ez"_s, u"ech"_s, u"el"_s};
    return set;
}

// Words glued to the word before them.
const QSet<QString> &suffixParticles()
{
    static const QSet<QString> set = {u"eddine"_s, u"eddin"_s, u"ddine"_s, u"dine"_s, u"الدين"_s};
    return set;
}

const QSet<QString> &titles()
{
    static const QSet<QString> set = {u"moulay"_s, u"mulay"_s, u"moulai"_s, u"sidi"_s, u"lalla"_s,
                                      u"lala"_s,   u"hadj"_s,  u"haj"_s,    u"hajj"_s, u"hajja"_s,
                                      u"مولاي"_s,  u"سيدي"_s,  u"لاله"_s,   u"حاج"_s,  u"الحاج"_s,
                                      u"الحاجه"_s, u"حاجه"_s};
    return set;
}

QString expandAbbreviation(const QString &token)
{
    static const QSet<QString> mohamed = {u"med"_s,    u"mohd"_s, u"mhd"_s,
                                          u"mohmed"_s, u"mohd"_s, u"mohamd"_s};
    return mohamed.contains(token) ? u"mohamed"_s : token;
}

// "الإدريسي" -> "ادريسي": people write the family name with or without the article.
QString dropArabicArticle(const QString &token)
{
    if (token.size() >= 3 && token.startsWith(u"ال"_s))
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
        out << (isArabic(glued) && !glued.startsWith(u"عبد"_s) ? dropArabicArticle(glued) : glued);
    }
    // A particle typed last ("ben", "abd el") is the start of a name: keep it for prefix search.
    if (!pending.isEmpty())
        out << pending;
    return out;
}

QList<QStringList> NameNormalizer::joinedVariants(const QString &text)
{
    const QStringList words = fold(text).split(u' ', Qt::SkipEmptyParts);
    QList<QStringList> out;
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        QStringList joined = words;
        joined[i] += joined.at(i + 1);
        joined.removeAt(i + 1);
        const QStringList variant = tokens(joined.join(u' '));
        if (!variant.isEmpty() && variant != tokens(text) && !out.contains(variant))
            out << variant;
    }
    return out;
}

} // namespace jisr
