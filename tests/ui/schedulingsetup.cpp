#include "schedulingsetup.h"

#include "scheduling/schedulingsetupservice.h"

#include <QDir>
#include <QTimeZone>
#include <QWidget>

using namespace Qt::StringLiterals;
using namespace jisr;

SchedulingSetup::SchedulingSetup(UiWorkspace &data)
{
    Workspace &ws = data.ws();
    data.clock().set(QDateTime(Day, QTime(8, 0), QTimeZone("Africa/Casablanca")));
    Practitioner p{{}, u"Dr Youssef Alaoui"_s, u"د. يوسف العلوي"_s, u"doctor"_s, u"pmr"_s, {}, true,
                   0};
    pmr = ws.scheduling().addPractitioner(data.admin, p, u"medecin"_s).id;
    p = {{}, u"Nadia Tazi"_s, u"نادية التازي"_s, u"social_worker"_s, {}, {}, true, 0};
    sw = ws.scheduling().addPractitioner(data.admin, p, u"social"_s).id;
    for (const QString &id : {pmr, sw})
        for (int weekday = 1; weekday <= 5; ++weekday)
            for (const auto &[from, to] : {std::pair{9 * 60, 12 * 60}, std::pair{14 * 60, 17 * 60}})
                ws.scheduling().addWorkingPeriod(data.admin, {{}, id, weekday, from, to, {}, {}});
    room = ws.scheduling().addRoom(data.admin, {{}, u"Salle 1 (RDC)"_s, true, true, 0}).id;
    Service s;
    s.code = u"joint_initial"_s;
    s.nameFr = u"Bilan initial conjoint"_s;
    s.nameAr = u"تقييم أولي مشترك"_s;
    s.minutes = 45;
    s.needs = {ServiceNeed::fromCode(u"doctor:pmr"_s), ServiceNeed::fromCode(u"social_worker"_s)};
    s.roomNeed = RoomNeed::Accessible;
    ws.scheduling().addService(data.admin, s);
    Service speech;
    speech.code = u"speech"_s;
    speech.nameFr = u"Orthophonie"_s;
    speech.nameAr = u"تقويم النطق"_s;
    speech.minutes = 30;
    speech.needs = {ServiceNeed::fromCode(u"speech_therapist"_s)};
    ws.scheduling().addService(data.admin, speech);
    alaoui = data.addCase(u"العلوي"_s, u"محمد"_s, u"Alaoui"_s, u"Mohamed"_s);
    bennani = data.addCase(u"بناني"_s, u"سعاد"_s, u"Bennani"_s, u"Souad"_s);
}

bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("JISR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    QDir().mkpath(dir);
    return widget->grab().save(QDir(dir).filePath(name));
}
