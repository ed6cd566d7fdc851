// jisrctl run as IT and scripts run it: a separate process, a real data folder, exit codes and
// one-line reasons. The core behind it is tested in unit/; here, what the command line adds.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <functional>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

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
        const Outcome init =
            jisrctl({u"init"_s, u"--province"_s, u"MA-FES"_s, u"--centre"_s,
                     u"Centre médico-social de Fès"_s, u"--admin"_s, u"admin"_s,
                     u"--admin-name-fr"_s, u"Administrateur"_s, u"--admin-name-ar"_s, u"المسؤول"_s},
                    AdminPassword);
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    }

    // Runs jisrctl on the test's folder; `password` goes in JISR_PASSWORD, `input` on stdin.
    Outcome jisrctl(const QStringList &args, const QString &password = {},
                    const QByteArray &input = {}, const QString &newPassword = {})
    {
        return run(QStringList{u"--data-dir"_s, m_dir.path()} + args, password, input, newPassword);
    }

    // Runs jisrctl with exactly these arguments.
    Outcome run(const QStringList &args, const QString &password = {}, const QByteArray &input = {},
                const QString &newPassword = {}, const std::function<void()> &inChild = {})
    {
        QProcess p;
        if (inChild)
            p.setChildProcessModifier(inChild);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"JISR_PASSWORD"_s);
        env.remove(u"JISR_NEW_PASSWORD"_s);
        if (!password.isEmpty())
            env.insert(u"JISR_PASSWORD"_s, password);
        if (!newPassword.isEmpty())
            env.insert(u"JISR_NEW_PASSWORD"_s, newPassword);
        p.setProcessEnvironment(env);
        p.start(QString::fromUtf8(JISRCTL_PATH), args);
        p.write(input);
        p.closeWriteChannel();
        EXPECT_TRUE(p.waitForFinished(60000));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    Outcome asAdmin(const QStringList &args)
    {
        return jisrctl(QStringList{u"--user"_s, u"admin"_s} + args, AdminPassword);
    }

    void addUser(const QString &login, const QString &roles, const QString &password)
    {
        const Outcome r =
            jisrctl({u"--user"_s, u"admin"_s, u"user"_s, u"add"_s, login, u"--name-fr"_s, login,
                     u"--name-ar"_s, u"مستخدم"_s, u"--roles"_s, roles},
                    AdminPassword, {}, password);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }

    QTemporaryDir m_dir;
};

TEST_F(JisrctlTest, ARegisteredPersonIsFoundByAVariantSpellingInTheOtherScript)
{
    const Outcome added =
        asAdmin({u"--json"_s, u"case"_s, u"add"_s, u"--family-name-ar"_s, u"الوزاني"_s,
                 u"--given-name-ar"_s, u"محمد"_s, u"--sex"_s, u"M"_s, u"--birth-date"_s,
                 u"12/04/1990"_s, u"--cin"_s, u"cd 123456"_s});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const QJsonObject file = added.json().object();
    EXPECT_EQ(file.value(u"cin"_s).toString(), u"CD123456"_s);
    EXPECT_TRUE(file.value(u"dossier"_s).toString().startsWith(u"FES-"_s));

    // Only the Arabic name was given: found from a French-style spelling.
    const Outcome found = asAdmin({u"--json"_s, u"search"_s, u"Mohammed Ouazzani"_s});
    ASSERT_EQ(found.exitCode, 0) << found.err.toStdString();
    const QJsonArray hits = found.json().array();
    ASSERT_EQ(hits.size(), 1);
    const QJsonObject hit = hits.first().toObject();
    EXPECT_EQ(hit.value(u"id"_s), file.value(u"id"_s));
    EXPECT_EQ(hit.value(u"name_ar"_s).toString(), u"محمد الوزاني"_s);
    EXPECT_EQ(hit.value(u"birth_date"_s).toString(), u"1990-04-12"_s);

    // محمود is another name, not a spelling of محمد.
    const Outcome other = asAdmin({u"--json"_s, u"search"_s, u"محمود الوزاني"_s});
    EXPECT_EQ(other.json().array().size(), 0) << other.out.toStdString();

    const Outcome shown =
        asAdmin({u"--json"_s, u"case"_s, u"show"_s, file.value(u"dossier"_s).toString()});
    ASSERT_EQ(shown.exitCode, 0);
    EXPECT_EQ(shown.json().object().value(u"id"_s), file.value(u"id"_s));
}

