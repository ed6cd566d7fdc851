#include "scheduling/schedulingsetupservice.h"

#include "platform/db/database.h"
#include "platform/db/sqlquery.h"
#include "platform/errors/validationerror.h"
#include "platform/platformservices.h"
#include "platform/time/clock.h"
#include "platform/write/writepath.h"
#include "scheduling/schedulingrepository.h"

#include <QUuid>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

[[noreturn]] void refuse(const QString &field, const QString &message)
{
    throw ValidationError(message,
                          {ValidationIssue{field, ValidationIssue::Severity::Error, message, {}}});
}

} // namespace

SchedulingSetupService::SchedulingSetupService(PlatformServices &platform, QObject *parent)
    : QObject(parent), m_platform(platform)
{
    connect(&m_platform.writes, &WritePath::committed, this, [this](const RowChanges &changes) {
        for (const RowChange &c : changes)
            if (QStringList{u"practitioners"_s, u"rooms"_s, u"working_hours"_s, u"absences"_s,
                            u"closing_days"_s, u"services"_s}
                    .contains(c.table)) {
                emit referenceDataChanged();
                return;
            }
    });
}

QStringList SchedulingSetupService::knownProfessions()
{
    return {u"doctor:general"_s,         u"doctor:pmr"_s,
            u"doctor:paediatrics"_s,     u"doctor:psychiatry"_s,
            u"doctor:neurology"_s,       u"doctor:ent"_s,
            u"doctor:ophthalmology"_s,   u"physiotherapist"_s,
            u"speech_therapist"_s,       u"psychomotor_therapist"_s,
            u"occupational_therapist"_s, u"psychologist"_s,
            u"social_worker"_s};
}

void SchedulingSetupService::requireLogin(const Actor &actor) const
{
    m_platform.writes.require(actor, Capability::ReadIdentity);
}

void SchedulingSetupService::validatePractitioner(Practitioner &p, const QString &login) const
{
    p.nameFr = p.nameFr.simplified();
    p.nameAr = p.nameAr.simplified();
    p.profession = p.profession.trimmed().toLower();
    p.specialty = p.specialty.trimmed().toLower();
    if (p.nameFr.isEmpty() && p.nameAr.isEmpty())
        refuse(u"name_fr"_s, tr("A practitioner needs a name, in French or in Arabic."));
    if (!ServiceNeed{p.profession, p.specialty}.isValid())
        refuse(u"profession"_s, tr("The profession must be a lower-case code such as doctor, "
                                   "physiotherapist or social_worker."));
    p.userAccountId.clear();
    if (!login.trimmed().isEmpty()) {
        const auto rows =
            selectRows(m_platform.database.connection(),
                       u"SELECT id FROM users WHERE login = ? COLLATE NOCASE"_s, {login.trimmed()});
        if (rows.isEmpty())
            refuse(u"login"_s, tr("No account has this login."));
        p.userAccountId = rows.first().first().toString();
    }
}

Practitioner SchedulingSetupService::addPractitioner(const Actor &actor, Practitioner p,
                                                     const QString &login)
{
    m_platform.writes.require(actor, Capability::ManageScheduling);
    validatePractitioner(p, login);
    return m_platform.writes.write(actor, {{}, AuditAction::SchedulingChanged},
                                   [&](WriteContext &w) {
                                       p.id = newId();
                                       p.hlc = w.hlc();
                                       SchedulingRepository(m_platform.database.connection())
                                           .insert(u"practitioners"_s, p.id, p.toFieldMap(), w);
                                       w.inserted(u"practitioners"_s, p.id, p.toFieldMap());
                                       return p;
                                   });
}

