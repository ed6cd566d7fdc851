// A workstation runs the window, a background sync connection and scheduled jisrctl tasks on
// one database file. Many jisrctl processes at once, as they really run: readers never block
// writers, every write waits for its turn, and every failed login is counted.
#include "cases/casefile.h"
#include "demo/demodatagenerator.h"
#include "platform/db/database.h"
#include "platform/db/sqlquery.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace jisr;

namespace {

const QString AdminPassword = QStringLiteral("Atlas-cedre-2026");

class ConcurrentProcessesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto init =
            start({u"init"_s, u"--province"_s, u"MA-OUJ"_s, u"--centre"_s,
                   u"Centre médico-social d'Oujda"_s, u"--admin"_s, u"admin"_s,
                   u"--admin-name-fr"_s, u"Administrateur"_s, u"--admin-name-ar"_s, u"المسؤول"_s},
                  AdminPassword);
        ASSERT_EQ(finish(*init), 0) << init->readAllStandardError().toStdString();
    }

    std::unique_ptr<QProcess> start(const QStringList &args, const QString &password)
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"JISR_PASSWORD"_s, password);
        p->setProcessEnvironment(env);
        p->start(QString::fromUtf8(JISRCTL_PATH),
                 QStringList{u"--data-dir"_s, m_dir.path()} + args);
        p->closeWriteChannel();
        return p;
    }

    static int finish(QProcess &p)
    {
        EXPECT_TRUE(p.waitForFinished(120000));
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    // Starts `n` copies of a command at once and returns their exit codes and error lines.
    std::vector<std::pair<int, QString>> together(int n, const QStringList &args,
                                                  const QString &password)
    {
        std::vector<std::unique_ptr<QProcess>> running;
        for (int i = 0; i < n; ++i)
            running.push_back(start(args, password));
        std::vector<std::pair<int, QString>> out;
        for (auto &p : running) {
            const int code = finish(*p);
            out.emplace_back(code, QString::fromUtf8(p->readAllStandardError()).trimmed());
        }
        return out;
    }

    qint64 count(const QString &sql)
    {
        Database db(m_dir.filePath(u"jisr.sqlite"_s));
        const auto rows = selectRows(db.connection(), sql);
        return rows.isEmpty() ? -1 : rows.first().first().toLongLong();
    }

    // A CSV of `n` generated people, as a centre's old spreadsheet would be.
    QString csvOf(int n)
    {
        const QString path = m_dir.filePath(u"import.csv"_s);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        const QStringList columns = CaseFileCodes::editableFields();
        f.write(columns.join(u',').toUtf8() + '\n');
        DemoDataGenerator people(11, 0, u"MA-OUJ"_s);
        for (int i = 0; i < n; ++i) {
            const QVariantMap row = people.next().toFieldMap();
            QStringList cells;
            for (const QString &c : columns) {
                QString v = row.value(c).toString();
                cells << u'"' + v.replace(u"\""_s, u"\"\""_s) + u'"';
            }
            f.write(cells.join(u',').toUtf8() + '\n');
        }
        return path;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ConcurrentProcessesTest, EightLoginsAtOnceAllSucceed)
{
    for (const auto &[code, err] : together(
             8, {u"--user"_s, u"admin"_s, u"--json"_s, u"search"_s, u"alaoui"_s}, AdminPassword))
        EXPECT_EQ(code, 0) << err.toStdString();
    EXPECT_EQ(count(u"SELECT count(*) FROM audit_log WHERE action = 'login'"_s), 8);
}

TEST_F(ConcurrentProcessesTest, TwentyWrongPasswordsAtOnceAreEachRefusedAndEachCounted)
{
    const auto outcomes =
        together(20, {u"--user"_s, u"admin"_s, u"search"_s, u"x"_s}, u"not-the-password"_s);
    for (const auto &[code, err] : outcomes) {
        EXPECT_EQ(code, 6) << err.toStdString(); // authentication, not "database is locked"
        EXPECT_EQ(err, outcomes.front().second);
    }
    EXPECT_EQ(count(u"SELECT count(*) FROM audit_log WHERE action = 'login_failed' "
                    "AND details = 'wrong password'"_s),
              20);
    EXPECT_EQ(count(u"SELECT sum(failures) FROM login_throttle"_s), 20);
}

TEST_F(ConcurrentProcessesTest, SixRegistrationsAtOnceAreAllSavedWithTheirOwnNumbers)
{
    std::vector<std::unique_ptr<QProcess>> running;
    const QStringList names{u"Alami"_s,    u"Bennani"_s, u"Chraibi"_s,
                            u"Doukkali"_s, u"Filali"_s,  u"Guessous"_s};
    for (const QString &name : names)
        running.push_back(start({u"--user"_s, u"admin"_s, u"case"_s, u"add"_s,
                                 u"--family-name-lat"_s, name, u"--given-name-lat"_s, u"Amina"_s,
                                 u"--sex"_s, u"F"_s, u"--birth-date"_s, u"02/03/1991"_s},
                                AdminPassword));
    for (auto &p : running)
        EXPECT_EQ(finish(*p), 0) << p->readAllStandardError().toStdString();
    EXPECT_EQ(count(u"SELECT count(*) FROM case_files"_s), 6);
    EXPECT_EQ(count(u"SELECT count(DISTINCT dossier_no) FROM case_files"_s), 6);
    EXPECT_EQ(count(u"SELECT count(*) FROM change_log WHERE table_name = 'case_files'"_s), 6);
}

TEST_F(ConcurrentProcessesTest, LoginsDuringALargeImportWaitTheirTurnAndSucceed)
{
    const QString csv = csvOf(3000);
    auto import = start({u"--user"_s, u"admin"_s, u"case"_s, u"import"_s, csv}, AdminPassword);
    std::vector<std::unique_ptr<QProcess>> logins;
    for (int i = 0; i < 6; ++i) {
        QThread::msleep(300); // spread over the import's checking and writing
        logins.push_back(start({u"--user"_s, u"admin"_s, u"search"_s, u"amina"_s}, AdminPassword));
    }
    for (auto &p : logins)
        EXPECT_EQ(finish(*p), 0) << p->readAllStandardError().toStdString();
    EXPECT_EQ(finish(*import), 0) << import->readAllStandardError().toStdString();
    EXPECT_EQ(count(u"SELECT count(*) FROM case_files"_s), 3000);
    EXPECT_EQ(count(u"SELECT count(*) FROM audit_log WHERE action = 'login'"_s), 7);
}