TEST_F(JisrctlTest, AnInvalidFieldIsRefusedWithExitCode3AndItsReason)
{
    const Outcome r =
        asAdmin({u"case"_s, u"add"_s, u"--family-name-ar"_s, u"الوزاني"_s, u"--given-name-ar"_s,
                 u"محمد"_s, u"--sex"_s, u"M"_s, u"--birth-date"_s, u"31/02/1990"_s});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_FALSE(r.err.trimmed().isEmpty());
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(asAdmin({u"--json"_s, u"search"_s, u"الوزاني"_s}).json().array().size(), 0);
}

TEST_F(JisrctlTest, ARoleThatMayNotManageAccountsIsRefusedWithExitCode5)
{
    addUser(u"accueil1"_s, u"reception"_s, u"provisoire-2026"_s);
    // The current password in JISR_PASSWORD, the new one on standard input.
    ASSERT_EQ(jisrctl({u"--user"_s, u"accueil1"_s, u"user"_s, u"passwd"_s}, u"provisoire-2026"_s,
                      "Sel-et-menthe-42\n")
                  .exitCode,
              0);
    const Outcome r =
        jisrctl({u"--user"_s, u"accueil1"_s, u"user"_s, u"add"_s, u"intrus"_s, u"--name-fr"_s,
                 u"Intrus"_s, u"--name-ar"_s, u"دخيل"_s, u"--roles"_s, u"administrator"_s},
                u"Sel-et-menthe-42"_s, {}, u"Intrus-motdepasse-1"_s);
    EXPECT_EQ(r.exitCode, 5) << r.err.toStdString();
    EXPECT_EQ(r.err.trimmed().count(u'\n'), 0) << "one line: " << r.err.toStdString();
    const Outcome users = asAdmin({u"--json"_s, u"user"_s, u"list"_s});
    for (const QJsonValue &u : users.json().array())
        EXPECT_NE(u.toObject().value(u"login"_s).toString(), u"intrus"_s);
}

TEST_F(JisrctlTest, ATemporaryPasswordMustBeReplacedBeforeAnythingElse)
{
    addUser(u"medecin1"_s, u"doctor"_s, u"provisoire-2026"_s);

    const Outcome blocked =
        jisrctl({u"--user"_s, u"medecin1"_s, u"search"_s, u"alaoui"_s}, u"provisoire-2026"_s);
    EXPECT_EQ(blocked.exitCode, 6);
    EXPECT_TRUE(blocked.err.contains(u"user passwd"_s)) << blocked.err.toStdString();

    // Both passwords on standard input, one per line, as a script would pipe them.
    const Outcome changed = jisrctl({u"--user"_s, u"medecin1"_s, u"user"_s, u"passwd"_s}, {},
                                    "provisoire-2026\nCedre-du-Moyen-Atlas\n");
    ASSERT_EQ(changed.exitCode, 0) << changed.err.toStdString();

    EXPECT_EQ(
        jisrctl({u"--user"_s, u"medecin1"_s, u"search"_s, u"alaoui"_s}, u"Cedre-du-Moyen-Atlas"_s)
            .exitCode,
        0);
    EXPECT_EQ(jisrctl({u"--user"_s, u"medecin1"_s, u"search"_s, u"alaoui"_s}, u"provisoire-2026"_s)
                  .exitCode,
              6);
}

