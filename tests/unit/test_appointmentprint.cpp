// The appointment slip and the day list as printed, read back with the tools anyone has:
// pdfinfo for the page size, pdftotext for the text of both scripts; and the date and time
// written out in words, in both languages whatever the interface speaks.
#include "cases/casefileservice.h"
#include "jisrtest.h"
#include "pdftools.h"
#include "platform/errors/coreerror.h"
#include "platform/settings/workstationsettings.h"
#include "print/appointmentprintsource.h"
#include "print/appointmentsliprenderer.h"
#include "print/dateinwords.h"
#include "print/daylistrenderer.h"
#include "print/printtexts.h"
#include "scheduling/appointmentservice.h"
#include "scheduling/schedulingsetupservice.h"

#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace jisr;

namespace {

QString textOf(const QString &pdf, int page = 0)
{
    return PdfTools::squeezedText(pdf, page);
}

bool has(const QString &text, const QString &wanted)
{
    return text.contains(PdfTools::squeezed(wanted));
}

} // namespace

TEST(DateInWords, MondaySixthOfAprilAtHalfPastTenInBothLanguages)
{
    const QDate monday(2026, 4, 6);
    EXPECT_EQ(DateInWords::dateTime(monday, 10 * 60 + 30, u"fr"_s),
              u"Lundi 6 avril 2026 à 10 h 30"_s);
    EXPECT_EQ(DateInWords::dateTime(monday, 10 * 60 + 30, u"ar"_s),
              u"الاثنين 6 أبريل 2026 على الساعة 10 و30 دقيقة صباحا"_s);
    // The afternoon on twelve hours in Arabic, on twenty-four in French; a whole hour alone.
    EXPECT_EQ(DateInWords::time(14 * 60, u"fr"_s), u"14 h"_s);
    EXPECT_EQ(DateInWords::time(14 * 60, u"ar"_s), u"2 بعد الزوال"_s);
    EXPECT_EQ(DateInWords::time(9 * 60 + 5, u"fr"_s), u"9 h 05"_s);
    EXPECT_EQ(DateInWords::time(9 * 60 + 5, u"ar"_s), u"9 و5 دقيقة صباحا"_s);
    // Moroccan months, and the first of the month in French.
    EXPECT_EQ(DateInWords::date(QDate(2026, 8, 1), u"fr"_s), u"samedi 1er août 2026"_s);
    EXPECT_EQ(DateInWords::date(QDate(2026, 8, 1), u"ar"_s), u"السبت 1 غشت 2026"_s);
    EXPECT_EQ(DateInWords::month(9, u"ar"_s), u"شتنبر"_s);
}

TEST(PrintTexts, BothLanguagesWhateverTheInterfaceAndPlaceholdersByNumber)
{
    // No translator installed in this program: the interface speaks English, the print both.
    EXPECT_EQ(PrintTexts::interfaceLanguage(), u"en (code of this translation's language)"_s);
    const BilingualText room = PrintTexts::both("Room");
    EXPECT_EQ(room.fr, u"Salle"_s);
    EXPECT_EQ(room.ar, u"القاعة"_s);
    EXPECT_EQ(PrintTexts::fill(u"%3 و%4 (%1)"_s, {u"a"_s, u"b"_s, u"c"_s, u"%1"_s}),
              u"c و%1 (a)"_s);
}

class AppointmentPrintTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        clock().set(QDateTime(QDate(2026, 4, 6), QTime(8, 0), QTimeZone("Africa/Casablanca")));
        admin = actorWith(Role::Administrator);
        reception = actorWith(Role::Reception);
        doctor = actorWith(Role::Doctor);
        ws().settings().setValue(u"centre_name_ar"_s, u"المركز الطبي الاجتماعي حي الرياض"_s);
        ws().settings().setValue(u"centre_address"_s, u"12, avenue Annakhil, Rabat"_s);
        ws().settings().setValue(u"centre_phone"_s, u"05 37 71 23 45"_s);
        pmr = practitioner(u"Dr Youssef Alaoui"_s, u"د. يوسف العلوي"_s, u"doctor"_s, u"pmr"_s,
                           doctor.login);
        sw = practitioner(u"Nadia Tazi"_s, u"نادية التازي"_s, u"social_worker"_s, {}, {});
        Room r;
        r.name = u"Salle 1 (RDC)"_s;
        r.accessible = true;
        room = ws().scheduling().addRoom(admin, r).id;
        Service s;
        s.code = u"joint_initial"_s;
        s.nameFr = u"Bilan initial conjoint"_s;
        s.nameAr = u"تقييم أولي مشترك"_s;
        s.minutes = 45;
        s.needs = {ServiceNeed::fromCode(u"doctor:pmr"_s),
                   ServiceNeed::fromCode(u"social_worker"_s)};
        s.roomNeed = RoomNeed::Accessible;
        ws().scheduling().addService(admin, s);
        s.code = u"pmr"_s;
        s.nameFr = u"Consultation MPR"_s;
        s.nameAr = u"استشارة الطب الفيزيائي"_s;
        s.minutes = 15;
        s.needs = {ServiceNeed::fromCode(u"doctor:pmr"_s)};
        s.roomNeed = RoomNeed::None;
        ws().scheduling().addService(admin, s);
        caseId = ws().cases().create(reception, sampleCase()).id;
    }

    QString practitioner(const QString &fr, const QString &ar, const QString &profession,
                         const QString &specialty, const QString &login)
    {
        const QString id =
            ws().scheduling()
                .addPractitioner(admin, {{}, fr, ar, profession, specialty, {}, true, 0}, login)
                .id;
        for (int day = 1; day <= 5; ++day)
            ws().scheduling().addWorkingPeriod(admin, {{}, id, day, 8 * 60, 18 * 60, {}, {}});
        return id;
    }

    Appointment book(const QString &service, const QString &at, const QString &forCase = {})
    {
        return ws().appointments().book(
            reception,
            {forCase.isEmpty() ? caseId : forCase, service, LocalTime::fromString(at), {}, {}});
    }

    Actor admin, reception, doctor;
    QString pmr, sw, room, caseId;
    QTemporaryDir out;
};

TEST_F(AppointmentPrintTest, TheA6SlipSpeaksBothLanguagesWithTheTimeInWords)
{
    const Appointment a = book(u"joint_initial"_s, u"2026-04-06T10:30"_s);
    const AppointmentPrintData data = AppointmentPrintSource(ws()).slip(reception, a.id);
    const QString pdf = out.filePath(u"slip.pdf"_s);
    AppointmentSlipRenderer(AppointmentSlipRenderer::Format::A6).writePdf(data, pdf);

    EXPECT_EQ(PdfTools::pageCount(pdf), 1);
    const QSizeF size = PdfTools::pageSizeMm(pdf);
    EXPECT_NEAR(size.width(), 105, 0.5);
    EXPECT_NEAR(size.height(), 148, 0.5);
    const QString text = textOf(pdf);
    for (const QString &wanted :
         {u"Lundi 6 avril 2026 à 10 h 30"_s, u"MOHAMED ALAOUI"_s, u"Dr Youssef Alaoui"_s,
          u"Nadia Tazi"_s, u"Salle 1 (RDC)"_s, u"Bilan initial conjoint"_s, data.dossierNo,
          u"05 37 71 23 45"_s, u"12, avenue Annakhil, Rabat"_s, u"Carte nationale (CIN)"_s,
          u"Comptes rendus médicaux"_s, u"Ordonnances précédentes"_s})
        EXPECT_TRUE(has(text, wanted)) << wanted.toStdString() << " in " << text.toStdString();
    // Arabic: the extractor gives the words of a right-to-left line in any order; each word.
    for (const QString &word : {u"الاثنين"_s, u"أبريل"_s, u"صباحا"_s, u"دقيقة"_s, u"العلوي"_s,
                                u"يوسف"_s, u"التازي"_s, u"القاعة"_s, u"الرياض"_s, u"الوطنية"_s})
        EXPECT_TRUE(has(text, word)) << word.toStdString() << " in " << text.toStdString();
    // No disability card yet: nothing says to bring one.
    EXPECT_FALSE(has(text, u"Carte de handicap"_s));
}

