#include "scheduling/schedulingtypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

} // namespace

QString LocalTime::clock(int minute)
{
    return u"%1:%2"_s.arg(minute / 60, 2, 10, QChar(u'0')).arg(minute % 60, 2, 10, QChar(u'0'));
}

int LocalTime::parseClock(const QString &text)
{
    // H:MM or HH:MM, 00:00 to 24:00. Read by hand: the slot finder parses thousands per search.
    const QString t = text.trimmed();
    const qsizetype colon = t.indexOf(u':');
    if (colon < 1 || colon > 2 || t.size() != colon + 3)
        return -1;
    int value[2] = {0, 0};
    for (int part = 0; part < 2; ++part)
        for (qsizetype i = part ? colon + 1 : 0; i < (part ? t.size() : colon); ++i) {
            if (!t.at(i).isDigit() || t.at(i).unicode() > u'9')
                return -1;
            value[part] = value[part] * 10 + (t.at(i).unicode() - u'0');
        }
    if (value[1] > 59 || value[0] * 60 + value[1] > 24 * 60)
        return -1;
    return value[0] * 60 + value[1];
}

QString LocalTime::toString() const
{
    return date.toString(Qt::ISODate) + u'T' + clock(minute);
}

LocalTime LocalTime::fromString(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() != 16 || t.at(10) != u'T' || t.at(4) != u'-' || t.at(7) != u'-')
        return {};
    int digits[8] = {};
    const int at[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int i = 0; i < 8; ++i) {
        const QChar c = t.at(at[i]);
        if (c < u'0' || c > u'9')
            return {};
        digits[i] = c.unicode() - u'0';
    }
    const QDate d(digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3],
                  digits[4] * 10 + digits[5], digits[6] * 10 + digits[7]);
    const int m = parseClock(t.mid(11));
    if (!d.isValid() || m < 0 || m >= 24 * 60)
        return {};
    return {d, m};
}

QVariantMap Practitioner::toFieldMap() const
{
    return {{u"name_fr"_s, nameFr},
            {u"name_ar"_s, nameAr},
            {u"profession"_s, profession},
            {u"specialty"_s, specialty},
            {u"user_account_id"_s, userAccountId.isEmpty() ? QVariant() : QVariant(userAccountId)},
            {u"active"_s, active ? 1 : 0}};
}

QString Practitioner::displayName(const QString &language) const
{
    const QString preferred = language == u"ar"_s ? nameAr : nameFr;
    return preferred.isEmpty() ? (nameFr.isEmpty() ? nameAr : nameFr) : preferred;
}

QVariantMap Room::toFieldMap() const
{
    return {
        {u"name"_s, name}, {u"accessible"_s, accessible ? 1 : 0}, {u"active"_s, active ? 1 : 0}};
}

QVariantMap WorkingPeriod::toFieldMap() const
{
    return {{u"practitioner_id"_s, practitionerId},
            {u"weekday"_s, weekday},
            {u"start_time"_s, LocalTime::clock(startMinute)},
            {u"end_time"_s, LocalTime::clock(endMinute)},
            {u"valid_from"_s, dateOrNull(validFrom)},
            {u"valid_to"_s, dateOrNull(validTo)}};
}

QVariantMap DateRange::toFieldMap() const
{
    QVariantMap m{{u"from_date"_s, from.toString(Qt::ISODate)},
                  {u"to_date"_s, to.toString(Qt::ISODate)},
                  {u"reason"_s, reason}};
    if (!practitionerId.isEmpty())
        m.insert(u"practitioner_id"_s, practitionerId);
    return m;
}

QString ServiceNeed::toCode() const
{
    return specialty.isEmpty() ? profession : profession + u':' + specialty;
}

ServiceNeed ServiceNeed::fromCode(const QString &code)
{
    const QStringList parts = code.trimmed().toLower().split(u':');
    return {parts.value(0), parts.size() > 1 ? parts.mid(1).join(u':') : QString()};
}