Practitioner SchedulingSetupService::updatePractitioner(const Actor &actor, Practitioner p,
                                                        const QString &login)
{
    m_platform.writes.require(actor, Capability::ManageScheduling);
    validatePractitioner(p, login);
    return m_platform.writes.write(
        actor, {{}, AuditAction::SchedulingChanged, p.id}, [&](WriteContext &w) {
            SchedulingRepository repo(m_platform.database.connection());
            const std::optional<Practitioner> current = repo.practitioner(p.id);
            if (!current)
                throw CoreError(ErrorKind::NotFound, tr("No practitioner has this id."));
            p.active = current->active;
            const QVariantMap after = p.toFieldMap();
            const QStringList changed =
                w.updated(u"practitioners"_s, p.id, current->hlc, current->toFieldMap(), after);
            if (changed.isEmpty()) {
                w.nothingChanged();
                return *current;
            }
            QVariantMap fields;
            for (const QString &name : changed)
                fields.insert(name, after.value(name));
            repo.update(u"practitioners"_s, p.id, fields, w);
            p.hlc = w.hlc();
            return p;
        });
}

void SchedulingSetupService::setPractitionerActive(const Actor &actor, const QString &id,
                                                   bool active)
{
    m_platform.writes.require(actor, Capability::ManageScheduling);
    m_platform.writes.write(actor, {{}, AuditAction::SchedulingChanged}, [&](WriteContext &w) {
        SchedulingRepository repo(m_platform.database.connection());
        const std::optional<Practitioner> current = repo.practitioner(id);
        if (!current)
            throw CoreError(ErrorKind::NotFound, tr("No practitioner has this id."));
        const int booked = repo.activeAppointmentsOf(id, m_platform.clock.today());
        if (!active && booked > 0)
            throw CoreError(ErrorKind::Conflict,
                            tr("This practitioner still has %n appointment(s) to come: "
                               "reschedule or cancel them first.",
                               nullptr, booked));
        Practitioner changed = *current;
        changed.active = active;
        if (w.updated(u"practitioners"_s, id, current->hlc, current->toFieldMap(),
                      changed.toFieldMap())
                .isEmpty()) {
            w.nothingChanged();
            return;
        }
        repo.update(u"practitioners"_s, id, {{u"active"_s, active ? 1 : 0}}, w);
    });
}

WorkingPeriod SchedulingSetupService::addWorkingPeriod(const Actor &actor, WorkingPeriod period)
{
    m_platform.writes.require(actor, Capability::ManageScheduling);
    if (period.weekday < 1 || period.weekday > 7)
        refuse(u"weekday"_s, tr("The weekday must be between 1 (Monday) and 7 (Sunday)."));
    if (period.startMinute < 0 || period.endMinute < 0 || period.endMinute > 24 * 60)
        refuse(u"start_time"_s, tr("Times are written HH:MM, for example 08:30."));
    if (period.endMinute <= period.startMinute)
        refuse(u"end_time"_s, tr("The end of a working period must come after its start."));
    if (period.validFrom.isValid() != period.validTo.isValid())
        refuse(u"valid_to"_s, tr("Seasonal hours need both a first and a last date."));
    if (period.validFrom.isValid() && period.validTo < period.validFrom)
        refuse(u"valid_to"_s, tr("The last date comes before the first date."));
    return m_platform.writes.write(
        actor, {{}, AuditAction::SchedulingChanged}, [&](WriteContext &w) {
            SchedulingRepository repo(m_platform.database.connection());
            if (!repo.practitioner(period.practitionerId))
                throw CoreError(ErrorKind::NotFound, tr("No practitioner has this id."));
            for (const WorkingPeriod &o : repo.workingHours(period.practitionerId))
                if (o.weekday == period.weekday && o.validFrom == period.validFrom &&
                    o.validTo == period.validTo && o.startMinute < period.endMinute &&
                    period.startMinute < o.endMinute)
                    refuse(u"start_time"_s, tr("This period overlaps another one of the same "
                                               "day."));
            period.id = newId();
            repo.insert(u"working_hours"_s, period.id, period.toFieldMap(), w);
            w.inserted(u"working_hours"_s, period.id, period.toFieldMap());
            return period;
        });
}

