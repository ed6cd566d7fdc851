// Appointments through jisrctl, as IT sets a centre up and scripts book: real processes on a
// real folder, the command names, options and JSON fields of the issue, and two processes
// booking the same time at once. The program is jisrctl built on a clock the test sets
// (jisrctl_manualclock, JISR_TEST_NOW): "today" is Monday 15 March 2027 at 08:00 in Casablanca
// whatever day the tests run, so that nothing is skipped late at night or on a holiday.
#include "pdftools.h"
#include "scheduling/nationalholidays.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
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
    QTemporaryDir m_out; // where the PDFs go: never the data folder (m_dir)
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

namespace {

// The day and time of the slip as the test expects them, from tables of its own.
QString frenchWords(const QDate &d, const QString &clock)
{
    static const QStringList days = {u"Lundi"_s,    u"Mardi"_s,  u"Mercredi"_s, u"Jeudi"_s,
                                     u"Vendredi"_s, u"Samedi"_s, u"Dimanche"_s};
    static const QStringList months = {u"janvier"_s,   u"février"_s, u"mars"_s,     u"avril"_s,
                                       u"mai"_s,       u"juin"_s,    u"juillet"_s,  u"août"_s,
                                       u"septembre"_s, u"octobre"_s, u"novembre"_s, u"décembre"_s};
    return days.at(d.dayOfWeek() - 1) + u' ' +
           (d.day() == 1 ? u"1er"_s : QString::number(d.day())) + u' ' + months.at(d.month() - 1) +
           u' ' + QString::number(d.year()) + u" à "_s + clock;
}

QString arabicMonth(const QDate &d)
{
    static const QStringList months = {u"يناير"_s, u"فبراير"_s, u"مارس"_s,   u"أبريل"_s,
                                       u"ماي"_s,   u"يونيو"_s,  u"يوليوز"_s, u"غشت"_s,
                                       u"شتنبر"_s, u"أكتوبر"_s, u"نونبر"_s,  u"دجنبر"_s};
    return months.at(d.month() - 1);
}

double pageWidthMm(const QString &pdf)
{
    return PdfTools::pageSizeMm(pdf).width();
}

} // namespace

TEST_F(JisrctlAppointmentsTest, TheSlipAndTheDayListArePdfsInBothScripts)
{
    const Outcome booked = run(bookArgs(dossierA, at(u"10:30"_s)), DeskPassword);
    ASSERT_EQ(booked.exitCode, 0) << booked.err.toStdString();
    const QString id = booked.json().object().value(u"id"_s).toString();

    const QString a6 = m_out.filePath(u"slip.pdf"_s);
    const Outcome slip = desk({u"appointment"_s, u"slip"_s, id, u"--pdf"_s, a6});
    ASSERT_EQ(slip.exitCode, 0) << slip.err.toStdString();
    EXPECT_NEAR(pageWidthMm(a6), 105, 0.5);
    const QString text = PdfTools::squeezedText(a6);
    const auto has = [&text](const QString &s) { return text.contains(QString(s).remove(u' ')); };
    EXPECT_TRUE(has(frenchWords(day, u"10 h 30"_s))) << text.toStdString();
    for (const QString &s :
         {u"Dr Alaoui"_s, u"Nadia Tazi"_s, u"Salle 1"_s, dossierA, u"العلوي"_s, u"التازي"_s,
          arabicMonth(day), u"دقيقةصباحا"_s, u"علىالساعة"_s, u"القاعة"_s})
        EXPECT_TRUE(has(s)) << s.toStdString() << " in " << text.toStdString();

    const QString receipt = m_out.filePath(u"receipt.pdf"_s);
    ASSERT_EQ(
        desk({u"appointment"_s, u"slip"_s, id, u"--pdf"_s, receipt, u"--format"_s, u"receipt"_s})
            .exitCode,
        0);
    EXPECT_NEAR(pageWidthMm(receipt), 80, 0.5);
    EXPECT_EQ(desk({u"appointment"_s, u"slip"_s, id, u"--pdf"_s, receipt, u"--format"_s, u"a5"_s})
                  .exitCode,
              3);

    // The day list in the language asked for, one section per practitioner.
    const QString list = m_out.filePath(u"day.pdf"_s);
    const Outcome fr =
        run({u"--user"_s, u"accueil"_s, u"--lang"_s, u"fr"_s, u"--json"_s, u"appointment"_s,
             u"day-list"_s, u"--date"_s, day.toString(u"dd/MM/yyyy"_s), u"--pdf"_s, list},
            DeskPassword);
    ASSERT_EQ(fr.exitCode, 0) << fr.err.toStdString();
    EXPECT_EQ(fr.json().object().value(u"sections"_s).toInt(), 2);
    EXPECT_NEAR(pageWidthMm(list), 210, 0.5);
    const QString frText = PdfTools::squeezedText(list);
    EXPECT_TRUE(frText.contains(u"Rendez-vousdeDrAlaoui"_s)) << frText.toStdString();
    EXPECT_TRUE(frText.contains(u"Salle1"_s));
    const Outcome ar =
        run({u"--user"_s, u"accueil"_s, u"--lang"_s, u"ar"_s, u"appointment"_s, u"day-list"_s,
             u"--date"_s, day.toString(Qt::ISODate), u"--practitioner"_s, sw, u"--pdf"_s, list},
            DeskPassword);
    ASSERT_EQ(ar.exitCode, 0) << ar.err.toStdString();
    const QString arText = PdfTools::squeezedText(list);
    EXPECT_TRUE(arText.contains(u"مواعيد"_s) && arText.contains(u"التازي"_s))
        << arText.toStdString();
    EXPECT_EQ(PdfTools::pageCount(list), 1);
}