bool ServiceNeed::isValid() const
{
    static const QRegularExpression re(u"^[a-z][a-z0-9_]{1,39}$"_s);
    return re.match(profession).hasMatch() &&
           (specialty.isEmpty() || re.match(specialty).hasMatch());
}

QString roomNeedCode(RoomNeed need)
{
    switch (need) {
    case RoomNeed::None:
        return u"none"_s;
    case RoomNeed::Any:
        return u"any"_s;
    case RoomNeed::Accessible:
        return u"accessible"_s;
    }
    return {};
}

std::optional<RoomNeed> roomNeedFromCode(const QString &code)
{
    for (RoomNeed n : {RoomNeed::None, RoomNeed::Any, RoomNeed::Accessible})
        if (roomNeedCode(n) == code)
            return n;
    return std::nullopt;
}

QVariantMap Service::toFieldMap() const
{
    QJsonArray codes;
    for (const ServiceNeed &n : needs)
        codes.append(n.toCode());
    return {{u"code"_s, code},
            {u"name_fr"_s, nameFr},
            {u"name_ar"_s, nameAr},
            {u"minutes"_s, minutes},
            {u"needs"_s, QString::fromUtf8(QJsonDocument(codes).toJson(QJsonDocument::Compact))},
            {u"room_need"_s, roomNeedCode(roomNeed)},
            {u"sequence"_s, sequence ? 1 : 0},
            {u"max_gap_minutes"_s, maxGapMinutes}};
}

QString appointmentStatusCode(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Scheduled:
        return u"scheduled"_s;
    case AppointmentStatus::Arrived:
        return u"arrived"_s;
    case AppointmentStatus::InConsultation:
        return u"in_consultation"_s;
    case AppointmentStatus::Done:
        return u"done"_s;
    case AppointmentStatus::Cancelled:
        return u"cancelled"_s;
    case AppointmentStatus::NoShow:
        return u"no_show"_s;
    case AppointmentStatus::Rescheduled:
        return u"rescheduled"_s;
    }
    return {};
}

std::optional<AppointmentStatus> appointmentStatusFromCode(const QString &code)
{
    for (int s = 0; s <= int(AppointmentStatus::Rescheduled); ++s)
        if (appointmentStatusCode(AppointmentStatus(s)) == code)
            return AppointmentStatus(s);
    return std::nullopt;
}

bool holdsTime(AppointmentStatus status)
{
    return status != AppointmentStatus::Cancelled && status != AppointmentStatus::Rescheduled;
}

namespace {

QStringList practitionersOf(const QList<AppointmentPart> &parts)
{
    QStringList out;
    for (const AppointmentPart &p : parts)
        if (p.kind == AppointmentPart::Kind::Practitioner)
            out << p.resourceId;
    return out;
}

QString roomOf(const QList<AppointmentPart> &parts)
{
    for (const AppointmentPart &p : parts)
        if (p.kind == AppointmentPart::Kind::Room)
            return p.resourceId;
    return {};
}

} // namespace

QStringList Appointment::practitionerIds() const
{
    return practitionersOf(parts);
}
QString Appointment::roomId() const
{
    return roomOf(parts);
}
QStringList SlotOption::practitionerIds() const
{
    return practitionersOf(parts);
}
QString SlotOption::roomId() const
{
    return roomOf(parts);
}

QVariantMap Appointment::toFieldMap() const
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    return {{u"case_id"_s, caseId},
            {u"service_id"_s, orNull(serviceId)},
            {u"kind"_s, kind},
            {u"status"_s, appointmentStatusCode(status)},
            {u"day"_s, start.date.toString(Qt::ISODate)},
            {u"start_at"_s, start.toString()},
            {u"end_at"_s, end.toString()},
            {u"cancel_reason"_s, cancelReason},
            {u"cancelled_by"_s, cancelledBy},
            {u"rescheduled_from"_s, orNull(rescheduledFrom)},
            {u"series_id"_s, orNull(seriesId)},
            {u"arrived_at"_s, orNull(arrivedAt)},
            {u"started_at"_s, orNull(startedAt)},
            {u"done_at"_s, orNull(doneAt)},
            {u"created_at"_s, createdAt}};
}

} // namespace jisr
