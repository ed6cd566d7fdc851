#include "scheduling/professionlabels.h"

#include "scheduling/schedulingsetupservice.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace jisr {

QString ProfessionLabels::profession(const QString &code)
{
    static const QHash<QString, const char *> words{
        {u"doctor"_s, QT_TR_NOOP("Doctor")},
        {u"physiotherapist"_s, QT_TR_NOOP("Physiotherapist")},
        {u"speech_therapist"_s, QT_TR_NOOP("Speech therapist")},
        {u"psychomotor_therapist"_s, QT_TR_NOOP("Psychomotor therapist")},
        {u"occupational_therapist"_s, QT_TR_NOOP("Occupational therapist")},
        {u"psychologist"_s, QT_TR_NOOP("Psychologist")},
        {u"social_worker"_s, QT_TR_NOOP("Social worker")}};
    const auto it = words.constFind(code);
    return it == words.cend() ? code : tr(it.value());
}

QString ProfessionLabels::specialty(const QString &code)
{
    static const QHash<QString, const char *> words{
        {u"general"_s, QT_TR_NOOP("general practice")},
        {u"pmr"_s, QT_TR_NOOP("physical medicine and rehabilitation")},
        {u"paediatrics"_s, QT_TR_NOOP("paediatrics")},
        {u"psychiatry"_s, QT_TR_NOOP("psychiatry")},
        {u"neurology"_s, QT_TR_NOOP("neurology")},
        {u"ent"_s, QT_TR_NOOP("ENT")},
        {u"ophthalmology"_s, QT_TR_NOOP("ophthalmology")}};
    const auto it = words.constFind(code);
    return it == words.cend() ? code : tr(it.value());
}

QString ProfessionLabels::need(const QString &code)
{
    const QString profession = code.section(u':', 0, 0);
    const QString specialty = code.section(u':', 1);
    if (specialty.isEmpty())
        return ProfessionLabels::profession(profession);
    return tr("%1 (%2)").arg(ProfessionLabels::profession(profession),
                             ProfessionLabels::specialty(specialty));
}

QList<QPair<QString, QString>> ProfessionLabels::choices()
{
    QList<QPair<QString, QString>> out;
    for (const QString &code : SchedulingSetupService::knownProfessions())
        out.append({need(code), code});
    return out;
}

} // namespace jisr