TEST_F(JisrctlTest, AnImportWithOneBadRowNamesItAndWritesNothing)
{
    const QString csv = m_dir.filePath(u"beneficiaires.csv"_s);
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("family_name_ar;given_name_ar;sex;birth_date;cin\r\n"
            "\xd8\xa8\xd9\x86\xd8\xa7\xd9\x86\xd9\x8a;\xd8\xb3\xd8\xb9\xd8\xa7\xd8\xaf;F;"
            "03/05/1984;EE111111\r\n"
            "\xd8\xa7\xd9\x84\xd8\xb9\xd9\x84\xd9\x88\xd9\x8a;\xd8\xb9\xd9\x84\xd9\x8a;M;"
            "31/02/1975;EE222222\r\n");
    f.close();

    const Outcome r = asAdmin({u"case"_s, u"import"_s, csv});
    EXPECT_EQ(r.exitCode, 3);
    // The reason, then one indented line per bad row with its line number and value.
    const QStringList lines = r.err.trimmed().split(u'\n');
    ASSERT_EQ(lines.size(), 2) << r.err.toStdString();
    EXPECT_TRUE(lines.at(1).contains(QRegularExpression(u"\\b3\\b"_s)) &&
                lines.at(1).contains(u"31/02/1975"_s))
        << r.err.toStdString();
    EXPECT_EQ(asAdmin({u"--json"_s, u"search"_s, u"ee111111"_s}).json().array().size(), 0)
        << "the good row was not written either";
}

// Looking a dossier up in the audit log is not opening it: "who opened this file" must not list
// the administrator who only read the log.
TEST_F(JisrctlTest, AuditListByDossierDoesNotCountAsAView)
{
    const Outcome added = asAdmin({u"--json"_s, u"case"_s, u"add"_s, u"--family-name-ar"_s,
                                   u"بناني"_s, u"--given-name-ar"_s, u"سعاد"_s, u"--sex"_s, u"F"_s,
                                   u"--birth-date"_s, u"03/05/1984"_s});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const QString dossier = added.json().object().value(u"dossier"_s).toString();

    const Outcome listed =
        asAdmin({u"--json"_s, u"audit"_s, u"list"_s, u"--case"_s, dossier.toLower()});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray entries = listed.json().array();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().toObject().value(u"action"_s).toString(), u"case_created"_s);
    EXPECT_EQ(entries.first().toObject().value(u"dossier"_s).toString(), dossier);

    const Outcome views =
        asAdmin({u"--json"_s, u"audit"_s, u"list"_s, u"--action"_s, u"case_viewed"_s});
    EXPECT_EQ(views.json().array().size(), 0) << views.out.toStdString();
}

TEST_F(JisrctlTest, AWrongPasswordAndAnUnknownCommandHaveTheirOwnExitCodes)
{
    EXPECT_EQ(jisrctl({u"--user"_s, u"admin"_s, u"search"_s, u"x"_s}, u"pas-le-bon-1"_s).exitCode,
              6);
    EXPECT_EQ(asAdmin({u"frobnicate"_s}).exitCode, 2);
}

// ---- Defects found by a hostile review -------------------------------------------------------

namespace {

const QStringList Souad = {
    u"--family-name-ar"_s, u"بناني"_s,     u"--given-name-ar"_s, u"سعاد"_s, u"--sex"_s, u"F"_s,
    u"--birth-date"_s,     u"03/05/1984"_s};

std::string shown(const QStringList &args)
{
    return args.join(u' ').toStdString();
}

// The permission bits of a file or folder, as `ls -l` shows them, in octal ("0700").
std::string modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return "missing";
    return QString::number(st.st_mode & 07777, 8).prepend(u'0').toStdString();
}

bool hasControlCharacter(const QString &text, QStringView allowed = u"\n")
{
    for (QChar c : text)
        if (c.category() == QChar::Other_Control && !allowed.contains(c))
            return true;
    return false;
}

} // namespace