TEST_F(AppointmentPrintTest, TheReceiptIs80MillimetresWideAndAsLongAsItsContent)
{
    const Appointment a = book(u"joint_initial"_s, u"2026-04-06T14:00"_s);
    const AppointmentPrintData data = AppointmentPrintSource(ws()).slip(reception, a.id);
    const QString pdf = out.filePath(u"receipt.pdf"_s);
    AppointmentSlipRenderer(AppointmentSlipRenderer::Format::Receipt).writePdf(data, pdf);
    const QSizeF size = PdfTools::pageSizeMm(pdf);
    EXPECT_NEAR(size.width(), 80, 0.5);
    EXPECT_GT(size.height(), 100);
    EXPECT_LT(size.height(), 250);
    const QString text = textOf(pdf);
    EXPECT_TRUE(has(text, u"Lundi 6 avril 2026 à 14 h"_s)) << text.toStdString();
    EXPECT_TRUE(has(text, u"بعد"_s) && has(text, u"الزوال"_s)) << text.toStdString();
}

TEST_F(AppointmentPrintTest, AVeryLongNameShrinksAndIsPrintedWhole)
{
    const QString longCase =
        ws().cases()
            .create(reception,
                    sampleCase(u"الإدريسي الحسني الشريف العلمي"_s, u"مولاي عبد السلام بن محمد"_s,
                               u"El Idrissi El Hassani Cherif El Alami"_s,
                               u"Moulay Abdesselam Ben Mohammed"_s),
                    true)
            .id;
    const Appointment a = book(u"joint_initial"_s, u"2026-04-06T09:00"_s, longCase);
    const AppointmentPrintData data = AppointmentPrintSource(ws()).slip(reception, a.id);
    const QString pdf = out.filePath(u"long.pdf"_s);
    AppointmentSlipRenderer().writePdf(data, pdf);
    const QString text = textOf(pdf);
    EXPECT_TRUE(
        has(text, u"MOULAY ABDESSELAM BEN MOHAMMED EL IDRISSI EL HASSANI CHERIF EL ALAMI"_s))
        << text.toStdString();
    for (const QString &word : {u"مولاي"_s, u"السلام"_s, u"الحسني"_s, u"العلمي"_s})
        EXPECT_TRUE(has(text, word)) << word.toStdString();
    // Drawn inside the page: below the centre's band, which runs edge to edge, the slip image
    // has white margins on both sides.
    const QImage img = AppointmentSlipRenderer().image(data, 100);
    for (int y = 20 * 100 / 25; y < img.height(); ++y) {
        ASSERT_EQ(img.pixelColor(1, y).lightness(), 255) << "left edge, row " << y;
        ASSERT_EQ(img.pixelColor(img.width() - 2, y).lightness(), 255) << "right edge, row " << y;
    }
}

TEST_F(AppointmentPrintTest, ACancelledAppointmentHasNoSlip)
{
    const Appointment a = book(u"joint_initial"_s, u"2026-04-06T10:30"_s);
    ws().appointments().cancel(reception, a.id, u"Transport"_s);
    EXPECT_THROW(AppointmentPrintSource(ws()).slip(reception, a.id), CoreError);
}

