// Appointments through jisrctl, as IT sets a centre up and scripts book: real processes on a
// real folder, the command names, options and JSON fields of the issue, and two processes
// booking the same time at once. The program is jisrctl built on a clock the test sets
// (jisrctl_manualclock, JISR_TEST_NOW): "today" is Monday 15 March 2027 at 08:00 in Casablanca
// whatever day the tests run, so that nothing is skipped late at night or on a holiday.
#include "scheduling/nationalholidays.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString AdminPassword = u"Atlas-cedre-2026"_s;
const QString DeskPassword = u"Sel-et-menthe-42"_s;
// The centre's local time for every jisrctl of these tests: a working Monday, not a holiday.
const QDate Today(2027, 3, 15);
const QString Now = u"2027-03-15T08:00"_s;

struct Outcome
{
    int exitCode = -1;
    QString out, err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

class JisrctlAppointmentsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_EQ(
            run({u"init"_s, u"--province"_s, u"MA-RAB"_s, u"--centre"_s, u"Centre"_s, u"--admin"_s,
                 u"admin"_s, u"--admin-name-fr"_s, u"Admin"_s, u"--admin-name-ar"_s, u"المسؤول"_s},
                AdminPassword)
                .exitCode,
            0);
        ASSERT_EQ(run({u"--user"_s, u"admin"_s, u"user"_s, u"add"_s, u"accueil"_s, u"--name-fr"_s,
                       u"Accueil"_s, u"--name-ar"_s, u"الاستقبال"_s, u"--roles"_s, u"reception"_s},
                      AdminPassword, {}, u"provisoire-2026"_s)
                      .exitCode,
                  0);
        ASSERT_EQ(run({u"--user"_s, u"accueil"_s, u"user"_s, u"passwd"_s}, u"provisoire-2026"_s,
                      DeskPassword.toUtf8() + '\n')
                      .exitCode,
                  0);
        pmr = idOf(
            admin({u"practitioner"_s, u"add"_s, u"--name-fr"_s, u"Dr Alaoui"_s, u"--name-ar"_s,
                   u"د. العلوي"_s, u"--profession"_s, u"doctor"_s, u"--specialty"_s, u"pmr"_s}));
        sw =
            idOf(admin({u"practitioner"_s, u"add"_s, u"--name-fr"_s, u"Nadia Tazi"_s,
                        u"--name-ar"_s, u"نادية التازي"_s, u"--profession"_s, u"social_worker"_s}));
        for (const QString &id : {pmr, sw})
            ASSERT_EQ(admin({u"practitioner"_s, u"hours"_s, id, u"--weekday"_s, u"1-7"_s,
                             u"--from"_s, u"00:00"_s, u"--to"_s, u"24:00"_s})
                          .exitCode,
                      0);
        room = idOf(admin({u"room"_s, u"add"_s, u"--name"_s, u"Salle 1"_s, u"--accessible"_s}));
        ASSERT_EQ(admin({u"service"_s, u"add"_s, u"joint_initial"_s, u"--name-fr"_s,
                         u"Bilan initial conjoint"_s, u"--name-ar"_s, u"تقييم أولي مشترك"_s,
                         u"--minutes"_s, u"45"_s, u"--need"_s, u"doctor:pmr"_s, u"--need"_s,
                         u"social_worker"_s, u"--room"_s, u"accessible"_s})
                      .exitCode,
                  0);
        dossierA = newCase(u"العلوي"_s, u"Alaoui"_s);
        dossierB = newCase(u"بناني"_s, u"Bennani"_s);
        // A working day well ahead, and not a national holiday.
        day = Today.addDays(10);
        while (day.dayOfWeek() > 5 || jisr::NationalHolidays::isHoliday(day))
            day = day.addDays(1);
    }

    Outcome run(const QStringList &args, const QString &password, const QByteArray &input = {},
                const QString &newPassword = {})
    {
        auto p = start(args, password, newPassword);
        p->write(input);
        p->closeWriteChannel();
        return finish(*p);
    }

    std::unique_ptr<QProcess> start(const QStringList &args, const QString &password,
                                    const QString &newPassword = {})
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"JISR_PASSWORD"_s, password);
        env.insert(u"JISR_TEST_NOW"_s, Now);
        env.remove(u"JISR_NEW_PASSWORD"_s);
        if (!newPassword.isEmpty())
            env.insert(u"JISR_NEW_PASSWORD"_s, newPassword);
        p->setProcessEnvironment(env);
        p->start(QString::fromUtf8(JISRCTL_MANUAL_CLOCK_PATH),
                 QStringList{u"--data-dir"_s, m_dir.path()} + args);
        return p;
    }

    static Outcome finish(QProcess &p)
    {
        EXPECT_TRUE(p.waitForFinished(120000));
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    Outcome admin(const QStringList &args)
    {
        return run(QStringList{u"--user"_s, u"admin"_s, u"--json"_s} + args, AdminPassword);
    }
    Outcome desk(const QStringList &args)
    {
        return run(QStringList{u"--user"_s, u"accueil"_s} + args, DeskPassword);
    }

    static QString idOf(const Outcome &o)
    {
        EXPECT_EQ(o.exitCode, 0) << o.err.toStdString();
        return o.json().object().value(u"id"_s).toString();
    }

    QString newCase(const QString &familyAr, const QString &familyLat)
    {
        const Outcome o =
            run({u"--user"_s, u"accueil"_s, u"--json"_s, u"case"_s, u"add"_s, u"--family-name-ar"_s,
                 familyAr, u"--given-name-ar"_s, u"محمد"_s, u"--family-name-lat"_s, familyLat,
                 u"--given-name-lat"_s, u"Mohamed"_s, u"--sex"_s, u"M"_s, u"--birth-date"_s,
                 u"12/04/1990"_s},
                DeskPassword);
        EXPECT_EQ(o.exitCode, 0) << o.err.toStdString();
        return o.json().object().value(u"dossier"_s).toString();
    }

    QStringList bookArgs(const QString &dossier, const QString &at)
    {
        return {u"--user"_s, u"accueil"_s, u"appointment"_s, u"book"_s,
                u"--case"_s, dossier,      u"--service"_s,   u"joint_initial"_s,
                u"--at"_s,   at,           u"--json"_s};
    }

    qint64 count(const QString &sql)
    {
        qint64 n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"count"_s);
            db.setDatabaseName(m_dir.filePath(u"jisr.sqlite"_s));
            EXPECT_TRUE(db.open());
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                n = q.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(u"count"_s);
        return n;
    }

    QString at(const QString &clock) const { return day.toString(Qt::ISODate) + u'T' + clock; }

    QTemporaryDir m_dir;
    QString pmr, sw, room, dossierA, dossierB;
    QDate day;
};

} // namespace

