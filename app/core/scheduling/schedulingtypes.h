#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace jisr {

// A moment on the centre's wall clock (Africa/Casablanca): a date and minutes since midnight.
// Appointments are kept in local time so that 10:00 stays 10:00 when the UTC offset changes.
struct LocalTime
{
    QDate date;
    int minute = 0;

    bool isValid() const { return date.isValid() && minute >= 0 && minute <= 24 * 60; }
    QString toString() const;                         // "YYYY-MM-DDTHH:MM"
    static LocalTime fromString(const QString &text); // invalid when malformed
    static QString clock(int minute);                 // "HH:MM"
    static int parseClock(const QString &text);       // -1 when malformed
    qint64 key() const { return date.toJulianDay() * 1440 + minute; }
    friend bool operator==(const LocalTime &a, const LocalTime &b) { return a.key() == b.key(); }
    friend auto operator<=>(const LocalTime &a, const LocalTime &b) { return a.key() <=> b.key(); }
};

struct Practitioner
{
    QString id;
    QString nameFr;
    QString nameAr;
    QString profession; // "doctor", "physiotherapist", "social_worker"...
    QString specialty;  // "pmr", "paediatrics"... for doctors
    QString userAccountId;
    bool active = true;
    qint64 hlc = 0;

    QVariantMap toFieldMap() const;
    QString displayName(const QString &language) const;
};

struct Room
{
    QString id;
    QString name;
    bool accessible = false;
    bool active = true;
    qint64 hlc = 0;

    QVariantMap toFieldMap() const;
};

// One period of a weekday's working hours; validFrom/validTo (inclusive, optional) make it
// seasonal. On a day inside a seasonal range (Ramadan), the practitioner's seasonal periods
// replace all the usual ones: a weekday without a seasonal period is then a day off.
struct WorkingPeriod
{
    QString id;
    QString practitionerId;
    int weekday = 1; // 1 = Monday
    int startMinute = 0;
    int endMinute = 0;
    QDate validFrom;
    QDate validTo;

    bool isSeasonal() const { return validFrom.isValid(); }
    bool inSeason(const QDate &day) const
    {
        return (!validFrom.isValid() || day >= validFrom) && (!validTo.isValid() || day <= validTo);
    }
    QVariantMap toFieldMap() const;
};

// An absence of a practitioner, or a closing of the centre (practitionerId empty), from/to
// inclusive.
struct DateRange
{
    QString id;
    QString practitionerId;
    QDate from;
    QDate to;
    QString reason;

    bool contains(const QDate &d) const { return d >= from && d <= to; }
    bool overlaps(const DateRange &o) const { return from <= o.to && o.from <= to; }
    QVariantMap toFieldMap() const;
};

// "doctor:pmr", "social_worker".
struct ServiceNeed
{
    QString profession;
    QString specialty;

    QString toCode() const;
    static ServiceNeed fromCode(const QString &code);
    bool isValid() const;
};

enum class RoomNeed { None, Any, Accessible };
QString roomNeedCode(RoomNeed need);
std::optional<RoomNeed> roomNeedFromCode(const QString &code);

struct Service
{
    QString id;
    QString code;
    QString nameFr;
    QString nameAr;
    int minutes = 30;
    QList<ServiceNeed> needs;
    RoomNeed roomNeed = RoomNeed::None;
    // Sequence: the needs one after the other on the same day, each `minutes` long, at most
    // maxGapMinutes between the end of one and the start of the next. Otherwise joint: all at
    // once.
    bool sequence = false;
    int maxGapMinutes = 0;
    qint64 hlc = 0;

    QVariantMap toFieldMap() const;
};

enum class AppointmentStatus {
    Scheduled,
    Arrived,
    InConsultation,
    Done,
    Cancelled,
    NoShow,
    Rescheduled
};
QString appointmentStatusCode(AppointmentStatus status);
std::optional<AppointmentStatus> appointmentStatusFromCode(const QString &code);
// Whether an appointment in this status holds its practitioners, room and beneficiary.
bool holdsTime(AppointmentStatus status);

struct AppointmentPart
{
    QString id;
    enum class Kind { Practitioner, Room } kind = Kind::Practitioner;
    QString resourceId;
    int position = 0; // order in a sequence
    LocalTime start;
    LocalTime end;
};

struct Appointment
{
    QString id;
    QString caseId;
    QString serviceId;
    QString kind = QStringLiteral("joint"); // single, joint, sequence, walk_in
    AppointmentStatus status = AppointmentStatus::Scheduled;
    LocalTime start;
    LocalTime end;
    QString cancelReason;
    QString cancelledBy; // "person" or "centre"
    QString rescheduledFrom;
    QString seriesId;  // recurring series: shared by its occurrences
    QString dossierNo; // read with it for display, not a column of the table
    QString arrivedAt; // UTC ISO instants
    QString startedAt;
    QString doneAt;
    QString createdAt;
    qint64 hlc = 0;
    QList<AppointmentPart> parts;

    QStringList practitionerIds() const;
    QString roomId() const;
    QVariantMap toFieldMap() const;
};

// One answer of the slot finder: when, and who and which room would be booked.
struct SlotOption
{
    LocalTime start;
    LocalTime end;
    QList<AppointmentPart> parts;

    QStringList practitionerIds() const;
    QString roomId() const;
};

// What to look for: a service (or its needs given explicitly), a date range, preferences.
struct SlotQuery
{
    QString caseId;
    Service service;
    QDate from;
    QDate to;
    int limit = 5;
    enum class DayPart { Any, Morning, Afternoon } dayPart = DayPart::Any;
    int weekday = 0;             // 0: any
    QStringList practitionerIds; // preferred: only these where their profession is needed
    QString roomId;              // a given room
    LocalTime notBefore;         // usually now: nothing in the past
    QString ignoreAppointmentId; // when rescheduling: its own time is free
};

} // namespace jisr