// A slip or a day list names people: like every export, it never lands in a data folder, where
// it could replace the database or a document.
TEST_F(JisrctlAppointmentsTest, TheSlipAndTheDayListAreNeverWrittenIntoTheDataFolder)
{
    const Outcome booked = run(bookArgs(dossierA, at(u"10:30"_s)), DeskPassword);
    ASSERT_EQ(booked.exitCode, 0) << booked.err.toStdString();
    const QString id = booked.json().object().value(u"id"_s).toString();
    const QString database = m_dir.filePath(u"jisr.sqlite"_s);
    const QByteArray before = [&] {
        QFile f(database);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const Outcome slip = desk({u"appointment"_s, u"slip"_s, id, u"--pdf"_s, database});
    EXPECT_EQ(slip.exitCode, 3) << slip.err.toStdString();
    const QString inside = m_dir.filePath(u"slip.pdf"_s);
    EXPECT_EQ(desk({u"appointment"_s, u"slip"_s, id, u"--pdf"_s, inside}).exitCode, 3);
    const Outcome list = desk({u"appointment"_s, u"day-list"_s, u"--date"_s,
                               day.toString(Qt::ISODate), u"--pdf"_s, inside});
    EXPECT_EQ(list.exitCode, 3) << list.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(inside));
    // An empty file name is a usage error, like a missing --pdf.
    EXPECT_EQ(desk({u"appointment"_s, u"slip"_s, id, u"--pdf"_s, QString()}).exitCode, 2);
    EXPECT_EQ(
        desk({u"appointment"_s, u"day-list"_s, u"--date"_s, day.toString(Qt::ISODate), u"--pdf="_s})
            .exitCode,
        2);
    QFile f(database);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readAll() == before) << "the database was overwritten";
}

TEST_F(JisrctlAppointmentsTest, ASeriesSaysWhatMovedAndIsCancelledFromOneOccurrenceOn)
{
    // The centre is closed on the second occurrence's day.
    const QDate closed = day.addDays(7);
    ASSERT_EQ(admin({u"closing"_s, u"add"_s, closed.toString(Qt::ISODate), u"--reason"_s,
                     u"Inventaire"_s})
                  .exitCode,
              0);
    const Outcome series = desk({u"appointment"_s, u"series"_s, u"--case"_s, dossierA,
                                 u"--service"_s, u"joint_initial"_s, u"--at"_s, at(u"10:00"_s),
                                 u"--count"_s, u"4"_s, u"--every-days"_s, u"7"_s, u"--json"_s});
    ASSERT_EQ(series.exitCode, 0) << series.err.toStdString();
    const QJsonObject out = series.json().object();
    const QJsonArray occurrences = out.value(u"occurrences"_s).toArray();
    ASSERT_EQ(occurrences.size(), 4);
    EXPECT_FALSE(out.value(u"series"_s).toString().isEmpty());
    const QJsonArray moved = out.value(u"moved"_s).toArray();
    // Fixed national holidays may move others too; the closing day's is among them.
    QJsonObject closingMove;
    for (const QJsonValue &m : moved)
        if (m[u"wanted"_s].toString() == closed.toString(Qt::ISODate) + u"T10:00"_s)
            closingMove = m.toObject();
    ASSERT_FALSE(closingMove.isEmpty()) << series.out.toStdString();
    EXPECT_EQ(closingMove.value(u"occurrence"_s).toInt(), 2);
    EXPECT_GT(closingMove.value(u"start"_s).toString(), closed.toString(Qt::ISODate));
    EXPECT_FALSE(closingMove.value(u"reason"_s).toString().isEmpty());
    EXPECT_EQ(occurrences.at(1)[u"start"_s].toString(), closingMove.value(u"start"_s).toString());

    // This one and the following: the second, third and fourth; the first stays.
    const QString second = occurrences.at(1)[u"id"_s].toString();
    EXPECT_EQ(desk({u"appointment"_s, u"cancel"_s, second, u"--following"_s}).exitCode, 3)
        << "a cancellation needs its reason";
    const Outcome cancelled = desk({u"--json"_s, u"appointment"_s, u"cancel"_s, second,
                                    u"--reason"_s, u"Hospitalisation"_s, u"--following"_s});
    ASSERT_EQ(cancelled.exitCode, 0) << cancelled.err.toStdString();
    EXPECT_EQ(cancelled.json().object().value(u"cancelled"_s).toInt(), 3);
    const Outcome first =
        desk({u"appointment"_s, u"list"_s, u"--date"_s, day.toString(Qt::ISODate), u"--json"_s});
    EXPECT_EQ(first.json().array().first()[u"status"_s].toString(), u"scheduled"_s);
    EXPECT_EQ(count(u"SELECT count(*) FROM appointments WHERE status = 'cancelled'"_s), 3);

    // A series refused whole: nothing written.
    EXPECT_EQ(desk({u"appointment"_s, u"series"_s, u"--case"_s, dossierB, u"--service"_s,
                    u"joint_initial"_s, u"--at"_s, at(u"10:00"_s), u"--count"_s, u"99"_s})
                  .exitCode,
              3);
    EXPECT_EQ(count(u"SELECT count(*) FROM appointments"_s), 4);
}
