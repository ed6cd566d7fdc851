// The whole path to a card through the real jisrctl, each step by the account whose job it is:
// the application, both evaluations, the decision, the card, its PDF, its QR code read by zbar
// and verified offline; with the documented exit codes when something is refused.
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

const QString AdminPassword = u"Atlas-cedre-2026"_s;

struct Outcome
{
    int exitCode = -1;
    QString out, err;
    QJsonObject object() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out.toUtf8()).array(); }
};

Outcome runProgram(const QString &program, const QStringList &args,
                   const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                   const QByteArray &input = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(60000)) << program.toStdString();
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

class JisrctlCardsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_files.isValid());
        const Outcome init =
            as({}, {u"init"_s, u"--province"_s, u"MA-RAB"_s, u"--centre"_s, u"Centre de Rabat"_s,
                    u"--admin"_s, u"admin"_s, u"--admin-name-fr"_s, u"Admin"_s,
                    u"--admin-name-ar"_s, u"المسؤول"_s});
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
        for (const auto &[login, role] :
             {std::pair{u"medecin"_s, u"doctor"_s}, std::pair{u"social"_s, u"social_worker"_s},
              std::pair{u"accueil"_s, u"reception"_s}}) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"JISR_PASSWORD"_s, AdminPassword);
            env.insert(u"JISR_NEW_PASSWORD"_s, u"provisoire-2026"_s);
            const Outcome added = runProgram(
                QString::fromUtf8(JISRCTL_PATH),
                {u"--data-dir"_s, m_dir.path(), u"--user"_s, u"admin"_s, u"user"_s, u"add"_s, login,
                 u"--name-fr"_s, login, u"--name-ar"_s, u"مستخدم"_s, u"--roles"_s, role},
                env);
            ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
            // Both passwords on standard input, as a script pipes them.
            QProcessEnvironment bare = QProcessEnvironment::systemEnvironment();
            bare.remove(u"JISR_PASSWORD"_s);
            bare.remove(u"JISR_NEW_PASSWORD"_s);
            const Outcome changed = runProgram(
                QString::fromUtf8(JISRCTL_PATH),
                {u"--data-dir"_s, m_dir.path(), u"--user"_s, login, u"user"_s, u"passwd"_s}, bare,
                "provisoire-2026\n" + passwordOf(login).toUtf8() + "\n");
            ASSERT_EQ(changed.exitCode, 0) << changed.err.toStdString();
        }
    }

    static QString passwordOf(const QString &login)
    {
        return login == u"admin"_s ? AdminPassword
                                   : u"Cedre-du-Moyen-Atlas-"_s + QString::number(login.size());
    }
    Outcome as(const QString &login, const QStringList &args, const QByteArray &input = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"JISR_NEW_PASSWORD"_s);
        env.insert(u"JISR_PASSWORD"_s, login.isEmpty() ? AdminPassword : passwordOf(login));
        QStringList all{u"--data-dir"_s, m_dir.path()};
        if (!login.isEmpty())
            all << u"--user"_s << login;
        return runProgram(QString::fromUtf8(JISRCTL_PATH), all + args, env, input);
    }
    QString file(const QString &name) const { return m_files.filePath(name); }
    // A file with a photo and its documents, through both evaluations to the committee's
    // decision; returns {dossier, evaluation}.
    std::pair<QString, QString> decided(const QString &familyLat, const QString &familyAr,
                                        bool eligible)
    {
        const Outcome added =
            as(u"admin"_s, {u"--json"_s, u"case"_s, u"add"_s, u"--family-name-ar"_s, familyAr,
                            u"--given-name-ar"_s, u"سعاد"_s, u"--family-name-lat"_s, familyLat,
                            u"--given-name-lat"_s, u"Souad"_s, u"--sex"_s, u"F"_s,
                            u"--birth-date"_s, u"12/04/1990"_s});
        const QString dossier = added.object().value(u"dossier"_s).toString();
        QImage photo(300, 400, QImage::Format_RGB32);
        photo.fill(QColor(0x90, 0xa0, 0xb0));
        photo.save(file(u"face.png"_s));
        as(u"admin"_s, {u"case"_s, u"photo"_s, dossier, file(u"face.png"_s)});
        QFile scan(file(u"doc.pdf"_s));
        scan.open(QIODevice::WriteOnly);
        scan.write("%PDF-1.4\n%%EOF\n");
        scan.close();
        for (const QString &type : {u"cin_copy"_s, u"medical_report"_s, u"social_inquiry"_s})
            as(u"accueil"_s, {u"case"_s, u"document"_s, u"add"_s, dossier, file(u"doc.pdf"_s),
                              u"--type"_s, type});
        const QString eval = as(u"accueil"_s, {u"evaluation"_s, u"open"_s, dossier, u"--json"_s})
                                 .object()
                                 .value(u"id"_s)
                                 .toString();
        as(u"medecin"_s, {u"evaluation"_s, u"medical"_s, eval, u"--impairment"_s, u"mobility=1"_s});
        as(u"social"_s,
           {u"evaluation"_s, u"social"_s, eval, u"--participation"_s, u"mobility=1/1"_s});
        as(u"accueil"_s, {u"evaluation"_s, u"submit"_s, eval});
        QStringList decide{u"evaluation"_s,
                           u"decide"_s,
                           eval,
                           u"--reference"_s,
                           u"CPH-RAB-42"_s,
                           u"--date"_s,
                           QDate::currentDate().toString(Qt::ISODate)};
        decide << u"--eligible"_s
               << (eligible ? QStringList{u"yes"_s, u"--degree"_s, u"moderate"_s, u"--types"_s,
                                          u"motor"_s}
                            : QStringList{u"no"_s, u"--reason"_s,
                                          u"Limitations légères, sans restriction de "
                                          "participation"_s});
        const Outcome d = as(u"admin"_s, decide);
        EXPECT_EQ(d.exitCode, 0) << d.err.toStdString();
        return {dossier, eval};
    }

    QTemporaryDir m_dir, m_files;
};

} // namespace