void SchedulingSetupService::removeWorkingPeriod(const Actor &actor, const QString &periodId)
{
    m_platform.writes.require(actor, Capability::ManageScheduling);
    m_platform.writes.write(actor, {{}, AuditAction::SchedulingChanged}, [&](WriteContext &w) {
        SchedulingRepository repo(m_platform.database.connection());
        const QList<WorkingPeriod> all = repo.workingHours();
        if (std::ranges::none_of(all, [&](const WorkingPeriod &p) { return p.id == periodId; }))
            throw CoreError(ErrorKind::NotFound, tr("This working period no longer exists."));
        w.deleted(u"working_hours"_s, periodId, repo.hlcOf(u"working_hours"_s, periodId));
        repo.markDeleted(u"working_hours"_s, periodId, w);
    });
}

DateRange SchedulingSetupService::addAbsence(const Actor &actor, DateRange absence)
{
    m_platform.writes.require(actor, Capability::ManageScheduling);
    if (!absence.to.isValid())
        absence.to = absence.from;
    if (!absence.from.isValid())
        refuse(u"from_date"_s, tr("The first day of the absence is not a valid date."));
    if (absence.to < absence.from)
        refuse(u"to_date"_s, tr("The last day comes before the first day."));
    absence.reason = absence.reason.simplified();
    return m_platform.writes.write(
        actor, {{}, AuditAction::SchedulingChanged}, [&](WriteContext &w) {
            SchedulingRepository repo(m_platform.database.connection());
            if (!repo.practitioner(absence.practitionerId))
                throw CoreError(ErrorKind::NotFound, tr("No practitioner has this id."));
            for (const DateRange &o : repo.absences(absence.practitionerId))
                if (o.overlaps(absence))
                    refuse(u"from_date"_s,
                           tr("This absence overlaps another one (%1 to %2).")
                               .arg(o.from.toString(Qt::ISODate), o.to.toString(Qt::ISODate)));
            const int booked =
                repo.activeAppointmentsOf(absence.practitionerId, absence.from, absence.to);
            if (booked > 0)
                throw CoreError(ErrorKind::Conflict,
                                tr("%n appointment(s) of this practitioner fall in this absence: "
                                   "reschedule them first.",
                                   nullptr, booked));
            absence.id = newId();
            repo.insert(u"absences"_s, absence.id, absence.toFieldMap(), w);
            w.inserted(u"absences"_s, absence.id, absence.toFieldMap());
            return absence;
        });
}

Room SchedulingSetupService::addRoom(const Actor &actor, Room room)
{
    m_platform.writes.require(actor, Capability::ManageScheduling);
    room.name = room.name.simplified();
    if (room.name.isEmpty())
        refuse(u"name"_s, tr("A room needs a name."));
    return m_platform.writes.write(actor, {{}, AuditAction::SchedulingChanged},
                                   [&](WriteContext &w) {
                                       room.id = newId();
                                       room.hlc = w.hlc();
                                       SchedulingRepository(m_platform.database.connection())
                                           .insert(u"rooms"_s, room.id, room.toFieldMap(), w);
                                       w.inserted(u"rooms"_s, room.id, room.toFieldMap());
                                       return room;
                                   });
}

DateRange SchedulingSetupService::addClosing(const Actor &actor, DateRange closing)
{
    m_platform.writes.require(actor, Capability::ManageScheduling);
    if (!closing.to.isValid())
        closing.to = closing.from;
    closing.practitionerId.clear();
    closing.reason = closing.reason.simplified();
    if (!closing.from.isValid())
        refuse(u"from_date"_s, tr("The closing day is not a valid date."));
    if (closing.to < closing.from)
        refuse(u"to_date"_s, tr("The last day comes before the first day."));
    if (closing.reason.isEmpty())
        refuse(u"reason"_s, tr("Say why the centre is closed (for example Eid al-Fitr)."));
    return m_platform.writes.write(
        actor, {{}, AuditAction::SchedulingChanged}, [&](WriteContext &w) {
            const auto rows = selectRows(
                m_platform.database.connection(),
                u"SELECT count(*) FROM appointments WHERE day >= ? AND day <= ? AND deleted = 0 "
                "AND status IN ('scheduled', 'arrived', 'in_consultation')"_s,
                {closing.from.toString(Qt::ISODate), closing.to.toString(Qt::ISODate)});
            const int booked = rows.first().first().toInt();
            if (booked > 0)
                throw CoreError(ErrorKind::Conflict,
                                tr("%n appointment(s) are booked on these days: reschedule them "
                                   "first.",
                                   nullptr, booked));
            closing.id = newId();
            SchedulingRepository(m_platform.database.connection())
                .insert(u"closing_days"_s, closing.id, closing.toFieldMap(), w);
            w.inserted(u"closing_days"_s, closing.id, closing.toFieldMap());
            return closing;
        });
}