// `case import f.csv --dryrun=1` imported for real: a mistyped option was ignored.
TEST_F(JisrctlTest, AnUnknownOptionIsRefusedBeforeAnythingIsDone)
{
    const QString csv = m_dir.filePath(u"one.csv"_s);
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("family_name_lat,given_name_lat,sex,birth_date,cin\nTazi,Ali,M,01/01/1970,EE333333\n");
    f.close();
    const QString out = QDir::temp().filePath(u"jisr-never-written.csv"_s);
    const QList<QStringList> mistakes = {
        {u"case"_s, u"import"_s, csv, u"--dryrun=1"_s},
        {u"case"_s, u"import"_s, csv, u"--dryrun"_s},
        {u"case"_s, u"import"_s, csv, u"--dry-run=perhaps"_s},
        {u"case"_s, u"import"_s, csv, u"--dry-run"_s, u"--encodng"_s, u"utf-8"_s},
        {u"case"_s, u"import"_s, csv, u"--json"_s}, // a global option after the command
        {u"--jsn"_s, u"case"_s, u"import"_s, csv},
        {u"--data-dir-x=/tmp"_s, u"case"_s, u"import"_s, csv},
        {u"case"_s, u"import"_s, csv, u"-n"_s},
        {u"case"_s, u"show"_s, u"FES-2026-X-0001"_s, u"--full"_s},
        {u"case"_s, u"export"_s, out, u"--force"_s},
        QStringList{u"case"_s, u"add"_s} + Souad + QStringList{u"--nickname"_s, u"x"_s},
        {u"search"_s, u"tazi"_s, u"--limt=5"_s},
        {u"audit"_s, u"verify"_s, u"--quick"_s},
        {u"audit"_s, u"list"_s, u"--since"_s, u"01/01/2026"_s},
        {u"audit"_s, u"export"_s, out, u"--everything"_s},
        {u"user"_s, u"list"_s, u"--all"_s},
        {u"user"_s, u"add"_s, u"karim"_s, u"--name"_s, u"Karim"_s, u"--roles"_s, u"doctor"_s},
        {u"demo"_s, u"--case"_s, u"5"_s},
        {u"init"_s, u"--province"_s, u"MA-FES"_s, u"--centre"_s, u"Fès"_s, u"--admn"_s, u"x"_s},
    };
    for (const QStringList &args : mistakes) {
        const Outcome r = asAdmin(args);
        EXPECT_EQ(r.exitCode, 2) << shown(args) << ": " << r.err.toStdString();
        EXPECT_EQ(r.err.trimmed().count(u'\n'), 0) << "one line: " << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << shown(args);
    }
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_EQ(asAdmin({u"--json"_s, u"search"_s, u"ee333333"_s}).json().array().size(), 0);
    EXPECT_EQ(asAdmin({u"--json"_s, u"audit"_s, u"list"_s, u"--action"_s,
                       u"cases_imported,user_created"_s})
                  .json()
                  .array()
                  .size(),
              1) // the administrator, created by init
        << "nothing was imported or added";
}

// Options are hyphenated everywhere; the underscore spelling older scripts used still works.
TEST_F(JisrctlTest, HyphenatedOptionsAndTheirOlderUnderscoreSpellings)
{
    ASSERT_EQ(asAdmin(QStringList{u"case"_s, u"add"_s} + Souad).exitCode, 0);
    // The same person again is a possible duplicate: registered only when confirmed.
    EXPECT_EQ(asAdmin(QStringList{u"case"_s, u"add"_s} + Souad).exitCode, 3);
    EXPECT_EQ(
        asAdmin(QStringList{u"case"_s, u"add"_s} + Souad + QStringList{u"--confirm-duplicate"_s})
            .exitCode,
        0);
    EXPECT_EQ(asAdmin(QStringList{u"case"_s, u"add"_s, u"--confirm_duplicate"_s} + Souad).exitCode,
              0);
    const Outcome yearOnly = asAdmin(
        {u"--json"_s, u"case"_s, u"add"_s, u"--family-name-lat"_s, u"Tazi"_s, u"--given-name-lat"_s,
         u"Ali"_s, u"--sex"_s, u"M"_s, u"--birth-year-only"_s, u"--birth_year"_s, u"1950"_s});
    ASSERT_EQ(yearOnly.exitCode, 0) << yearOnly.err.toStdString();
    EXPECT_EQ(yearOnly.json().object().value(u"birth_year"_s).toInt(), 1950);

    const QString csv = m_dir.filePath(u"one.csv"_s);
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("family_name_lat,given_name_lat,sex,birth_date\nAmrani,Karim,M,01/01/1970\n");
    f.close();
    for (const QString &dryRun : {u"--dry-run"_s, u"--dry_run"_s, u"--dry-run=1"_s})
        EXPECT_EQ(asAdmin({u"case"_s, u"import"_s, csv, dryRun}).exitCode, 0)
            << dryRun.toStdString();
    EXPECT_EQ(asAdmin({u"--json"_s, u"search"_s, u"amrani"_s}).json().array().size(), 0);
    const Outcome global = run({u"--data-dir="_s + m_dir.path(), u"--user=admin"_s, u"--json"_s,
                                u"search"_s, u"--limit=5"_s, u"بناني"_s},
                               AdminPassword);
    ASSERT_EQ(global.exitCode, 0) << global.err.toStdString();
    EXPECT_EQ(global.json().array().size(), 3);
}