TEST_F(JisrctlCardsTest, FromApplicationToAVerifiedCard)
{
    const Outcome added =
        as(u"admin"_s, {u"--json"_s, u"case"_s, u"add"_s, u"--family-name-ar"_s, u"العلوي"_s,
                        u"--given-name-ar"_s, u"سعاد"_s, u"--family-name-lat"_s, u"Alaoui"_s,
                        u"--given-name-lat"_s, u"Souad"_s, u"--sex"_s, u"F"_s, u"--birth-date"_s,
                        u"12/04/1990"_s, u"--cin"_s, u"AB123456"_s});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const QString dossier = added.object().value(u"dossier"_s).toString();

    // A card needs a photo: a text file is refused, an image is kept.
    QFile notImage(file(u"photo.png"_s));
    ASSERT_TRUE(notImage.open(QIODevice::WriteOnly));
    notImage.write("not an image");
    notImage.close();
    EXPECT_EQ(as(u"admin"_s, {u"case"_s, u"photo"_s, dossier, file(u"photo.png"_s)}).exitCode, 3);
    QImage photo(300, 400, QImage::Format_RGB32);
    photo.fill(QColor(0x90, 0xa0, 0xb0));
    ASSERT_TRUE(photo.save(file(u"photo.png"_s)));
    const Outcome photoSet = as(u"admin"_s, {u"case"_s, u"photo"_s, dossier, file(u"photo.png"_s)});
    ASSERT_EQ(photoSet.exitCode, 0) << photoSet.err.toStdString();

    const Outcome opened = as(
        u"accueil"_s, {u"evaluation"_s, u"open"_s, dossier, u"--kind"_s, u"first"_s, u"--json"_s});
    ASSERT_EQ(opened.exitCode, 0) << opened.err.toStdString();
    const QString eval = opened.object().value(u"id"_s).toString();
    ASSERT_FALSE(eval.isEmpty());

    // The checklist is incomplete: not to the committee yet.
    EXPECT_EQ(as(u"accueil"_s, {u"evaluation"_s, u"submit"_s, eval}).exitCode, 3);
    QFile scan(file(u"scan.pdf"_s));
    ASSERT_TRUE(scan.open(QIODevice::WriteOnly));
    scan.write("%PDF-1.4\n%%EOF\n");
    scan.close();
    for (const QString &type : {u"cin_copy"_s, u"medical_report"_s, u"social_inquiry"_s}) {
        const Outcome doc = as(u"accueil"_s, {u"case"_s, u"document"_s, u"add"_s, dossier,
                                              file(u"scan.pdf"_s), u"--type"_s, type});
        ASSERT_EQ(doc.exitCode, 0) << doc.err.toStdString();
    }

    // Each role its part: the social worker cannot write the medical part (exit 5).
    EXPECT_EQ(
        as(u"social"_s, {u"evaluation"_s, u"medical"_s, eval, u"--impairment"_s, u"mobility=3"_s})
            .exitCode,
        5);
    const Outcome medical =
        as(u"medecin"_s,
           {u"evaluation"_s, u"medical"_s, eval, u"--impairment"_s, u"mobility=3,speech=1"_s,
            u"--diagnosis"_s, u"Hémiplégie"_s, u"--icd10"_s, u"G81.1"_s});
    ASSERT_EQ(medical.exitCode, 0) << medical.err.toStdString();
    const Outcome social =
        as(u"social"_s, {u"evaluation"_s, u"social"_s, eval, u"--participation"_s,
                         u"mobility=3/2,employment=4"_s, u"--environment"_s,
                         u"attitudes=barrier,products_technology=facilitator"_s});
    ASSERT_EQ(social.exitCode, 0) << social.err.toStdString();
    ASSERT_EQ(as(u"accueil"_s, {u"evaluation"_s, u"submit"_s, eval}).exitCode, 0);

    const QStringList decide{u"evaluation"_s,
                             u"decide"_s,
                             eval,
                             u"--eligible"_s,
                             u"yes"_s,
                             u"--degree"_s,
                             u"severe"_s,
                             u"--types"_s,
                             u"motor"_s,
                             u"--reference"_s,
                             u"CPH-RAB-7"_s,
                             u"--date"_s,
                             QDate::currentDate().toString(Qt::ISODate)};
    EXPECT_EQ(as(u"medecin"_s, decide).exitCode, 5) << "a doctor cannot decide";
    const Outcome decided = as(u"admin"_s, decide);
    ASSERT_EQ(decided.exitCode, 0) << decided.err.toStdString();

    const Outcome issued = as(u"admin"_s, {u"card"_s, u"issue"_s, dossier, u"--json"_s});
    ASSERT_EQ(issued.exitCode, 0) << issued.err.toStdString();
    const QJsonObject card = issued.object();
    for (const char16_t *field : {u"id", u"number", u"valid_from", u"valid_until"})
        EXPECT_FALSE(card.value(QString::fromUtf16(field)).toString().isEmpty());
    const QString number = card.value(u"number"_s).toString();

    const QString pdf = file(u"card.pdf"_s);
    EXPECT_EQ(as(u"accueil"_s, {u"card"_s, u"print"_s, number, u"--pdf"_s, pdf}).exitCode, 5)
        << "reception cannot print";
    EXPECT_FALSE(QFile::exists(pdf));
    const Outcome printed = as(u"admin"_s, {u"card"_s, u"print"_s, number, u"--pdf"_s, pdf});
    ASSERT_EQ(printed.exitCode, 0) << printed.err.toStdString();

    const Outcome info = runProgram(u"pdfinfo"_s, {pdf});
    EXPECT_TRUE(info.out.contains(u"Pages:           2"_s)) << info.out.toStdString();
    // 85.60 x 53.98 mm, in the whole points Qt's PDF writer gives page boxes.
    EXPECT_TRUE(info.out.contains(u"243 x 153 pts"_s)) << info.out.toStdString();
    runProgram(u"pdftoppm"_s, {u"-r"_s, u"300"_s, u"-png"_s, u"-f"_s, u"2"_s, u"-l"_s, u"2"_s, pdf,
                               file(u"back"_s)});
    const QStringList backs = QDir(m_files.path()).entryList({u"back*.png"_s});
    ASSERT_EQ(backs.size(), 1);
    const QString payload =
        runProgram(u"zbarimg"_s, {u"--raw"_s, u"-q"_s, file(backs.first())}).out.trimmed();
    ASSERT_TRUE(payload.startsWith(u"JC1:"_s)) << payload.toStdString();

    const Outcome verified = as({}, {u"card"_s, u"verify"_s, payload, u"--json"_s});
    EXPECT_EQ(verified.exitCode, 0) << verified.out.toStdString();
    EXPECT_EQ(verified.object().value(u"number"_s).toString(), number);
    EXPECT_EQ(verified.object().value(u"name_latin"_s).toString(), u"SOUAD ALAOUI"_s);
    QString tampered = payload;
    tampered[10] = tampered[10] == u'A' ? u'B' : u'A';
    const int tamperedExit = as({}, {u"card"_s, u"verify"_s, tampered}).exitCode;
    // Unreadable (10), naming an unknown key (11) or a bad signature (12), by where it fell.
    EXPECT_TRUE(tamperedExit >= 10 && tamperedExit <= 12) << tamperedExit;
    // In the signature (the last 64 bytes): decodes, but no longer matches.
    QString middle = payload;
    const qsizetype at = payload.size() - 20;
    middle[at] = middle[at] != u'0' ? u'0' : u'1';
    EXPECT_EQ(as({}, {u"card"_s, u"verify"_s, middle}).exitCode, 12);

    // The same, from the picture of the card's back.
    const Outcome fromImage =
        as({}, {u"card"_s, u"verify"_s, u"--image"_s, file(backs.first()), u"--json"_s});
    EXPECT_EQ(fromImage.exitCode, 0) << fromImage.err.toStdString();
    EXPECT_EQ(fromImage.object().value(u"number"_s).toString(), number);
    EXPECT_EQ(as({}, {u"card"_s, u"verify"_s, u"--image"_s, file(u"scan.pdf"_s)}).exitCode, 3)
        << "not an image";
    EXPECT_EQ(as({}, {u"card"_s, u"verify"_s, u"--image"_s, file(u"photo.png"_s)}).exitCode, 3)
        << "no QR code";

    const Outcome keys = as(u"admin"_s, {u"card"_s, u"keys"_s, u"--json"_s});
    ASSERT_EQ(keys.exitCode, 0) << keys.err.toStdString();
    ASSERT_EQ(keys.array().size(), 1);
    EXPECT_EQ(keys.array().first().toObject().value(u"public_key"_s).toString().size(), 64);

    // Anyone holding the published keys verifies offline, without a centre of their own.
    QFile published(file(u"keys.json"_s));
    ASSERT_TRUE(published.open(QIODevice::WriteOnly));
    published.write(keys.out.toUtf8());
    published.close();
    QTemporaryDir stranger;
    const Outcome offline =
        runProgram(QString::fromUtf8(JISRCTL_PATH),
                   {u"--data-dir"_s, stranger.filePath(u"none"_s), u"card"_s, u"verify"_s, payload,
                    u"--keys"_s, file(u"keys.json"_s), u"--json"_s});
    EXPECT_EQ(offline.exitCode, 0) << offline.err.toStdString();
    EXPECT_EQ(offline.object().value(u"number"_s).toString(), number);
    EXPECT_FALSE(QFileInfo::exists(stranger.filePath(u"none"_s))) << "no centre was created";
    published.open(QIODevice::WriteOnly);
    published.write("[]");
    published.close();
    EXPECT_EQ(as({}, {u"card"_s, u"verify"_s, payload, u"--keys"_s, file(u"keys.json"_s)}).exitCode,
              11)
        << "a key nobody published";

    const Outcome listed =
        as(u"admin"_s, {u"card"_s, u"list"_s, u"--state"_s, u"printed"_s, u"--json"_s});
    ASSERT_EQ(listed.array().size(), 1);
    EXPECT_EQ(as(u"admin"_s, {u"card"_s, u"list"_s, u"--expiring"_s, u"90"_s, u"--json"_s})
                  .array()
                  .size(),
              0);

    EXPECT_EQ(as(u"admin"_s, {u"card"_s, u"void"_s, number}).exitCode, 3) << "reason required";
    ASSERT_EQ(as(u"admin"_s, {u"card"_s, u"void"_s, number, u"--reason"_s, u"Erreur"_s}).exitCode,
              0);
    EXPECT_EQ(as({}, {u"card"_s, u"verify"_s, payload}).exitCode, 14) << "void";
    EXPECT_EQ(as(u"admin"_s, {u"card"_s, u"print"_s, number, u"--pdf"_s, file(u"again.pdf"_s),
                              u"--reason"_s, u"perdue"_s})
                  .exitCode,
              3)
        << "a void card is not printed";
}