Service SchedulingSetupService::addService(const Actor &actor, Service s)
{
    m_platform.writes.require(actor, Capability::ManageScheduling);
    s.code = s.code.trimmed().toLower();
    s.nameFr = s.nameFr.simplified();
    s.nameAr = s.nameAr.simplified();
    if (!ServiceNeed{s.code, {}}.isValid())
        refuse(u"code"_s, tr("A service code is a short lower-case word, such as joint_initial."));
    if (s.nameFr.isEmpty() && s.nameAr.isEmpty())
        refuse(u"name_fr"_s, tr("A service needs a name, in French or in Arabic."));
    if (s.minutes < 5 || s.minutes > 480)
        refuse(u"minutes"_s, tr("A service lasts between 5 and 480 minutes."));
    if (s.needs.isEmpty())
        refuse(u"needs"_s, tr("Say which practitioners the service needs."));
    for (const ServiceNeed &n : s.needs)
        if (!n.isValid())
            refuse(u"needs"_s, tr("A need is written profession or profession:specialty, in "
                                  "lower case (doctor:pmr, social_worker)."));
    if (s.maxGapMinutes < 0 || s.maxGapMinutes > 240)
        refuse(u"max_gap_minutes"_s, tr("The gap in a sequence is between 0 and 240 minutes."));
    return m_platform.writes.write(
        actor, {{}, AuditAction::SchedulingChanged}, [&](WriteContext &w) {
            SchedulingRepository repo(m_platform.database.connection());
            if (repo.serviceByCode(s.code))
                refuse(u"code"_s, tr("A service already has this code."));
            s.id = newId();
            s.hlc = w.hlc();
            repo.insert(u"services"_s, s.id, s.toFieldMap(), w);
            w.inserted(u"services"_s, s.id, s.toFieldMap());
            return s;
        });
}

QList<Practitioner> SchedulingSetupService::practitioners(const Actor &actor) const
{
    requireLogin(actor);
    return SchedulingRepository(m_platform.database.connection()).practitioners();
}

QList<Room> SchedulingSetupService::rooms(const Actor &actor) const
{
    requireLogin(actor);
    return SchedulingRepository(m_platform.database.connection()).rooms();
}

QList<Service> SchedulingSetupService::services(const Actor &actor) const
{
    requireLogin(actor);
    return SchedulingRepository(m_platform.database.connection()).services();
}

QList<WorkingPeriod> SchedulingSetupService::workingHours(const Actor &actor,
                                                          const QString &practitionerId) const
{
    requireLogin(actor);
    return SchedulingRepository(m_platform.database.connection()).workingHours(practitionerId);
}

QList<DateRange> SchedulingSetupService::absences(const Actor &actor,
                                                  const QString &practitionerId) const
{
    requireLogin(actor);
    return SchedulingRepository(m_platform.database.connection()).absences(practitionerId);
}

QList<DateRange> SchedulingSetupService::closings(const Actor &actor) const
{
    requireLogin(actor);
    return SchedulingRepository(m_platform.database.connection()).closings();
}

std::optional<Practitioner> SchedulingSetupService::practitionerOf(const Actor &actor) const
{
    for (const Practitioner &p :
         SchedulingRepository(m_platform.database.connection()).practitioners())
        if (!actor.userId.isEmpty() && p.userAccountId == actor.userId)
            return p;
    return std::nullopt;
}

} // namespace jisr