TEST_F(JisrctlAppointmentsTest, SlotsThenBookThenListWithTheIssuesJsonFields)
{
    const Outcome found = desk({u"appointment"_s, u"slots"_s, u"--case"_s, dossierA, u"--service"_s,
                                u"joint_initial"_s, u"--from"_s, day.toString(u"dd/MM/yyyy"_s),
                                u"--limit"_s, u"3"_s, u"--json"_s});
    ASSERT_EQ(found.exitCode, 0) << found.err.toStdString();
    const QJsonArray options = found.json().array();
    ASSERT_EQ(options.size(), 3);
    const QJsonObject first = options.first().toObject();
    EXPECT_EQ(first.value(u"start"_s).toString(), at(u"00:00"_s));
    EXPECT_EQ(first.value(u"end"_s).toString(), at(u"00:45"_s));
    EXPECT_EQ(first.value(u"practitioners"_s).toArray(), (QJsonArray{pmr, sw}));
    EXPECT_EQ(first.value(u"room"_s).toString(), room);
    EXPECT_LT(first.value(u"start"_s).toString(), options.at(1)[u"start"_s].toString());

    const Outcome booked = run(bookArgs(dossierA, at(u"10:00"_s)), DeskPassword);
    ASSERT_EQ(booked.exitCode, 0) << booked.err.toStdString();
    const QString id = booked.json().object().value(u"id"_s).toString();
    EXPECT_EQ(booked.json().object().value(u"status"_s).toString(), u"scheduled"_s);

    const Outcome listed =
        desk({u"appointment"_s, u"list"_s, u"--date"_s, day.toString(Qt::ISODate), u"--json"_s});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    ASSERT_EQ(listed.json().array().size(), 1);
    const QJsonObject row = listed.json().array().first().toObject();
    EXPECT_EQ(row.value(u"id"_s).toString(), id);
    EXPECT_EQ(row.value(u"case"_s).toString(), dossierA);
    EXPECT_EQ(row.value(u"start"_s).toString(), at(u"10:00"_s));

    // Not today: no check-in, no no-show yet. A cancellation needs its reason.
    EXPECT_EQ(desk({u"appointment"_s, u"check-in"_s, id}).exitCode, 3);
    EXPECT_EQ(desk({u"appointment"_s, u"no-show"_s, id}).exitCode, 3);
    EXPECT_EQ(desk({u"appointment"_s, u"cancel"_s, id}).exitCode, 3);
    const Outcome cancelled =
        desk({u"appointment"_s, u"cancel"_s, id, u"--reason"_s, u"Transport"_s, u"--json"_s});
    ASSERT_EQ(cancelled.exitCode, 0) << cancelled.err.toStdString();
    EXPECT_EQ(cancelled.json().object().value(u"status"_s).toString(), u"cancelled"_s);
    // The administrator manages reference data, and books nothing.
    EXPECT_EQ(admin({u"appointment"_s, u"book"_s, u"--case"_s, dossierA, u"--service"_s,
                     u"joint_initial"_s, u"--at"_s, at(u"11:00"_s)})
                  .exitCode,
              5);
}

