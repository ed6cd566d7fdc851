// Registering, opening and editing case files through the core service.
#include "cases/casefileservice.h"
#include "jisrtest.h"
#include "platform/errors/coreerror.h"
#include "platform/errors/validationerror.h"

using namespace jisr;

class CaseFileServiceTest : public WorkspaceTest
{
protected:
    Actor reception = actorWith(Role::Reception);
};

TEST_F(CaseFileServiceTest, DossierNumbersFollowProvinceYearSeriesAndSequence)
{
    const CaseFile a = ws().cases().create(reception, sampleCase());
    CaseFile other = sampleCase(QStringLiteral("بناني"), QStringLiteral("فاطمة"),
                                QStringLiteral("Bennani"), QStringLiteral("Fatima"));
    other.sex = QStringLiteral("F");
    const CaseFile b = ws().cases().create(reception, other);
    const QString year = QString::number(QDate::currentDate().year());
    EXPECT_EQ(a.dossierNo, QStringLiteral("RAB-") + year + QStringLiteral("-T01-0001"));
    EXPECT_EQ(b.dossierNo, QStringLiteral("RAB-") + year + QStringLiteral("-T01-0002"));
    EXPECT_EQ(a.id.size(), 36);
}

TEST_F(CaseFileServiceTest, OpenByIdOrDossierReturnsWhatWasSaved)
{
    CaseFile draft = sampleCase();
    draft.cin = QStringLiteral(" ab 123456 ");
    draft.phone = QStringLiteral("+212 6 61 23 45 67");
    draft.disabilityTypes = {QStringLiteral("motor"), QStringLiteral("visual")};
    draft.rsuIndex = 9.32;
    draft.rsuIndexDate = QDate(2025, 1, 15);
    const CaseFile saved = ws().cases().create(reception, draft);
    for (const QString &key : {saved.id, saved.dossierNo.toLower()}) {
        const CaseFile c = ws().cases().open(reception, key);
        EXPECT_EQ(c.cin, QStringLiteral("AB123456"));
        EXPECT_EQ(c.phone, QStringLiteral("0661234567"));
        EXPECT_EQ(c.givenNameAr, QStringLiteral("محمد"));
        EXPECT_EQ(c.disabilityTypes,
                  (QStringList{QStringLiteral("motor"), QStringLiteral("visual")}));
        ASSERT_TRUE(c.rsuIndex.has_value());
        EXPECT_DOUBLE_EQ(*c.rsuIndex, 9.32);
        EXPECT_EQ(c.birthDate, QDate(1980, 5, 17));
    }
}

TEST_F(CaseFileServiceTest, EditedFileIsSavedAndHistoryListsTheChange)
{
    CaseFile c = ws().cases().create(reception, sampleCase());
    c.address = QStringLiteral("Hay Riad, Rabat");
    ws().cases().update(reception, c);
    const QList<CaseHistoryEntry> history = ws().cases().history(reception, c.id);
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.first().operation, QStringLiteral("update"));
    EXPECT_EQ(history.first().fields, QStringList{QStringLiteral("address")});
    EXPECT_EQ(ws().cases().open(reception, c.id).address, QStringLiteral("Hay Riad, Rabat"));
}

TEST_F(CaseFileServiceTest, StaleEditIsRefusedInsteadOfOverwriting)
{
    const CaseFile original = ws().cases().create(reception, sampleCase());
    CaseFile first = original;
    first.address = QStringLiteral("first edit");
    ws().cases().update(reception, first);
    CaseFile stale = original;
    stale.address = QStringLiteral("second edit from an old copy");
    EXPECT_THROW(ws().cases().update(reception, stale), CoreError);
    EXPECT_EQ(ws().cases().open(reception, original.id).address, QStringLiteral("first edit"));
}

TEST_F(CaseFileServiceTest, BirthYearOnlyIsKeptAndFlagged)
{
    CaseFile c = sampleCase();
    c.birthDate = QDate();
    c.birthYearOnly = true;
    c.birthYear = 1950;
    const CaseFile saved = ws().cases().create(reception, c);
    const CaseFile loaded = ws().cases().open(reception, saved.id);
    EXPECT_TRUE(loaded.birthYearOnly);
    EXPECT_EQ(loaded.birthYear, 1950);
    EXPECT_FALSE(loaded.birthDate.isValid());
}

TEST_F(CaseFileServiceTest, SqlMetacharactersAreStoredAsText)
{
    CaseFile c = sampleCase(QStringLiteral("العلوي"), QStringLiteral("محمد"),
                            QStringLiteral("O'Brien"), QStringLiteral("Jean-Luc"));
    c.address = QStringLiteral("'; DROP TABLE case_files; --");
    const CaseFile saved = ws().cases().create(reception, c);
    EXPECT_EQ(ws().cases().open(reception, saved.id).address, c.address);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM case_files")), 1);
}

TEST_F(CaseFileServiceTest, DoctorCannotEditIdentityAndTheRefusalIsAudited)
{
    const CaseFile c = ws().cases().create(reception, sampleCase());
    const Actor doctor = actorWith(Role::Doctor);
    CaseFile edit = ws().cases().open(doctor, c.id);
    edit.phone = QStringLiteral("0699999999");
    try {
        ws().cases().update(doctor, edit);
        FAIL() << "a doctor must not edit identity";
    } catch (const CoreError &e) {
        EXPECT_EQ(e.kind(), ErrorKind::PermissionDenied);
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                    "'permission_denied'")),
              1);
    EXPECT_EQ(ws().cases().open(reception, c.id).phone, QStringLiteral("0612345678"));
}