TEST_F(AppointmentPrintTest, TheDayListBreaksPagesAndRepeatsItsHeader)
{
    // 30 consultations of a quarter of an hour and a joint visit: more than one A4 page.
    const QStringList given = {u"Ahmed"_s,   u"Fatima"_s, u"Youssef"_s,
                               u"Khadija"_s, u"Omar"_s,   u"Salma"_s},
                      family = {u"Alaoui"_s, u"Bennani"_s, u"Tazi"_s, u"Fassi"_s, u"Berrada"_s};
    for (int i = 0; i < 30; ++i) {
        const QString c =
            ws().cases()
                .create(reception,
                        sampleCase(u"العلوي"_s, u"محمد"_s, family.at(i / 6), given.at(i % 6)), true)
                .id;
        book(u"pmr"_s, LocalTime{QDate(2026, 4, 6), 8 * 60 + 15 * i}.toString(), c);
    }
    book(u"joint_initial"_s, u"2026-04-06T16:00"_s);
    const DayListData list =
        AppointmentPrintSource(ws()).dayList(reception, QDate(2026, 4, 6), pmr);
    ASSERT_EQ(list.sections.size(), 1);
    ASSERT_EQ(list.sections.first().rows.size(), 31);
    EXPECT_EQ(list.sections.first().rows.last().appointment.start.minute, 16 * 60);
    const QString pdf = out.filePath(u"day.pdf"_s);
    const DayListRenderer fr(u"fr"_s);
    fr.writePdf(list, pdf);
    const int n = PdfTools::pageCount(pdf);
    EXPECT_GE(n, 2);
    EXPECT_EQ(n, fr.pageCount(list));
    const QSizeF size = PdfTools::pageSizeMm(pdf);
    EXPECT_NEAR(size.width(), 210, 0.5);
    EXPECT_NEAR(size.height(), 297, 0.5);
    for (int page = 1; page <= n; ++page) {
        const QString text = textOf(pdf, page);
        EXPECT_TRUE(has(text, u"Rendez-vous de Dr Youssef Alaoui"_s)) << page;
        EXPECT_TRUE(has(text, u"Lundi 6 avril 2026"_s)) << page;
        EXPECT_TRUE(has(text, u"Personne et dossier"_s)) << page;
        EXPECT_TRUE(has(text, u"Page %1 sur %2"_s.arg(page).arg(n))) << page;
    }
    const QString all = textOf(pdf);
    EXPECT_TRUE(has(all, u"Ahmed Alaoui"_s));
    EXPECT_TRUE(has(all, u"Salma Berrada"_s));
    // The joint visit names the other practitioner and the room.
    EXPECT_TRUE(has(all, u"Nadia Tazi"_s));
    EXPECT_TRUE(has(all, u"Salle 1 (RDC)"_s));

    // In Arabic: the Arabic titles and names.
    const QString ar = out.filePath(u"day-ar.pdf"_s);
    DayListRenderer(u"ar"_s).writePdf(list, ar);
    const QString arText = textOf(ar);
    for (const QString &word :
         {u"مواعيد"_s, u"يوسف"_s, u"الاثنين"_s, u"أبريل"_s, u"الشخص"_s, u"التازي"_s, u"منتظر"_s})
        EXPECT_TRUE(has(arText, word)) << word.toStdString();
}

TEST_F(AppointmentPrintTest, EveryPractitionerHasASectionAndADoctorPrintsOnlyTheirOwnDay)
{
    book(u"joint_initial"_s, u"2026-04-06T10:30"_s);
    const DayListData all = AppointmentPrintSource(ws()).dayList(reception, QDate(2026, 4, 6));
    ASSERT_EQ(all.sections.size(), 2);
    const DayListData own = AppointmentPrintSource(ws()).dayList(doctor, QDate(2026, 4, 6));
    ASSERT_EQ(own.sections.size(), 1);
    EXPECT_EQ(own.sections.first().practitioner.id, pmr);
    EXPECT_THROW(AppointmentPrintSource(ws()).dayList(doctor, QDate(2026, 4, 6), sw), CoreError);
    EXPECT_THROW(AppointmentPrintSource(ws()).dayList(reception, QDate(2026, 4, 6), u"nobody"_s),
                 CoreError);
}
