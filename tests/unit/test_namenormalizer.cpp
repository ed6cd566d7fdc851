// How names are folded into search tokens and phonetic keys.
#include "jisrtest.h"
#include "namenormalizer.h"
#include "phonetickey.h"

using namespace jisr;

namespace {
QString tokens(const QString &s)
{
    return NameNormalizer::tokens(s).join(u' ');
}
} // namespace

TEST(NameNormalizer, FoldsArabicLetterVariantsMarksAndTatweel)
{
    EXPECT_EQ(tokens(u"أحمد"_qs), tokens(u"احمد"_qs));
    EXPECT_EQ(tokens(u"إسماعيل"_qs), tokens(u"اسماعيل"_qs));
    EXPECT_EQ(tokens(u"فاطمة"_qs), tokens(u"فاطمه"_qs));
    EXPECT_EQ(tokens(u"مصطفى"_qs), tokens(u"مصطفي"_qs));
    EXPECT_EQ(tokens(u"مُحَمَّد"_qs), u"محمد"_qs);
    EXPECT_EQ(tokens(u"محـــمد"_qs), u"محمد"_qs);
    EXPECT_EQ(tokens(u"علی"_qs), tokens(u"علي"_qs));   // Persian yeh
    EXPECT_EQ(tokens(u"کريم"_qs), tokens(u"كريم"_qs)); // Persian kaf
    EXPECT_EQ(tokens(u"عائشة"_qs), tokens(u"عايشة"_qs));
}

TEST(NameNormalizer, RemovesBidiControlsAndFoldsDigits)
{
    EXPECT_EQ(tokens(u"\u202Eمحمد\u202C"_qs), u"محمد"_qs);
    EXPECT_EQ(tokens(u"\u200FAlaoui\u200E"_qs), u"alaoui"_qs);
    EXPECT_EQ(tokens(u"٠٦١٢"_qs), u"0612"_qs);
}

TEST(NameNormalizer, LatinCaseAccentsAndPunctuation)
{
    EXPECT_EQ(tokens(u"CHRAÏBI"_qs), u"chraibi"_qs);
    EXPECT_EQ(tokens(u"Fatima-Zahra"_qs), u"fatima zahra"_qs);
    EXPECT_EQ(tokens(u"M'barek"_qs), u"m barek"_qs);
}

TEST(NameNormalizer, GluesParticlesDropsArticlesAndTitles)
{
    EXPECT_EQ(tokens(u"Abd El Kader"_qs), u"abdelkader"_qs);
    EXPECT_EQ(tokens(u"Ben Ali"_qs), u"benali"_qs);
    EXPECT_EQ(tokens(u"El Idrissi"_qs), u"idrissi"_qs);
    EXPECT_EQ(tokens(u"Nour Eddine"_qs), u"noureddine"_qs);
    EXPECT_EQ(tokens(u"Moulay Hadj Ahmed"_qs), u"ahmed"_qs);
    EXPECT_EQ(tokens(u"عبد القادر"_qs), u"عبدالقادر"_qs);
    EXPECT_EQ(tokens(u"بن علي"_qs), u"بنعلي"_qs);
    EXPECT_EQ(tokens(u"الإدريسي"_qs), u"ادريسي"_qs);
    EXPECT_EQ(tokens(u"نور الدين"_qs), u"نورالدين"_qs);
    EXPECT_EQ(tokens(u"لالة سلمى"_qs), u"سلمي"_qs);
    EXPECT_EQ(tokens(u"med"_qs), u"mohamed"_qs);
    EXPECT_EQ(tokens(u"ben"_qs), u"ben"_qs); // typed so far: kept for prefix search
}

TEST(PhoneticKey, LatinSpellingsOfOneNameShareAKey)
{
    for (const QString &v : {u"mohammed"_qs, u"muhammad"_qs, u"mouhamed"_qs, u"mohamad"_qs})
        EXPECT_EQ(PhoneticKey::of(v), PhoneticKey::of(u"mohamed"_qs)) << v.toStdString();
    EXPECT_EQ(PhoneticKey::of(u"cherkaoui"_qs), PhoneticKey::of(u"sharqawi"_qs));
    EXPECT_EQ(PhoneticKey::of(u"ettazi"_qs), PhoneticKey::of(u"tazi"_qs));
    EXPECT_EQ(PhoneticKey::of(u"ghita"_qs), PhoneticKey::of(u"rhita"_qs));
    EXPECT_NE(PhoneticKey::of(u"fatima"_qs), PhoneticKey::of(u"fatiha"_qs));
    EXPECT_NE(PhoneticKey::of(u"khalid"_qs), PhoneticKey::of(u"walid"_qs));
}

TEST(PhoneticKey, ArabicLettersMapToTheSameSkeleton)
{
    EXPECT_EQ(PhoneticKey::of(u"محمد"_qs), PhoneticKey::of(u"mohamed"_qs));
    EXPECT_EQ(PhoneticKey::of(u"يوسف"_qs), PhoneticKey::of(u"youssef"_qs));
    EXPECT_EQ(PhoneticKey::of(u"عبدالرحيم"_qs), PhoneticKey::of(u"abderrahim"_qs));
    EXPECT_EQ(PhoneticKey::of(u"عبدالله"_qs), PhoneticKey::of(u"abdellah"_qs));
    EXPECT_EQ(PhoneticKey::of(u"شرقاوي"_qs), PhoneticKey::of(u"cherkaoui"_qs));
}