// `case import /dev/zero` got past the size limit (a device's size is 0) and aborted with
// bad_alloc.
TEST_F(JisrctlTest, ImportingADeviceAPipeOrAFolderIsRefusedNotACrash)
{
    // As much memory as a workstation has: reading /dev/zero to its end exhausts it.
    const auto workstationMemory = [] {
        const rlimit limit{rlim_t(2) << 30, rlim_t(2) << 30};
        ::setrlimit(RLIMIT_AS, &limit);
    };
    const QString fifo = m_dir.filePath(u"pipe.csv"_s);
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString &path : {u"/dev/zero"_s, m_dir.path(), fifo}) {
        const Outcome r = run(
            {u"--data-dir"_s, m_dir.path(), u"--user"_s, u"admin"_s, u"case"_s, u"import"_s, path},
            AdminPassword, {}, {}, workstationMemory);
        EXPECT_EQ(r.exitCode, 3) << path.toStdString() << ": " << r.err.toStdString();
        EXPECT_EQ(r.err.trimmed().count(u'\n'), 0) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(path)) << r.err.toStdString();
    }
}

// `case export` or `audit export` pointed at the live jisr.sqlite replaced the database and
// reported success.
TEST_F(JisrctlTest, AnExportOverTheDatabaseIsRefusedAndTheCentreStillWorks)
{
    ASSERT_EQ(asAdmin(QStringList{u"case"_s, u"add"_s} + Souad).exitCode, 0);
    const QString db = m_dir.filePath(u"jisr.sqlite"_s);
    const QList<QStringList> exports = {
        {u"case"_s, u"export"_s, db},
        {u"audit"_s, u"export"_s, db},
        {u"case"_s, u"export"_s, m_dir.filePath(u"documents/export.csv"_s)},
    };
    for (const QStringList &args : exports) {
        const Outcome r = asAdmin(args);
        EXPECT_EQ(r.exitCode, 3) << shown(args) << ": " << r.out.toStdString();
        EXPECT_EQ(r.err.trimmed().count(u'\n'), 0) << r.err.toStdString();
    }
    EXPECT_EQ(asAdmin({u"audit"_s, u"verify"_s}).exitCode, 0);
    EXPECT_EQ(asAdmin({u"--json"_s, u"search"_s, u"بناني"_s}).json().array().size(), 1);
    QTemporaryDir elsewhere;
    EXPECT_EQ(asAdmin({u"case"_s, u"export"_s, elsewhere.filePath(u"cases.csv"_s)}).exitCode, 0);
}

