// jisrctl run as IT and scripts run it: a separate process, a real data folder, exit codes and
// one-line reasons. The core behind it is tested in unit/; here, what the command line adds.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

const QString AdminPassword = QStringLiteral("Atlas-cedre-2026");

struct Outcome
{
    int exitCode = -1;
    QString out, err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

class JisrctlTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const Outcome init = jisrctl({u"init"_qs, u"--province"_qs, u"MA-FES"_qs, u"--centre"_qs,
                                      u"Centre médico-social de Fès"_qs, u"--admin"_qs, u"admin"_qs,
                                      u"--admin-name-fr"_qs, u"Administrateur"_qs,
                                      u"--admin-name-ar"_qs, u"المسؤول"_qs},
                                     AdminPassword);
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    }

    // Runs jisrctl on the test's folder; `password` goes in JISR_PASSWORD, `input` on stdin.
    Outcome jisrctl(const QStringList &args, const QString &password = {},
                    const QByteArray &input = {}, const QString &newPassword = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"JISR_PASSWORD"_qs);
        env.remove(u"JISR_NEW_PASSWORD"_qs);
        if (!password.isEmpty())
            env.insert(u"JISR_PASSWORD"_qs, password);
        if (!newPassword.isEmpty())
            env.insert(u"JISR_NEW_PASSWORD"_qs, newPassword);
        p.setProcessEnvironment(env);
        p.start(QString::fromUtf8(JISRCTL_PATH),
                QStringList{u"--data-dir"_qs, m_dir.path()} + args);
        p.write(input);
        p.closeWriteChannel();
        EXPECT_TRUE(p.waitForFinished(60000));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    Outcome asAdmin(const QStringList &args)
    {
        return jisrctl(QStringList{u"--user"_qs, u"admin"_qs} + args, AdminPassword);
    }

    void addUser(const QString &login, const QString &roles, const QString &password)
    {
        const Outcome r =
            jisrctl({u"--user"_qs, u"admin"_qs, u"user"_qs, u"add"_qs, login, u"--name-fr"_qs,
                     login, u"--name-ar"_qs, u"مستخدم"_qs, u"--roles"_qs, roles},
                    AdminPassword, {}, password);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }

    QTemporaryDir m_dir;
};

TEST_F(JisrctlTest, ARegisteredPersonIsFoundByAVariantSpellingInTheOtherScript)
{
    const Outcome added =
        asAdmin({u"--json"_qs, u"case"_qs, u"add"_qs, u"--family-name-ar"_qs, u"الوزاني"_qs,
                 u"--given-name-ar"_qs, u"محمد"_qs, u"--sex"_qs, u"M"_qs, u"--birth-date"_qs,
                 u"12/04/1990"_qs, u"--cin"_qs, u"cd 123456"_qs});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const QJsonObject file = added.json().object();
    EXPECT_EQ(file.value(u"cin"_qs).toString(), u"CD123456"_qs);
    EXPECT_TRUE(file.value(u"dossier"_qs).toString().startsWith(u"FES-"_qs));

    // Only the Arabic name was given: found from a French-style spelling.
    const Outcome found = asAdmin({u"--json"_qs, u"search"_qs, u"Mohammed Ouazzani"_qs});
    ASSERT_EQ(found.exitCode, 0) << found.err.toStdString();
    const QJsonArray hits = found.json().array();
    ASSERT_EQ(hits.size(), 1);
    const QJsonObject hit = hits.first().toObject();
    EXPECT_EQ(hit.value(u"id"_qs), file.value(u"id"_qs));
    EXPECT_EQ(hit.value(u"name_ar"_qs).toString(), u"محمد الوزاني"_qs);
    EXPECT_EQ(hit.value(u"birth_date"_qs).toString(), u"1990-04-12"_qs);

    // محمود is another name, not a spelling of محمد.
    const Outcome other = asAdmin({u"--json"_qs, u"search"_qs, u"محمود الوزاني"_qs});
    EXPECT_EQ(other.json().array().size(), 0) << other.out.toStdString();

    const Outcome shown =
        asAdmin({u"--json"_qs, u"case"_qs, u"show"_qs, file.value(u"dossier"_qs).toString()});
    ASSERT_EQ(shown.exitCode, 0);
    EXPECT_EQ(shown.json().object().value(u"id"_qs), file.value(u"id"_qs));
}

TEST_F(JisrctlTest, AnInvalidFieldIsRefusedWithExitCode3AndItsReason)
{
    const Outcome r = asAdmin({u"case"_qs, u"add"_qs, u"--family-name-ar"_qs, u"الوزاني"_qs,
                               u"--given-name-ar"_qs, u"محمد"_qs, u"--sex"_qs, u"M"_qs,
                               u"--birth-date"_qs, u"31/02/1990"_qs});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_FALSE(r.err.trimmed().isEmpty());
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(asAdmin({u"--json"_qs, u"search"_qs, u"الوزاني"_qs}).json().array().size(), 0);
}

