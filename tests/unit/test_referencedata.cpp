// The national reference data every province combo box and dossier number depends on.
#include "centre/referencedata.h"
#include "jisrtest.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

using namespace jisr;

TEST(ReferenceData, HasTheTwelveRegionsAndSeventyFiveProvincesWithIsoCodes)
{
    const ReferenceData &ref = ReferenceData::instance();
    ASSERT_EQ(ref.regions().size(), 12);
    ASSERT_EQ(ref.provinces().size(), 75);
    const QRegularExpression regionCode(u"^MA-(0[1-9]|1[0-2])$"_s);
    const QRegularExpression provinceCode(u"^MA-[A-Z]{3}$"_s);
    QSet<QString> codes;
    for (const Region &r : ref.regions()) {
        EXPECT_TRUE(regionCode.match(r.code).hasMatch()) << r.code.toStdString();
        codes.insert(r.code);
    }
    for (const Province &p : ref.provinces()) {
        EXPECT_TRUE(provinceCode.match(p.code).hasMatch()) << p.code.toStdString();
        EXPECT_TRUE(ref.region(p.regionCode).has_value()) << p.code.toStdString();
        EXPECT_TRUE(p.kind == u"prefecture"_s || p.kind == u"province"_s);
        EXPECT_FALSE(p.nameFr.isEmpty());
        EXPECT_FALSE(p.nameAr.isEmpty());
        EXPECT_EQ(p.nameAr.front().script(), QChar::Script_Arabic) << p.code.toStdString();
        codes.insert(p.code);
    }
    EXPECT_EQ(codes.size(), 87) << "codes must be unique";
}

TEST(ReferenceData, EveryRegionHasItsProvinces)
{
    const ReferenceData &ref = ReferenceData::instance();
    QMap<QString, int> perRegion;
    for (const Province &p : ref.provinces())
        ++perRegion[p.regionCode];
    // Counts from the 2015 territorial division (decree 2-15-40).
    EXPECT_EQ(perRegion.value(u"MA-01"_s), 8); // Tanger-Tétouan-Al Hoceïma
    EXPECT_EQ(perRegion.value(u"MA-04"_s), 7); // Rabat-Salé-Kénitra
    EXPECT_EQ(perRegion.value(u"MA-06"_s), 9); // Casablanca-Settat
    EXPECT_EQ(perRegion.value(u"MA-12"_s), 2); // Dakhla-Oued Ed-Dahab
    EXPECT_EQ(ref.province(u"MA-CAS"_s)->nameAr, u"الدار البيضاء"_s);
    EXPECT_EQ(ref.province(u"MA-FES"_s)->nameFr, u"Fès"_s);
    EXPECT_FALSE(ref.province(u"MA-XXX"_s).has_value());
}