// A mistyped --data-dir silently created an empty database.
TEST_F(JisrctlTest, AMistypedDataFolderIsNamedAndNothingIsCreated)
{
    QTemporaryDir root;
    const QString typo = root.filePath(u"jisr-dta"_s);
    const QList<QStringList> commands = {
        {u"search"_s, u"tazi"_s},
        {u"case"_s, u"show"_s, u"X"_s},
        {u"user"_s, u"list"_s},
        {u"audit"_s, u"verify"_s},
        {u"demo"_s, u"--cases"_s, u"1"_s},
        {u"case"_s, u"export"_s, root.filePath(u"x.csv"_s)},
    };
    for (const QString &dir : {typo, root.path()}) { // missing, and there but empty
        for (const QStringList &args : commands) {
            const Outcome r = run(QStringList{u"--data-dir"_s, dir, u"--user"_s, u"admin"_s} + args,
                                  AdminPassword);
            EXPECT_EQ(r.exitCode, 4) << shown(args) << ": " << r.err.toStdString();
            EXPECT_TRUE(r.err.contains(dir)) << r.err.toStdString();
            EXPECT_EQ(r.err.trimmed().count(u'\n'), 0) << r.err.toStdString();
        }
    }
    EXPECT_FALSE(QFileInfo::exists(typo));
    EXPECT_TRUE(QDir(root.path()).isEmpty());
    // Only init creates a centre.
    const Outcome init = run({u"--data-dir"_s, typo, u"init"_s, u"--province"_s, u"MA-RAB"_s,
                              u"--centre"_s, u"Centre de Rabat"_s, u"--admin"_s, u"admin"_s,
                              u"--admin-name-fr"_s, u"Administrateur"_s},
                             AdminPassword);
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_EQ(
        run({u"--data-dir"_s, typo, u"--user"_s, u"admin"_s, u"search"_s, u"tazi"_s}, AdminPassword)
            .exitCode,
        0);
}

// The data folder was created with the umask: 0755 folders, a 0644 database.
TEST_F(JisrctlTest, InitMakesTheDataFolderPrivateToTheAccount)
{
    QTemporaryDir root;
    const QString dir = root.filePath(u"centre"_s);
    const Outcome init = run({u"--data-dir"_s, dir, u"init"_s, u"--province"_s, u"MA-RAB"_s,
                              u"--centre"_s, u"Centre de Rabat"_s, u"--admin"_s, u"admin"_s,
                              u"--admin-name-fr"_s, u"Administrateur"_s},
                             AdminPassword);
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_EQ(modeOf(dir), "0700");
    EXPECT_EQ(modeOf(dir + u"/documents"_s), "0700");
    EXPECT_EQ(modeOf(dir + u"/jisr.sqlite"_s), "0600");
}