TEST_F(JisrctlTest, ARoleThatMayNotManageAccountsIsRefusedWithExitCode5)
{
    addUser(u"accueil1"_qs, u"reception"_qs, u"provisoire-2026"_qs);
    // The current password in JISR_PASSWORD, the new one on standard input.
    ASSERT_EQ(jisrctl({u"--user"_qs, u"accueil1"_qs, u"user"_qs, u"passwd"_qs},
                      u"provisoire-2026"_qs, "Sel-et-menthe-42\n")
                  .exitCode,
              0);
    const Outcome r =
        jisrctl({u"--user"_qs, u"accueil1"_qs, u"user"_qs, u"add"_qs, u"intrus"_qs, u"--name-fr"_qs,
                 u"Intrus"_qs, u"--name-ar"_qs, u"دخيل"_qs, u"--roles"_qs, u"administrator"_qs},
                u"Sel-et-menthe-42"_qs, {}, u"Intrus-motdepasse-1"_qs);
    EXPECT_EQ(r.exitCode, 5) << r.err.toStdString();
    EXPECT_EQ(r.err.trimmed().count(u'\n'), 0) << "one line: " << r.err.toStdString();
    const Outcome users = asAdmin({u"--json"_qs, u"user"_qs, u"list"_qs});
    for (const QJsonValue &u : users.json().array())
        EXPECT_NE(u.toObject().value(u"login"_qs).toString(), u"intrus"_qs);
}

TEST_F(JisrctlTest, ATemporaryPasswordMustBeReplacedBeforeAnythingElse)
{
    addUser(u"medecin1"_qs, u"doctor"_qs, u"provisoire-2026"_qs);

    const Outcome blocked =
        jisrctl({u"--user"_qs, u"medecin1"_qs, u"search"_qs, u"alaoui"_qs}, u"provisoire-2026"_qs);
    EXPECT_EQ(blocked.exitCode, 6);
    EXPECT_TRUE(blocked.err.contains(u"user passwd"_qs)) << blocked.err.toStdString();

    // Both passwords on standard input, one per line, as a script would pipe them.
    const Outcome changed = jisrctl({u"--user"_qs, u"medecin1"_qs, u"user"_qs, u"passwd"_qs}, {},
                                    "provisoire-2026\nCedre-du-Moyen-Atlas\n");
    ASSERT_EQ(changed.exitCode, 0) << changed.err.toStdString();

    EXPECT_EQ(jisrctl({u"--user"_qs, u"medecin1"_qs, u"search"_qs, u"alaoui"_qs},
                      u"Cedre-du-Moyen-Atlas"_qs)
                  .exitCode,
              0);
    EXPECT_EQ(
        jisrctl({u"--user"_qs, u"medecin1"_qs, u"search"_qs, u"alaoui"_qs}, u"provisoire-2026"_qs)
            .exitCode,
        6);
}

TEST_F(JisrctlTest, AnImportWithOneBadRowNamesItAndWritesNothing)
{
    const QString csv = m_dir.filePath(u"beneficiaires.csv"_qs);
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("family_name_ar;given_name_ar;sex;birth_date;cin\r\n"
            "\xd8\xa8\xd9\x86\xd8\xa7\xd9\x86\xd9\x8a;\xd8\xb3\xd8\xb9\xd8\xa7\xd8\xaf;F;"
            "03/05/1984;EE111111\r\n"
            "\xd8\xa7\xd9\x84\xd8\xb9\xd9\x84\xd9\x88\xd9\x8a;\xd8\xb9\xd9\x84\xd9\x8a;M;"
            "31/02/1975;EE222222\r\n");
    f.close();

    const Outcome r = asAdmin({u"case"_qs, u"import"_qs, csv});
    EXPECT_EQ(r.exitCode, 3);
    // The reason, then one indented line per bad row with its line number and value.
    const QStringList lines = r.err.trimmed().split(u'\n');
    ASSERT_EQ(lines.size(), 2) << r.err.toStdString();
    EXPECT_TRUE(lines.at(1).contains(QRegularExpression(u"\\b3\\b"_qs)) &&
                lines.at(1).contains(u"31/02/1975"_qs))
        << r.err.toStdString();
    EXPECT_EQ(asAdmin({u"--json"_qs, u"search"_qs, u"ee111111"_qs}).json().array().size(), 0)
        << "the good row was not written either";
}

// Looking a dossier up in the audit log is not opening it: "who opened this file" must not list
// the administrator who only read the log.
TEST_F(JisrctlTest, AuditListByDossierDoesNotCountAsAView)
{
    const Outcome added = asAdmin({u"--json"_qs, u"case"_qs, u"add"_qs, u"--family-name-ar"_qs,
                                   u"بناني"_qs, u"--given-name-ar"_qs, u"سعاد"_qs, u"--sex"_qs,
                                   u"F"_qs, u"--birth-date"_qs, u"03/05/1984"_qs});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const QString dossier = added.json().object().value(u"dossier"_qs).toString();

    const Outcome listed =
        asAdmin({u"--json"_qs, u"audit"_qs, u"list"_qs, u"--case"_qs, dossier.toLower()});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray entries = listed.json().array();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().toObject().value(u"action"_qs).toString(), u"case_created"_qs);
    EXPECT_EQ(entries.first().toObject().value(u"dossier"_qs).toString(), dossier);

    const Outcome views =
        asAdmin({u"--json"_qs, u"audit"_qs, u"list"_qs, u"--action"_qs, u"case_viewed"_qs});
    EXPECT_EQ(views.json().array().size(), 0) << views.out.toStdString();
}

TEST_F(JisrctlTest, AWrongPasswordAndAnUnknownCommandHaveTheirOwnExitCodes)
{
    EXPECT_EQ(
        jisrctl({u"--user"_qs, u"admin"_qs, u"search"_qs, u"x"_qs}, u"pas-le-bon-1"_qs).exitCode,
        6);
    EXPECT_EQ(asAdmin({u"frobnicate"_qs}).exitCode, 2);
}

} // namespace