// The refusal letter and the case summary as A4 PDFs read back; a card revoked (still signed,
// said revoked where the revocation list is known) and refused to print; a new signing key that
// leaves the old cards verifiable.
TEST_F(JisrctlCardsTest, LettersSummariesRevocationAndANewSigningKey)
{
    const auto [refusedDossier, refusedEval] = decided(u"Bennani"_s, u"بناني"_s, false);
    EXPECT_EQ(as(u"admin"_s, {u"card"_s, u"issue"_s, refusedDossier}).exitCode, 3)
        << "a refused decision gives no card";
    const QString letter = file(u"letter.pdf"_s);
    const Outcome written =
        as(u"admin"_s, {u"evaluation"_s, u"letter"_s, refusedEval, u"--pdf"_s, letter});
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    EXPECT_TRUE(runProgram(u"pdfinfo"_s, {letter}).out.contains(u"(A4)"_s));
    const QString letterText = runProgram(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, letter, u"-"_s})
                                   .out.normalized(QString::NormalizationForm_KC);
    for (const QString &expected : {u"CPH-RAB-42"_s, u"BENNANI"_s, u"Limitations légères"_s,
                                    u"بناني"_s, u"المملكة المغربية"_s, u"ROYAUME DU MAROC"_s})
        EXPECT_TRUE(letterText.contains(expected))
            << expected.toStdString() << " in " << letterText.toStdString();

    const auto [dossier, eval] = decided(u"Chraibi"_s, u"الشرايبي"_s, true);
    EXPECT_EQ(as(u"admin"_s, {u"evaluation"_s, u"letter"_s, eval, u"--pdf"_s, letter}).exitCode, 3)
        << "no refusal letter for a card granted";
    const QString number = as(u"admin"_s, {u"card"_s, u"issue"_s, dossier, u"--json"_s})
                               .object()
                               .value(u"number"_s)
                               .toString();
    ASSERT_FALSE(number.isEmpty());
    const QString summary = file(u"summary.pdf"_s);
    ASSERT_EQ(as(u"admin"_s, {u"case"_s, u"summary"_s, dossier, u"--pdf"_s, summary}).exitCode, 0);
    EXPECT_TRUE(runProgram(u"pdfinfo"_s, {summary}).out.contains(u"(A4)"_s));
    const QString summaryText = runProgram(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, summary, u"-"_s})
                                    .out.normalized(QString::NormalizationForm_KC);
    for (const QString &expected : {number, u"CHRAIBI"_s, u"الشرايبي"_s, u"CPH-RAB-42"_s})
        EXPECT_TRUE(summaryText.contains(expected))
            << expected.toStdString() << " in " << summaryText.toStdString();

    const QString pdf = file(u"card.pdf"_s);
    ASSERT_EQ(as(u"admin"_s, {u"card"_s, u"print"_s, number, u"--pdf"_s, pdf}).exitCode, 0);
    runProgram(u"pdftoppm"_s, {u"-r"_s, u"300"_s, u"-png"_s, u"-f"_s, u"2"_s, u"-l"_s, u"2"_s, pdf,
                               file(u"side"_s)});
    const QStringList backs = QDir(m_files.path()).entryList({u"side*.png"_s});
    ASSERT_EQ(backs.size(), 1);
    const QString payload =
        runProgram(u"zbarimg"_s, {u"--raw"_s, u"-q"_s, file(backs.first())}).out.trimmed();
    ASSERT_TRUE(payload.startsWith(u"JC1:"_s)) << payload.toStdString();

    // A new key: the old public key stays in the export, the old card still verifies.
    const Outcome rotated = as(u"admin"_s, {u"card"_s, u"keys"_s, u"--rotate"_s, u"--json"_s});
    ASSERT_EQ(rotated.exitCode, 0) << rotated.err.toStdString();
    ASSERT_EQ(rotated.array().size(), 2);
    EXPECT_EQ(as(u"accueil"_s, {u"card"_s, u"keys"_s, u"--rotate"_s}).exitCode, 5);
    QFile published(file(u"keys.json"_s));
    ASSERT_TRUE(published.open(QIODevice::WriteOnly));
    published.write(rotated.out.toUtf8());
    published.close();
    EXPECT_EQ(as({}, {u"card"_s, u"verify"_s, payload}).exitCode, 0);

    EXPECT_EQ(as(u"admin"_s, {u"card"_s, u"revoke"_s, number}).exitCode, 3) << "reason required";
    EXPECT_EQ(as(u"accueil"_s, {u"card"_s, u"revoke"_s, number, u"--reason"_s, u"x"_s}).exitCode,
              5);
    const Outcome revoked = as(u"admin"_s, {u"card"_s, u"revoke"_s, number, u"--reason"_s,
                                            u"Fausse déclaration"_s, u"--json"_s});
    ASSERT_EQ(revoked.exitCode, 0) << revoked.err.toStdString();
    EXPECT_EQ(revoked.object().value(u"state"_s).toString(), u"revoked"_s);
    // Where the revocation list is known: genuine but revoked (13); with only the published
    // keys: still a genuine signature.
    const Outcome known = as({}, {u"card"_s, u"verify"_s, payload, u"--json"_s});
    EXPECT_EQ(known.exitCode, 13) << known.out.toStdString();
    EXPECT_EQ(known.object().value(u"number"_s).toString(), number);
    EXPECT_EQ(as({}, {u"card"_s, u"verify"_s, payload, u"--keys"_s, file(u"keys.json"_s)}).exitCode,
              0);
    const Outcome refused = as(u"admin"_s, {u"card"_s, u"print"_s, number, u"--pdf"_s,
                                            file(u"revoked.pdf"_s), u"--reason"_s, u"perdue"_s});
    EXPECT_EQ(refused.exitCode, 3);
    EXPECT_FALSE(refused.err.isEmpty());
    EXPECT_FALSE(QFile::exists(file(u"revoked.pdf"_s))) << "nothing half-done";
}