// ESC and BEL kept in an address were printed raw by `case show`, and ran in the terminal.
TEST_F(JisrctlTest, CaseShowNeverSendsAControlCharacterToTheTerminal)
{
    const Outcome added = asAdmin(
        QStringList{u"--json"_s, u"case"_s, u"add"_s} + Souad +
        QStringList{u"--address"_s, u"Hay\u001b]0;pwned\u0007 Riad\u001b[2J"_s, u"--commune"_s,
                    u"Agdal\u009b31m"_s, u"--birth-place"_s, u"Fès\nsex: M"_s, u"--amo-number"_s,
                    u"\u001b[8m42"_s, u"--amo-regime"_s, u"tadamon"_s});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const QString dossier = added.json().object().value(u"dossier"_s).toString();
    const Outcome shownCase = asAdmin({u"case"_s, u"show"_s, dossier});
    ASSERT_EQ(shownCase.exitCode, 0) << shownCase.err.toStdString();
    EXPECT_FALSE(hasControlCharacter(shownCase.out)) << shownCase.out.toStdString();
    EXPECT_TRUE(shownCase.out.contains(u"address: Hay]0;pwned Riad[2J\n"_s))
        << shownCase.out.toStdString();
    EXPECT_TRUE(shownCase.out.contains(u"birth_place: Fès sex: M\n"_s)) << "one field, one line";

    // A file written before these rules (or by another program) may still hold them.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(m_dir.filePath(u"jisr.sqlite"_s));
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(u"UPDATE case_files SET address = 'Hay' || char(27) || '[2J' || "
                           "char(10) || 'sex: M' || char(155) || '0m'"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    const Outcome old = asAdmin({u"case"_s, u"show"_s, dossier});
    ASSERT_EQ(old.exitCode, 0) << old.err.toStdString();
    EXPECT_FALSE(hasControlCharacter(old.out)) << old.out.toStdString();
    EXPECT_FALSE(old.out.contains(u"\nsex: M"_s)) << "no forged line: " << old.out.toStdString();
    const Outcome json = asAdmin({u"--json"_s, u"case"_s, u"show"_s, dossier});
    EXPECT_TRUE(json.json().object().value(u"address"_s).toString().startsWith(u"Hay\u001b"_s))
        << "JSON escapes it, and gives the stored value";
}

// `demo` ran for a reception account and wrote made-up people into a real centre's database;
// a refused demo left no trace in the audit log.
TEST_F(JisrctlTest, DemoPeopleGoOnlyIntoADemoDatabaseByAnAdministrator)
{
    addUser(u"accueil1"_s, u"reception"_s, u"provisoire-2026"_s);
    ASSERT_EQ(jisrctl({u"--user"_s, u"accueil1"_s, u"user"_s, u"passwd"_s}, u"provisoire-2026"_s,
                      "Sel-et-menthe-42\n")
                  .exitCode,
              0);
    const QStringList demo = {u"demo"_s, u"--cases"_s, u"3"_s};
    EXPECT_EQ(
        jisrctl(QStringList{u"--user"_s, u"accueil1"_s} + demo, u"Sel-et-menthe-42"_s).exitCode, 5);
    EXPECT_EQ(asAdmin(demo).exitCode, 5) << "a real centre's database";
    const auto entries = [this](const QString &action) {
        return asAdmin({u"--json"_s, u"audit"_s, u"list"_s, u"--action"_s, action}).json().array();
    };
    EXPECT_EQ(entries(u"case_created"_s).size(), 0);
    const QJsonArray denied = entries(u"permission_denied"_s);
    ASSERT_EQ(denied.size(), 2);
    for (const QJsonValue &e : denied)
        EXPECT_EQ(e.toObject().value(u"details"_s).toString(), u"load_demo_data"_s);

    const Outcome confirmed = asAdmin(demo + QStringList{u"--confirm-real-centre"_s});
    ASSERT_EQ(confirmed.exitCode, 0) << confirmed.err.toStdString();
    EXPECT_EQ(entries(u"case_created"_s).size(), 3);
    const QJsonArray imported = entries(u"cases_imported"_s);
    ASSERT_EQ(imported.size(), 1);
    EXPECT_TRUE(imported.first()
                    .toObject()
                    .value(u"details"_s)
                    .toString()
                    .contains(u"confirm-real-centre"_s));
    EXPECT_EQ(
        asAdmin({u"init"_s, u"--province"_s, u"MA-FES"_s, u"--centre"_s, u"Fès"_s, u"--demo"_s})
            .exitCode,
        3)
        << "an existing centre does not become a demo";

    // A database created as a demo takes them, and the demo accounts, without a confirmation.
    QTemporaryDir demoDir;
    ASSERT_EQ(run({u"--data-dir"_s, demoDir.path(), u"init"_s, u"--demo"_s, u"--province"_s,
                   u"MA-RAB"_s, u"--centre"_s, u"Démonstration"_s, u"--admin"_s, u"admin"_s,
                   u"--admin-name-fr"_s, u"Administrateur"_s},
                  AdminPassword)
                  .exitCode,
              0);
    const Outcome loaded =
        run(QStringList{u"--data-dir"_s, demoDir.path(), u"--user"_s, u"admin"_s} + demo +
                QStringList{u"--with-users"_s},
            AdminPassword);
    EXPECT_EQ(loaded.exitCode, 0) << loaded.err.toStdString();
}

} // namespace

// The centre has a name in each language: `init --centre-ar` gives the Arabic one, `--centre`
// stays the French one.
TEST_F(JisrctlTest, InitTakesTheCentresArabicName)
{
    QTemporaryDir root;
    const QString dir = root.filePath(u"centre"_s);
    const Outcome init =
        run({u"--data-dir"_s, dir, u"--json"_s, u"init"_s, u"--province"_s, u"MA-RAB"_s,
             u"--centre"_s, u"Centre de Rabat"_s, u"--centre-ar"_s, u"مركز الرباط"_s, u"--admin"_s,
             u"admin"_s, u"--admin-name-fr"_s, u"Administrateur"_s},
            AdminPassword);
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_EQ(init.json()[u"centre"_s].toString(), u"Centre de Rabat"_s);
    EXPECT_EQ(init.json()[u"centre_ar"_s].toString(), u"مركز الرباط"_s);
}
