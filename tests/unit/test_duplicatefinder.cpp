// Duplicate detection while a file is registered.
#include "cases/casefileservice.h"
#include "jisrtest.h"
#include "platform/errors/coreerror.h"
#include "platform/errors/validationerror.h"

using namespace Qt::StringLiterals;

using namespace jisr;

class DuplicateFinderTest : public WorkspaceTest
{
protected:
    Actor reception = actorWith(Role::Reception);

    static const ValidationIssue *issueFor(const ValidationIssues &issues, const QString &field)
    {
        for (const ValidationIssue &i : issues)
            if (i.field == field)
                return &i;
        return nullptr;
    }
};

TEST_F(DuplicateFinderTest, TheSameCinIsRefusedWithALinkToTheExistingFile)
{
    CaseFile first = sampleCase();
    first.cin = u"AB123456"_s;
    const CaseFile saved = ws().cases().create(reception, first);
    CaseFile other = sampleCase(u"بناني"_s, u"سعاد"_s, u"Bennani"_s, u"Souad"_s);
    other.cin = u"ab 123456"_s;
    const ValidationIssue *issue = issueFor(ws().cases().check(reception, other), u"cin"_s);
    ASSERT_NE(issue, nullptr);
    EXPECT_EQ(issue->severity, ValidationIssue::Severity::Error);
    EXPECT_EQ(issue->relatedCaseId, saved.id);
    EXPECT_TRUE(issue->message.contains(saved.dossierNo));
    EXPECT_FALSE(issue->message.contains(u"Alaoui"_s)); // no personal data in the message
    EXPECT_THROW(ws().cases().create(reception, other, true), ValidationError);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM case_files"_s), 1);
}

TEST_F(DuplicateFinderTest, TheSameIdcsIsRefused)
{
    CaseFile first = sampleCase();
    first.idcs = u"1234567890"_s;
    ws().cases().create(reception, first);
    CaseFile other = sampleCase(u"بناني"_s, u"سعاد"_s, u"Bennani"_s, u"Souad"_s);
    other.idcs = u"١٢٣٤٥٦٧٨٩٠"_s;
    EXPECT_NE(issueFor(ws().cases().check(reception, other), u"idcs"_s), nullptr);
}

TEST_F(DuplicateFinderTest, ASimilarNameBornWithinAYearAsksForConfirmation)
{
    const CaseFile first = ws().cases().create(reception, sampleCase()); // محمد العلوي, 1980
    CaseFile variant = sampleCase(u"العلوي"_s, u"محمد"_s, u"El Alaoui"_s, u"Mohammed"_s);
    variant.birthDate = QDate(1981, 2, 3);
    const ValidationIssues issues = ws().cases().check(reception, variant);
    ASSERT_FALSE(issues.isEmpty());
    EXPECT_EQ(issues.first().severity, ValidationIssue::Severity::Warning);
    EXPECT_EQ(issues.first().relatedCaseId, first.id);

    try {
        ws().cases().create(reception, variant);
        FAIL() << "a possible duplicate must be confirmed";
    } catch (const ValidationError &e) {
        EXPECT_EQ(e.kind(), ErrorKind::Duplicate);
    }
    EXPECT_NO_THROW(ws().cases().create(reception, variant, /*duplicatesConfirmed=*/true));
    EXPECT_EQ(scalar(u"SELECT count(*) FROM case_files"_s), 2);
}

TEST_F(DuplicateFinderTest, ASimilarNameInTheOtherScriptIsAlsoCaught)
{
    const CaseFile arabicOnly =
        ws().cases().create(reception, sampleCase(u"العلوي"_s, u"محمد"_s, u""_s, u""_s));
    CaseFile latinOnly = sampleCase(u""_s, u""_s, u"Alaoui"_s, u"Mouhamed"_s);
    const ValidationIssues issues = ws().cases().check(reception, latinOnly);
    ASSERT_FALSE(issues.isEmpty());
    EXPECT_EQ(issues.first().relatedCaseId, arabicOnly.id);
}

TEST_F(DuplicateFinderTest, OtherBirthYearsOtherNamesAndTheFileItselfAreNotDuplicates)
{
    CaseFile c = ws().cases().create(reception, sampleCase());
    CaseFile older = sampleCase();
    older.birthDate = QDate(1970, 1, 1);
    EXPECT_TRUE(ws().cases().check(reception, older).isEmpty());
    CaseFile mahmoud = sampleCase(u"العلوي"_s, u"محمود"_s, u""_s, u""_s);
    EXPECT_TRUE(ws().cases().check(reception, mahmoud).isEmpty());
    c.address = u"Hay Riad"_s;
    EXPECT_TRUE(ws().cases().check(reception, c).isEmpty()); // editing itself
}