TEST_F(JisrctlAppointmentsTest, TodaysVisitIsCheckedInStartedAndDone)
{
    const Outcome found = desk({u"appointment"_s, u"slots"_s, u"--case"_s, dossierA, u"--service"_s,
                                u"joint_initial"_s, u"--from"_s, Today.toString(Qt::ISODate),
                                u"--limit"_s, u"1"_s, u"--json"_s});
    ASSERT_EQ(found.exitCode, 0) << found.err.toStdString();
    // Nothing before "now" by the clock jisrctl was given.
    const QString start = found.json().array().first()[u"start"_s].toString();
    ASSERT_EQ(start, Now);
    const Outcome booked = run(bookArgs(dossierA, start), DeskPassword);
    ASSERT_EQ(booked.exitCode, 0) << booked.err.toStdString();
    const QString id = booked.json().object().value(u"id"_s).toString();
    const Outcome in = desk({u"--json"_s, u"appointment"_s, u"check-in"_s, id});
    ASSERT_EQ(in.exitCode, 0) << in.err.toStdString();
    EXPECT_EQ(in.json().object().value(u"status"_s).toString(), u"arrived"_s);
    // Reception checks in; the consultation is the practitioners' to mark.
    EXPECT_EQ(desk({u"appointment"_s, u"start"_s, id}).exitCode, 5);
}

TEST_F(JisrctlAppointmentsTest, TwoProcessesBookingTheSameTimeOneWinsTheOtherIsToldWithOptions)
{
    for (int round = 0; round < 3; ++round) {
        const QString time = at(u"%1:00"_s.arg(9 + round, 2, 10, QChar(u'0')));
        auto first = start(bookArgs(dossierA, time), DeskPassword);
        auto second = start(bookArgs(dossierB, time), DeskPassword);
        first->closeWriteChannel();
        second->closeWriteChannel();
        const Outcome a = finish(*first), b = finish(*second);
        EXPECT_EQ(std::min(a.exitCode, b.exitCode), 0)
            << a.err.toStdString() << b.err.toStdString();
        const Outcome &loser = a.exitCode == 0 ? b : a;
        EXPECT_EQ(loser.exitCode, 3) << loser.err.toStdString();
        EXPECT_TRUE(loser.err.contains(u"cannot be booked"_s)) << loser.err.toStdString();
        // Fresh options on standard output: the first one after the winner's visit.
        const QJsonArray fresh = loser.json().array();
        ASSERT_FALSE(fresh.isEmpty()) << loser.out.toStdString();
        EXPECT_GT(fresh.first()[u"start"_s].toString(), time);
    }
    EXPECT_EQ(count(u"SELECT count(*) FROM appointments"_s), 3);
    EXPECT_EQ(count(u"SELECT count(*) FROM appointment_parts"_s), 9);
    EXPECT_EQ(count(u"SELECT count(*) FROM audit_log WHERE action = 'appointment_booked'"_s), 3);
}

TEST_F(JisrctlAppointmentsTest, BadInputIsRefusedWithItsReasonAndNothingWritten)
{
    const Outcome badDate =
        desk({u"appointment"_s, u"slots"_s, u"--case"_s, dossierA, u"--service"_s,
              u"joint_initial"_s, u"--from"_s, u"31/02/2027"_s});
    EXPECT_EQ(badDate.exitCode, 3);
    EXPECT_TRUE(badDate.err.contains(u"31/02/2027"_s)) << badDate.err.toStdString();
    EXPECT_EQ(run(bookArgs(dossierA, u"demain 10h"_s), DeskPassword).exitCode, 3);
    EXPECT_EQ(run(bookArgs(u"RAB-0000-XXX-0000"_s, at(u"10:00"_s)), DeskPassword).exitCode, 4);
    EXPECT_EQ(
        desk({u"appointment"_s, u"book"_s, u"--case"_s, dossierA, u"--servce"_s, u"x"_s}).exitCode,
        2);
    const Outcome nobody = admin({u"service"_s, u"add"_s, u"speech"_s, u"--name-fr"_s,
                                  u"Orthophonie"_s, u"--name-ar"_s, u"تقويم النطق"_s,
                                  u"--minutes"_s, u"30"_s, u"--need"_s, u"speech_therapist"_s});
    ASSERT_EQ(nobody.exitCode, 0) << nobody.err.toStdString();
    const Outcome none = desk({u"appointment"_s, u"slots"_s, u"--case"_s, dossierA, u"--service"_s,
                               u"speech"_s, u"--from"_s, day.toString(Qt::ISODate)});
    EXPECT_EQ(none.exitCode, 3);
    EXPECT_TRUE(none.err.contains(u"speech_therapist"_s)) << none.err.toStdString();
    EXPECT_EQ(admin({u"practitioner"_s, u"hours"_s, pmr, u"--weekday"_s, u"8"_s, u"--from"_s,
                     u"09:00"_s, u"--to"_s, u"12:00"_s})
                  .exitCode,
              3);
    EXPECT_EQ(admin({u"practitioner"_s, u"absence"_s, pmr, u"--from"_s, u"10/05/2027"_s, u"--to"_s,
                     u"01/05/2027"_s})
                  .exitCode,
              3);
    EXPECT_EQ(count(u"SELECT count(*) FROM appointments"_s), 0);
    EXPECT_EQ(count(u"SELECT count(*) FROM absences"_s), 0);
}
